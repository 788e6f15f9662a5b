// Label words (layout stage): the words that open a labelled block ("Present:", "Resolved:",
// "Moved by") and the endings of a qualified attendance label ("Trustees absent:"). Data
// only; labels.cpp holds the rules that match them.
#pragma once

#include <string_view>

#include "parser/words/labels.hpp"

namespace minutes::parser::words {

using keywords::label_role;
using keywords::label_word;

// Every label and the role it gives its block: "Apologies for absence:" → apologies.
// Longest first within a shared prefix: lookup takes the first match.
inline constexpr label_word label_table[] = {
    {"it was resolved", label_role::resolved},
    // "COUNCIL RESOLUTION 2025/044" after an "OFFICER RECOMMENDATION", which is no decision.
    {"council resolution", label_role::resolved},
    {"committee resolution", label_role::resolved},
    {"board resolution", label_role::resolved},
    {"resolved unanimously", label_role::resolved},
    {"resolutions", label_role::resolved},
    {"resolution", label_role::resolved},
    {"resolved", label_role::resolved},
    {"recommended", label_role::resolved},
    {"decisions", label_role::resolved},
    {"decision", label_role::resolved},
    {"decided", label_role::resolved},
    {"agreed", label_role::resolved},
    {"action points", label_role::actions},
    {"action items", label_role::actions},
    {"action item", label_role::actions},
    {"actions", label_role::actions},
    {"action", label_role::actions},
    {"members present", label_role::present},
    {"councillors present", label_role::present},
    {"trustees present", label_role::present},
    {"directors present", label_role::present},
    {"board members present", label_role::present},
    {"officers present", label_role::present},
    {"staff present", label_role::present},
    {"officers in attendance", label_role::present},
    {"also in attendance", label_role::present},
    {"in attendance", label_role::present},
    {"also present", label_role::present},
    {"others present", label_role::present},
    {"present", label_role::present},
    {"attendees", label_role::present},
    {"attendance", label_role::present},
    {"attending", label_role::present},
    {"guests", label_role::present},
    {"joined late", label_role::present},
    {"arrived late", label_role::present},
    {"late arrivals", label_role::present},
    {"late", label_role::present},
    {"observers", label_role::present},
    {"visitors", label_role::present},
    {"staff", label_role::present},
    {"officers", label_role::present},
    {"topic", label_role::topic},
    {"subject", label_role::topic},
    {"apologies for absence", label_role::apologies},
    {"apologies received", label_role::apologies},
    {"apologies", label_role::apologies},
    {"regrets", label_role::apologies},
    {"excused", label_role::apologies},
    {"members absent", label_role::absent},
    {"not present", label_role::absent},
    {"absent", label_role::absent},
    {"absentees", label_role::absent},
    {"minutes", label_role::minutes_body},
    {"supporting documents", label_role::trailer},
    {"background papers", label_role::trailer},
    {"purpose", label_role::purpose},
    {"presented by", label_role::presenter},
    {"presenter", label_role::presenter},
    {"lead officer", label_role::presenter},
    {"chaired by", label_role::chair},
    {"presiding", label_role::chair},
    {"in the chair", label_role::chair},
    {"chairperson", label_role::chair},
    {"chairman", label_role::chair},
    {"chair", label_role::chair},
    {"clerk", label_role::office},
    {"secretary", label_role::office},
    {"host", label_role::office},
    {"facilitator", label_role::office},
    {"notes", label_role::scribe},
    {"minutes by", label_role::scribe},
    {"minute taker", label_role::scribe},
    {"minutes taken by", label_role::scribe},
    {"scribe", label_role::scribe},
    {"note taker", label_role::scribe},
    {"venue", label_role::venue},
    {"location", label_role::venue},
    {"place", label_role::venue},
    {"where", label_role::venue},
    {"date", label_role::date},
    {"when", label_role::date},
    {"time", label_role::time},
    {"moved by", label_role::moved},
    {"proposed by", label_role::moved},
    {"moved", label_role::moved},
    {"proposed", label_role::moved},
    {"seconded by", label_role::seconded},
    {"seconded", label_role::seconded},
    {"vote", label_role::vote},
    {"date of next meeting", label_role::next_meeting},
    {"next meeting", label_role::next_meeting},
    {"date of the next meeting", label_role::next_meeting},
};

// Last words of a qualified attendance label and the role they give it: "Committee present:",
// "TSC Voting Members not in attendance". The first ending that fits is taken.
inline constexpr label_word attendance_status_endings[] = {
    {"not in attendance", label_role::absent},
    {"not present", label_role::absent},
    {"in attendance", label_role::present},
    {"present", label_role::present},
    {"attendance", label_role::present},
    {"attending", label_role::present},
    {"absent", label_role::absent},
    {"apologies", label_role::apologies},
    {"regrets", label_role::apologies}};

// Words besides group words that may qualify a standalone attendance line: "Voting Members
// present", "Board absent".
inline constexpr std::string_view attendance_qualifiers[] = {"voting", "non-voting", "board"};

// Words of an item's title that make it about the next meeting: "Date of next meeting".
inline constexpr std::string_view next_meeting_titles[] = {"next meeting", "future meeting",
                                                           "future meetings", "next meetings"};

}  // namespace minutes::parser::words

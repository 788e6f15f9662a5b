// The words of motions (extract stage): who moves and seconds, how an outcome is told, and
// how a named vote is printed. Data only; motions.cpp holds the rules.
#pragma once

#include <string_view>

#include "model/decisions.hpp"

namespace minutes::parser::motion_words {

// A mover's name follows these: "Moved by Cllr Hanley", "Motion by Gary Penrod".
inline constexpr std::string_view mover_before_name[] = {
    "on a motion by", "on the motion of", "on a motion from", "on motion of", "on motion by",
    "upon motion of", "upon motion by", "upon a motion by", "on the proposal of",
    "on the proposition of", "it was moved by", "it was proposed by", "motion made by", "moved by",
    "motion by", "proposed by", "mover",

    // "Proposed Cllr TM, seconded …"
    "proposed", "moved"};

// Words before a mover in brackets: "Proposal (Jonty, seconded Ellie) to raise …",
// "PROPOSED (alice): deprecate …".
inline constexpr std::string_view bracketed_mover_words[] = {"proposal", "proposed", "motion",
                                                             "moved"};

// A mover's name precedes these: "Janet Kilroy made a motion to …", "Cllr Ross moved that".
inline constexpr std::string_view mover_after_name[] = {
    "made a motion", "made the motion", "moved a motion", "put forward a motion",
    "moved an amendment", "proposed an amendment", "moved that", "moved to", "proposed that",
    "moved the", "proposed the",
    // Scribes write in the present: "Harold moves to approve the agenda", "Ruiz motions to …".
    "makes a motion", "moves that", "moves to", "moves the", "motions to", "motioned to",
    "motioned",
    // A scribe's line in the speaker's words: "Avi: I move that the TC approve …".
    "move that", "move to",
    // "Councillor Hafeez proposed, and Councillor Whitlock seconded, an amendment …"
    "proposed", "moved"};

// A seconder's name follows these: "seconded by Dick Dorsey", "second by …".
inline constexpr std::string_view seconder_before_name[] = {
    "seconded by", "second by", "2nd by", "supported by", "seconder", "seconded"};

// A seconder's name precedes these: "Cllr Ross seconded the motion".
inline constexpr std::string_view seconder_after_name[] = {
    "seconded the motion", "seconds the motion", "seconded it", "seconded", "seconds"};

struct outcome_phrase {
  std::string_view words;
  model::motion_outcome outcome;
};

// How minutes tell an outcome. Longest first.
inline constexpr outcome_phrase outcome_phrases[] = {
    // Negations first: "Not carried" holds "carried".
    {"not carried", model::motion_outcome::lost},
    {"amendment fell", model::motion_outcome::lost},
    {"motion fell", model::motion_outcome::lost},
    {"not adopted", model::motion_outcome::lost},
    {"not approved", model::motion_outcome::lost},
    {"was not carried", model::motion_outcome::lost},
    {"motion carried", model::motion_outcome::carried},
    {"approved the motion", model::motion_outcome::carried},
    // The motion to adjourn, told by its effect: "The meeting was adjourned at 01:18".
    {"meeting was adjourned", model::motion_outcome::carried},
    {"meeting adjourned", model::motion_outcome::carried},
    {"passed the motion", model::motion_outcome::carried},
    {"motion carries", model::motion_outcome::carried},
    {"motion passes", model::motion_outcome::carried},
    {"unanimous consent", model::motion_outcome::carried},
    {"without objection", model::motion_outcome::carried},
    {"motion fails", model::motion_outcome::lost},
    {"motion passed", model::motion_outcome::carried},
    {"motion was carried", model::motion_outcome::carried},
    {"motion was approved", model::motion_outcome::carried},
    {"motion was passed", model::motion_outcome::carried},
    {"motion was adopted", model::motion_outcome::carried},
    {"unanimously approved", model::motion_outcome::carried},
    {"unanimously agreed", model::motion_outcome::carried},
    {"agreed unanimously", model::motion_outcome::carried},
    // "Proposed by Cllr A, seconded by Cllr B and agreed that …".
    {"and agreed", model::motion_outcome::carried},
    {"and carried", model::motion_outcome::carried},
    {"unanimously carried", model::motion_outcome::carried},
    {"approved unanimously", model::motion_outcome::carried},
    {"carried unanimously", model::motion_outcome::carried},
    {"all in favour", model::motion_outcome::carried},
    {"all in favor", model::motion_outcome::carried},
    {"nem con", model::motion_outcome::carried},
    {"carried", model::motion_outcome::carried},
    {"motion failed", model::motion_outcome::lost},
    {"motion was lost", model::motion_outcome::lost},
    {"motion was defeated", model::motion_outcome::lost},
    {"motion fell", model::motion_outcome::lost},
    {"defeated", model::motion_outcome::lost},
    {"lost", model::motion_outcome::lost},
    {"failed", model::motion_outcome::lost},
    {"withdrawn", model::motion_outcome::withdrawn},
    {"withdrew the motion", model::motion_outcome::withdrawn},
    {"withdrew his motion", model::motion_outcome::withdrawn},
    {"withdrew her motion", model::motion_outcome::withdrawn},
    {"withdrew their motion", model::motion_outcome::withdrawn},
    {"withdrew the amendment", model::motion_outcome::withdrawn},
    {"tabled", model::motion_outcome::deferred},
    {"deferred", model::motion_outcome::deferred},
    {"postponed", model::motion_outcome::deferred},
};

// Words that open a named vote: "Ayes: Smith, Jones", "Nays – none".
inline constexpr std::string_view ayes_words[] = {"ayes", "aye",       "yeas",    "yes",
                                                  "for",  "in favour", "in favor"};
inline constexpr std::string_view nays_words[] = {"nays", "nay",     "noes",
                                                  "no",   "against", "opposed"};
inline constexpr std::string_view abstain_words[] = {"abstentions", "abstention", "abstained",
                                                     "abstaining", "abstain"};

// Words after a name that give its vote in a roll call: "Smith aye, Jones nay" ("nay" is
// against, the others for).
inline constexpr std::string_view vote_after_name[] = {"yea", "aye", "nay"};

// Field labels that end the text of a "Motion:" line: "Motion: To adopt … Moved: Smith".
// A motion named by the act it asks for: "X moved adoption of Ordinance No. 1184 …".
inline constexpr std::string_view motion_acts[] = {"adoption of", "approval of", "acceptance of",
                                                   "ratification of"};

// The field that names a seconder in a line of fields: "MOTION: Falkenrath   SECOND: Darrow".
inline constexpr std::string_view seconder_fields[] = {"second", "seconded", "seconder"};

inline constexpr std::string_view motion_fields[] = {"moved", "proposed", "seconded", "second",
                                                     "vote",  "result",   "outcome"};

}  // namespace minutes::parser::motion_words

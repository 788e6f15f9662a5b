// Meeting words (layout and extract stages): how minutes name who met — organisations and
// their bodies — where, in which time zone, and the phrases that tell when a meeting opened,
// closed or was held. Data only; header.cpp, meeting.cpp and labels.cpp hold the rules.
#pragma once

#include <string_view>
#include <utility>

namespace minutes::parser::words {

// ---- Who met ------------------------------------------------------------------------------

// Words that make a name an organisation or group rather than a person: "Parish Council".
inline constexpr std::string_view organisation_words[] = {
    "council",    "councils",    "authority", "trust",       "foundation", "society", "association",
    "university", "college",     "school",    "ltd",         "limited",    "inc",     "plc",
    "llc",        "cic",         "nhs",       "service",     "services",   "team",    "department",
    "homes",      "housing",     "group",     "partnership", "network",    "agency",  "office",
    "company",    "corporation", "institute", "police",      "fire",       "church",  "club",
    "centre",     "center",      "project",   "programme",   "committee",  "board",   "commission",
    "panel",      "forum",       "district",  "county"};

// Words that name a meeting body anywhere in a name: "Planning Committee", "Steering Group".
inline constexpr std::string_view body_words[] = {
    "board",     "committee", "sub-committee", "subcommittee", "panel",    "cabinet",
    "forum",     "group",     "commission",    "council",      "trustees", "assembly",
    "executive", "plenum",    "taskforce",     "task force",   "meeting",  "steering",
    "senate",    "caucus",    "directors",     "governors"};

// Last words of an organisation's name in a title block: "Bristol City Council", "Acme Ltd".
inline constexpr std::string_view organisation_heads[] = {
    "council", "corporation", "trust", "foundation", "society", "association", "authority",
    "university", "college", "library", "district", "limited", "ltd", "inc", "plc", "cic", "llc",
    "company", "institute", "club", "project", "consortium", "cooperative", "co-operative",
    "makerspace", "hackerspace",
    // Places that govern themselves: "Town of North Star", "City of Cedar Falls".
    "town", "city", "village", "township", "borough", "county", "parish", "municipality"};

// Legal forms an organisation's name may end with or leave out: "Ropewalk Housing
// Co-operative Limited" is the "Ropewalk Housing Co-op" of other minutes (ledger).
inline constexpr std::string_view legal_forms[] = {"limited", "ltd", "inc", "incorporated",
                                                   "plc",     "llc", "cic", "llp"};
// Spellings of one word in organisations' names, each with the form kept (ledger).
inline constexpr std::pair<std::string_view, std::string_view> organisation_spellings[] = {
    {"co-operative", "co-op"},
    {"cooperative", "co-op"},
    {"coop", "co-op"},
    {"&", "and"},
    {"centre", "center"}};

// Last words of a body that meets: "Audit Committee", "Board of Trustees".
inline constexpr std::string_view body_heads[] = {
    "committee", "sub-committee", "subcommittee", "board",     "panel",     "cabinet", "forum",
    "group",     "commission",    "trustees",     "directors", "governors", "team",    "assembly",
    "executive", "taskforce",     "tc",           "tsc",       "caucus",    "senate"};

// Words that qualify a body's head: "Technical Steering Committee", "Core Team". A body
// line that starts with some other name and goes on with these is "<organisation> <body>".
inline constexpr std::string_view body_qualifiers[] = {
    "core",       "technical",    "steering",    "executive",   "management", "leadership",
    "governing",  "advisory",     "working",     "standing",    "program",    "programme",
    "release",    "security",     "finance",     "audit",       "planning",   "policy",
    "operations", "oversight",    "review",      "governance",  "general",    "annual",
    "special",    "joint",        "members",     "membership",  "community",  "outreach",
    "events",     "architecture", "maintainers", "coordinating"};

// Lowercase words allowed inside a title-cased name: "Board of Trustees", "Town of North Star".
inline constexpr std::string_view title_joiners[] = {"of", "and", "the", "for",  "de", "la", "&",
                                                     "on", "in",  "at",  "upon", "y",  "a"};

// ---- Title and headings -------------------------------------------------------------------

// Words of the phrases that say "these are minutes" rather than who met or what about:
// "Minutes of the Regular Meeting held …".
inline constexpr std::string_view minutes_filler_words[] = {
    "minutes",       "minute",  "notes",    "note",    "meeting",  "meetings",    "of",
    "the",           "a",       "an",       "regular", "special",  "ordinary",    "annual",
    "extraordinary", "general", "monthly",  "weekly",  "call",     "and",         "outcomes",
    "summary",       "held",    "in",       "public",  "draft",    "unconfirmed", "approved",
    "adjourned",     "members", "members'", "session", "workshop", "virtual"};

// Whole titles of headings that structure the document rather than name business: "Agenda".
inline constexpr std::string_view structural_titles[] = {
    "agenda",   "minutes",     "summary",       "details", "short version",   "notes",
    "contents", "attendees",   "attendance",    "present", "apologies",       "regrets",
    "absent",   "proceedings", "in attendance", "members", "other attendees", "long version"};

// Words of a heading about the meeting's facts, not its business: "Date, Time and Location".
inline constexpr std::string_view fact_words[] = {"date",  "time", "times", "location", "venue",
                                                  "place", "and",  "of",    "meeting",  "&"};

// ---- Where and when -----------------------------------------------------------------------

// Words that name a place when a header line has no label: "Village Hall", "Zoom".
inline constexpr std::string_view venue_words[] = {
    "hall",   "room",    "chamber",  "chambers",  "centre",  "center", "building", "house",
    "office", "offices", "church",   "school",    "library", "zoom",   "teams",    "online",
    "jitsi",  "hut",     "pavilion", "boardroom", "suite",   "street"};

// Last words of a street's name: "400 Robert D Ray Drive" is an address, not item 400.
inline constexpr std::string_view street_suffixes[] = {
    "street", "st",     "road",    "rd",        "drive",   "dr",    "avenue", "ave",
    "lane",   "ln",     "way",     "boulevard", "blvd",    "place", "court",  "crescent",
    "close",  "square", "parkway", "terrace",   "highway", "hwy",   "plaza"};

// Time zones printed after a time: "16:00 UTC".
inline constexpr std::string_view time_zones[] = {"utc", "gmt", "bst", "cet", "cest", "est",
                                                  "edt", "et",  "pst", "pdt", "pt",   "cst"};

// Words, with their trailing space, that lead into a venue after a date and time: "… 7pm in
// the Village Hall", "held at the Scout Hut". Matched as ASCII case-insensitive prefixes.
inline constexpr std::string_view venue_lead_ins[] = {"in ", "at ",      "via ",    "by ",
                                                      "on ", "held at ", "held in "};

// Words that say how a meeting was held, not where: "held in public", "in person".
inline constexpr std::string_view venue_manners[] = {"public", "private", "person", "camera",
                                                     "closed session"};

// Phrases before a venue in a header line: "held at the Guildhall on 3 May".
inline constexpr std::string_view held_at_phrases[] = {"held at", "held in"};

// Where a venue named after "via" ends: "via Zoom at 7pm" → "Zoom". Matched case-sensitively.
inline constexpr std::string_view venue_stops[] = {" at ", " on ", " from ", ". "};

// Phrases before the time a meeting opened: "called the meeting to order at 7:02 p.m.".
inline constexpr std::string_view opening_phrases[] = {
    "to order at",      "meeting opened at",  "meeting commenced at",
    "meeting began at", "meeting started at", "opened the meeting at"};

// Phrases before the time a meeting closed: "the meeting closed at 8.15 pm".
inline constexpr std::string_view closing_phrases[] = {
    "meeting closed at",   "meeting ended at",     "adjourned at",
    "meeting finished at", "meeting concluded at", "closed the meeting at"};

// A word of each phrase above, so that a block without one need not be searched for them
// (a unit test holds every phrase to having one).
inline constexpr std::string_view time_phrase_words[] = {
    "order",  "opened", "commenced", "began",    "started",
    "closed", "ended",  "adjourned", "finished", "concluded"};

// Verbs of a sentence saying when and where a meeting was held: "The meeting took place …".
inline constexpr std::string_view held_phrases[] = {"took place", "was held", "met", "held"};

// Words for a meeting after "next": "next regular meeting", "Next call".
inline constexpr std::string_view gathering_words[] = {"meeting", "call",      "session",
                                                       "plenum",  "gathering", "teleconference"};

}  // namespace minutes::parser::words

// Attendance words (extract stage): the words of who was there — roles, groups, the
// titles of attendance items, roster table headers, the phrases of presence and substitution,
// and the small words inside people's names. Data only; attendance*.cpp, roster.cpp, names.cpp,
// people_unify.cpp and labels.cpp hold the rules.
#pragma once

#include <array>
#include <string_view>

#include "model/attendance.hpp"

namespace minutes::parser::words {

// ---- Roles and groups ---------------------------------------------------------------------

// Role words: "Chair", "Clerk", "Principal Engineer" — what a person is at the meeting.
inline constexpr std::string_view role_words[] = {
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "clerk", "secretary",
    "treasurer", "president", "vice-president", "mayor", "director", "officer", "manager",
    "administrator", "convenor", "convener", "scribe", "minute-taker", "facilitator", "coordinator",
    "co-ordinator", "member-at-large", "representative", "head", "deputy", "executive",
    "controller", "adviser", "advisor", "liaison", "webmaster", "staff", "attorney", "pro", "tem",
    "superintendent", "commissioner", "supervisor",
    // Job titles of officers in attendance: "Principal Engineer", "Senior Planner".
    "engineer", "planner", "surveyor", "solicitor", "accountant", "analyst", "consultant",
    "inspector", "lawyer", "auditor", "specialist", "technician", "assistant", "principal", "chief",
    "senior", "leader", "lead"};

// Words of a department that follow a role word in an officer's title: "Director
// Infrastructure Services", "Manager Planning and Environment", "Director People and Culture".
inline constexpr std::string_view department_words[] = {
    "services",   "planning",       "environment", "infrastructure", "finance",        "operations",
    "governance", "development",    "community",   "corporate",      "engineering",    "works",
    "assets",     "resources",      "housing",     "regulatory",     "strategy",       "legal",
    "health",     "education",      "transport",   "technology",     "communications", "customer",
    "economic",   "sustainability", "parks",       "recreation",     "culture",        "safety",
    "compliance", "people",         "performance", "property",       "facilities",     "waste",
    "water"};

// Plural words for groups of people: "Officers", "Trustees" ("Trustees present:").
inline constexpr std::string_view group_words[] = {
    "members",    "trustees",  "councillors",  "officers",  "directors", "staff", "governors",
    "volunteers", "attendees", "participants", "residents", "everyone",  "all",   "committee",
    "observers",  "guests",    "visitors",     "advisers",  "advisors"};

// Words of a group heading inside a roster, every word one of these: "Voting Members".
inline constexpr std::string_view roster_group_words[] = {
    "members",     "member",     "other",     "attendees", "officers", "officer",
    "councillors", "trustees",   "directors", "staff",     "guests",   "observers",
    "voting",      "non-voting", "public",    "advisers",  "advisors", "representatives",
    "in",          "attendance", "also",      "present",   "co-opted", "ex-officio",
    "board",       "committee",  "of",        "the"};

// Lowercase words that stand before names in a roster entry: "supervisors Janet Kilroy, …
// and treasurer Ray".
inline constexpr std::string_view leading_role_words[] = {
    "supervisor", "supervisors", "clerk",    "clerks",   "treasurer", "secretary", "chair",
    "councillor", "councillors", "trustee",  "trustees", "member",    "members",   "director",
    "directors",  "officer",     "officers", "staff",    "and",       "also"};

// Lowercase words that stand before names in lists in running text: "supervisors Janet
// Kilroy, Dick Dorsey, and treasurer Ray Brandt".
inline constexpr std::string_view list_role_words[] = {
    "supervisor", "supervisors", "clerk",    "clerks",       "treasurer",     "treasurers",
    "secretary",  "chair",       "chairman", "chairperson",  "councillor",    "councillors",
    "trustee",    "trustees",    "member",   "members",      "director",      "directors",
    "officer",    "officers",    "staff",    "commissioner", "commissioners", "mayor"};

// ---- Attendance items and rosters ---------------------------------------------------------

// Words of an item's title that make it carry attendance: "Apologies", "Roll call".
inline constexpr std::string_view attendance_titles[] = {
    "apologies",  "apology",       "attendance",    "attendees",   "present",
    "roll call",  "introductions", "welcome",       "substitutes", "substitutions",
    "membership", "quorum",        "call to order", "opening",     "preliminaries"};

// Header words of a roster table's name column: "Name | Role | Present".
inline constexpr std::string_view roster_name_headers[] = {
    "name", "member", "members", "attendee", "attendees", "person", "who"};

// Header words of a roster table's handle column: "GitHub", "Initials".
inline constexpr std::string_view roster_handle_headers[] = {"handle", "github", "username",
                                                             "nick",   "user",   "initials"};

// Header words of a roster table's attendance column: "Present", "Status".
inline constexpr std::string_view roster_status_headers[] = {"present", "attended", "attendance",
                                                             "status", "here"};

// Header words of a roster table's role column: "Role", "Affiliation".
inline constexpr std::string_view roster_role_headers[] = {
    "role",    "affiliation", "organisation", "organization",
    "company", "title",       "position",     "representing"};

// ---- Phrases of presence ------------------------------------------------------------------

struct presence_phrase {
  std::string_view words;           // lowercase, single spaces
  model::attendance_status status;  // what the phrase says of the names
};

// Phrases followed by the names they speak of: "In attendance were A, B and C".
inline constexpr presence_phrase presence_before_names[] = {
    {"present were", model::attendance_status::present},
    {"in attendance were", model::attendance_status::present},
    {"attending were", model::attendance_status::present},
    {"absent were", model::attendance_status::absent},
    {"not present were", model::attendance_status::absent}};

// Phrases preceded by the names they speak of: "A, B and C were absent".
inline constexpr presence_phrase presence_after_names[] = {
    {"were present", model::attendance_status::present},
    {"were absent", model::attendance_status::absent},
    {"was absent", model::attendance_status::absent},
    {"was not present", model::attendance_status::absent},
    {"were not present", model::attendance_status::absent},
    {"did not attend", model::attendance_status::absent}};

// The words of a sentence of apologies: "apologies were received from A, B and C".
inline constexpr std::string_view apology_words[] = {"apologies", "apology"};

// Verbs of people who sent their apologies, before "apologies": "A and B sent apologies".
inline constexpr std::string_view apology_verbs[] = {"sent",    "gave", "tendered",
                                                     "offered", "send", "give"};

// Phrases after a member who came late: "Sheen arrived at 7:32 p.m.", "Cllr Ross joined the
// meeting during item 4". They were present.
inline constexpr std::string_view arrival_phrases[] = {
    "arrived at",         "arrived late",    "arrived during",      "arrived after",
    "joined the meeting", "joined the call", "entered the meeting", "entered the room"};

// The verbs of arrival_phrases: a block without one has no arrival to read.
inline constexpr std::string_view arrival_verbs[] = {"arrived", "joined", "entered"};

// Phrases between a substitute and the member they stand for: "A attended on behalf of B".
inline constexpr std::string_view on_behalf_phrases[] = {"was attending on behalf of",
                                                         "attending on behalf of",
                                                         "attended on behalf of",
                                                         "was present on behalf of",
                                                         "was in attendance on behalf of",
                                                         "on behalf of",
                                                         "substituting for",
                                                         "was substituting for",
                                                         "substituted for",
                                                         "deputising for",
                                                         "attended as substitute for",
                                                         "attended as a substitute for",
                                                         "as substitute for",
                                                         "as a substitute for",
                                                         "attended in place of",
                                                         "attending in place of"};

// ---- Inside names -------------------------------------------------------------------------

// Lowercase words that may stand inside names and lists of names without making them running
// text: "Ludwig van Beethoven and Anne de Vries". Matched case-sensitively.
inline constexpr std::string_view name_list_joiners[] = {"and", "of", "the", "de", "van", "von",
                                                         "der", "da", "le",  "la", "for"};

// Capitalised words that begin Irish and Scottish Gaelic family names: "Donncha Ó Laoire",
// "Eithne Uí Mhurchú", "Máiréad Nic Giolla Phádraig", written "Cllr Uí Mhurchú" alone.
inline constexpr std::string_view family_name_prefixes[] = {
    "\xC3\x93", "N\xC3\xAD", "Nic", "U\xC3\xAD", "Mac", "Mhic", "Ua", "Giolla"};

// Lowercase particles of family names: "van der Berg", "de la Cruz", "bin Said".
inline constexpr std::string_view name_particles[] = {"van", "von", "de", "der", "den", "da", "di",
                                                      "du",  "la",  "le", "del", "bin", "al"};

// Courtesy titles (Mr, Dr), which unlike honorifics of office (Councillor, Mayor) name no
// role across a document.
inline constexpr std::string_view courtesy_titles[] = {"mr",  "mrs",  "ms",        "miss", "mx",
                                                       "dr",  "prof", "professor", "sir",  "dame",
                                                       "rev", "revd", "reverend",  "lord"};

// Nickname equivalence of given names: "Jenny" and "Jennifer", "Bob" and "Robert".
struct nickname_set {
  std::array<std::string_view, 4> names;  // lowercase; "" pads a short set
};
inline constexpr nickname_set nicknames[] = {
    {{"jenny", "jennifer", "jen", ""}},
    {{"sue", "susan", "suzanne", ""}},
    {{"bob", "robert", "rob", "bobby"}},
    {{"bill", "william", "will", "billy"}},
    {{"liz", "elizabeth", "beth", "lizzie"}},
    {{"jim", "james", "jimmy", "jamie"}},
    {{"mike", "michael", "mick", ""}},
    {{"dave", "david", "davy", ""}},
    {{"chris", "christopher", "christine", "christina"}},
    {{"tony", "anthony", "", ""}},
    {{"steve", "stephen", "steven", ""}},
    {{"andy", "andrew", "drew", ""}},
    {{"pete", "peter", "", ""}},
    {{"kate", "katherine", "catherine", "katie"}},
    {{"sam", "samantha", "samuel", ""}},
    {{"alex", "alexander", "alexandra", ""}},
    {{"tom", "thomas", "tommy", ""}},
    {{"nick", "nicholas", "", ""}},
    {{"matt", "matthew", "", ""}},
    {{"dan", "daniel", "danny", ""}},
    {{"ben", "benjamin", "", ""}},
    {{"joe", "joseph", "", ""}},
    {{"jo", "joanne", "joanna", ""}},
    {{"nicky", "nicola", "", ""}},
    {{"mandy", "amanda", "", ""}},
    {{"jan", "janet", "janice", ""}},
    {{"pat", "patricia", "patrick", ""}},
};

}  // namespace minutes::parser::words

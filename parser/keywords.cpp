// Keyword families (see keywords.hpp). Each table is data; adding a word is one line.
#include "parser/keywords.hpp"

#include <array>

#include "parser/text.hpp"

namespace minutes::parser::keywords {
namespace {

using R = label_role;
// Longest first within a shared prefix: lookup takes the first match.
constexpr std::array<label_word, 86> label_table{{
    {"it was resolved", R::resolved},
    {"resolved unanimously", R::resolved},
    {"resolutions", R::resolved},
    {"resolution", R::resolved},
    {"resolved", R::resolved},
    {"recommended", R::resolved},
    {"decisions", R::resolved},
    {"decision", R::resolved},
    {"decided", R::resolved},
    {"agreed", R::resolved},
    {"action points", R::actions},
    {"action items", R::actions},
    {"action item", R::actions},
    {"actions", R::actions},
    {"action", R::actions},
    {"members present", R::present},
    {"councillors present", R::present},
    {"trustees present", R::present},
    {"directors present", R::present},
    {"board members present", R::present},
    {"officers present", R::present},
    {"staff present", R::present},
    {"officers in attendance", R::present},
    {"also in attendance", R::present},
    {"in attendance", R::present},
    {"also present", R::present},
    {"others present", R::present},
    {"present", R::present},
    {"attendees", R::present},
    {"attendance", R::present},
    {"attending", R::present},
    {"guests", R::present},
    {"joined late", R::present},
    {"arrived late", R::present},
    {"late arrivals", R::present},
    {"observers", R::present},
    {"visitors", R::present},
    {"staff", R::present},
    {"officers", R::present},
    {"topic", R::topic},
    {"subject", R::topic},
    {"apologies for absence", R::apologies},
    {"apologies received", R::apologies},
    {"apologies", R::apologies},
    {"regrets", R::apologies},
    {"excused", R::apologies},
    {"members absent", R::absent},
    {"not present", R::absent},
    {"absent", R::absent},
    {"absentees", R::absent},
    {"minutes", R::minutes_body},
    {"supporting documents", R::trailer},
    {"background papers", R::trailer},
    {"purpose", R::purpose},
    {"presented by", R::presenter},
    {"presenter", R::presenter},
    {"lead officer", R::presenter},
    {"chaired by", R::chair},
    {"chairperson", R::chair},
    {"chairman", R::chair},
    {"chair", R::chair},
    {"clerk", R::office},
    {"secretary", R::office},
    {"host", R::office},
    {"facilitator", R::office},
    {"notes", R::scribe},
    {"minutes by", R::scribe},
    {"minute taker", R::scribe},
    {"minutes taken by", R::scribe},
    {"scribe", R::scribe},
    {"note taker", R::scribe},
    {"venue", R::venue},
    {"location", R::venue},
    {"place", R::venue},
    {"date", R::date},
    {"time", R::time},
    {"moved by", R::moved},
    {"proposed by", R::moved},
    {"moved", R::moved},
    {"proposed", R::moved},
    {"seconded by", R::seconded},
    {"seconded", R::seconded},
    {"vote", R::vote},
    {"date of next meeting", R::next_meeting},
    {"next meeting", R::next_meeting},
    {"date of the next meeting", R::next_meeting},
}};

// Labels that stand as a heading on their own line without a colon ("PRESENT").
bool may_stand_alone(R role) {
  return role == R::present || role == R::apologies || role == R::absent || role == R::resolved ||
         role == R::actions || role == R::minutes_body || role == R::trailer;
}

constexpr std::string_view organisation_words[] = {
    "council",    "councils",    "authority", "trust",       "foundation", "society", "association",
    "university", "college",     "school",    "ltd",         "limited",    "inc",     "plc",
    "llc",        "cic",         "nhs",       "service",     "services",   "team",    "department",
    "homes",      "housing",     "group",     "partnership", "network",    "agency",  "office",
    "company",    "corporation", "institute", "police",      "fire",       "church",  "club",
    "centre",     "center",      "project",   "programme",   "committee",  "board",   "commission",
    "panel",      "forum",       "district",  "county"};

constexpr std::string_view body_words[] = {
    "board",     "committee", "sub-committee", "subcommittee", "panel",    "cabinet",
    "forum",     "group",     "commission",    "council",      "trustees", "assembly",
    "executive", "plenum",    "taskforce",     "task force",   "meeting",  "steering",
    "senate",    "caucus",    "directors",     "governors"};

constexpr std::string_view role_words[] = {
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

constexpr std::string_view function_words[] = {
    "the", "this", "that", "these", "those", "it", "all", "a", "an", "and", "or", "but",
    "following", "there", "members", "member", "we", "they", "he", "she", "i", "if", "in", "on",
    "at", "for", "with", "from", "as", "any", "each", "every", "some", "no", "not", "none", "young",
    "people", "our", "their",
    // Quantities that open a sentence: "Several residents were in attendance".
    "several", "many", "few", "various", "numerous", "both", "most", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten",
    // Verbs that open a clause of a decision: "Approve Minutes of …", "Ratify Payment of …".
    "approve", "ratify", "receive", "adopt", "accept", "authorise", "authorize", "award", "note",
    "confirm", "endorse", "appoint", "refuse", "defer", "direct", "request", "ask"};

// Words that open sentences and are no name on their own — but may begin one: "Will Myers",
// "June Carter".
constexpr std::string_view lone_words[] = {
    // Modals and question words that open sentences: "Should we apply …?"
    "should", "could", "would", "will", "shall", "can", "must", "does", "did", "do", "is", "are",
    "was", "were", "has", "have", "had", "what", "when", "where", "why", "how", "who",
    // Column headers of agenda and action tables.
    "minute", "item", "items", "agenda", "ref", "action", "owner", "due", "status", "lead",
    // Months and days, which open dates: "February minutes accepted".
    "january", "february", "march", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    // Verbs that open clauses of resolutions and action lists: "Agreed to sign …".
    "agreed", "noted", "resolved", "approved", "requested", "received", "thanked", "welcomed",
    "endorsed", "adopted", "accepted", "confirmed", "asked", "recommended", "deferred", "discussed",
    "decided", "ratified", "adjourned", "closed", "opened", "unanimously", "motion", "proposal"};

constexpr std::string_view minutes_filler_words[] = {
    "minutes",       "minute",  "notes",    "note",    "meeting",  "meetings",    "of",
    "the",           "a",       "an",       "regular", "special",  "ordinary",    "annual",
    "extraordinary", "general", "monthly",  "weekly",  "call",     "and",         "outcomes",
    "summary",       "held",    "in",       "public",  "draft",    "unconfirmed", "approved",
    "adjourned",     "members", "members'", "session", "workshop", "virtual"};

constexpr std::string_view attendance_titles[] = {
    "apologies",  "apology",       "attendance",    "attendees",   "present",
    "roll call",  "introductions", "welcome",       "substitutes", "substitutions",
    "membership", "quorum",        "call to order", "opening",     "preliminaries"};

struct nickname_set {
  std::array<std::string_view, 4> names;
};
constexpr std::array<nickname_set, 27> nicknames{{
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
}};

constexpr std::string_view group_words[] = {
    "members",    "trustees",  "councillors",  "officers",  "directors", "staff", "governors",
    "volunteers", "attendees", "participants", "residents", "everyone",  "all",   "committee"};

bool contains(const auto& table, std::string_view word) {
  for (auto w : table)
    if (text::iequals(w, word)) return true;
  return false;
}

}  // namespace

std::span<const label_word> labels() {
  return label_table;
}

namespace {

// "Committee present:", "Trustees absent:", "Board members in attendance:": a short
// qualifier before a word of attendance; or a line of its own made of such words, "TSC
// Voting Members not in attendance".
std::optional<label_match> qualified_attendance_label(std::string_view line, std::size_t lead) {
  constexpr std::size_t qualifier_max_words = 4;
  std::size_t colon = line.find(':');
  bool labelled = colon != std::string_view::npos && colon < 40;
  std::string_view head = text::trim(labelled ? line.substr(0, colon) : line, "*_ ");
  if (head.find_first_of(".,;") != std::string_view::npos) return std::nullopt;
  std::optional<R> role;
  std::size_t status_words = 1;
  auto ends_with = [&](std::string_view phrase) {
    return head.size() > phrase.size() &&
           text::iequals(head.substr(head.size() - phrase.size()), phrase) &&
           head[head.size() - phrase.size() - 1] == ' ';
  };
  if (ends_with("not in attendance") || ends_with("not present")) {
    role = R::absent;
    status_words = ends_with("not present") ? 2 : 3;
  } else if (ends_with("in attendance")) {
    role = R::present;
    status_words = 2;
  } else if (ends_with("present") || ends_with("attendance") || ends_with("attending")) {
    role = R::present;
  } else if (ends_with("absent")) {
    role = R::absent;
  } else if (ends_with("apologies") || ends_with("regrets")) {
    role = R::apologies;
  }
  std::size_t words = text::word_count(head);
  if (!role || words <= status_words || words - status_words > qualifier_max_words)
    return std::nullopt;
  if (!labelled) {
    // Standing alone, every qualifier is a group word or a body's acronym ("TSC Voting Members")
    // — in a line of capitals every word looks like an acronym ("WELCOME AND APOLOGIES").
    bool capitals = text::all_caps(head);
    std::size_t n = 0;
    for (std::size_t i = 0; i < head.size() && n < words - status_words; ++n) {
      std::size_t sp = head.find(' ', i);
      std::string_view w = head.substr(i, sp - i);
      bool known = contains(group_words, w) || text::iequals(w, "voting") ||
                   text::iequals(w, "non-voting") || text::iequals(w, "board") ||
                   (w.size() > 1 && !capitals && text::all_caps(w));
      if (!known) return std::nullopt;
      i = sp + 1;
    }
    return label_match{*role, lead + line.size(), false};
  }
  std::size_t j = colon + 1;
  while (j < line.size() && (line[j] == '*' || line[j] == '_' || text::is_space(line[j]))) ++j;
  return label_match{*role, lead + j, true};
}

}  // namespace

std::optional<label_match> match_label(std::string_view full) {
  // Emphasis around a label is Markdown's way of printing one: "**Present (16):**".
  std::size_t lead = 0;
  while (lead < full.size() && (full[lead] == '*' || full[lead] == '_')) ++lead;
  std::string_view line = full.substr(lead);
  for (const auto& l : label_table) {
    // Compare word by word so that "Apologies  for absence" matches too.
    std::size_t i = 0, k = 0;
    std::string_view w = l.words;
    while (k < w.size() && i < line.size()) {
      if (w[k] == ' ') {
        if (!text::is_space(line[i])) break;
        while (i < line.size() && text::is_space(line[i])) ++i;
        ++k;
        continue;
      }
      if (text::lower(line[i]) != w[k]) break;
      ++i;
      ++k;
    }
    if (k != w.size()) continue;
    if (i < line.size() && text::is_word_char(line[i])) continue;
    // The separator: ":" or a dash, or the end of the line, or "RESOLVED that". A count or
    // a qualifier may come first: "Present (16):", "Guests for the packaging topic:".
    std::size_t j = i;
    while (j < line.size() && text::is_space(line[j])) ++j;
    if (j < line.size() && line[j] == '(') {
      std::size_t close = line.find(')', j);
      if (close != std::string_view::npos && close - j < 30) j = close + 1;
    } else if (may_stand_alone(l.role) && l.role != R::resolved && l.role != R::minutes_body) {
      std::size_t colon = line.find(':', j);
      if (colon != std::string_view::npos && colon - j < 40 &&
          text::word_count(line.substr(j, colon - j)) <= 5 &&
          line.substr(j, colon - j).find_first_of(".,;") == std::string_view::npos)
        j = colon;
    }
    while (j < line.size() && (line[j] == '*' || line[j] == '_')) ++j;
    bool colon = false;
    bool leader = line.compare(j, 2, "..") == 0;  // "Secretary ....... Ewan": a table row
    if (!leader && j < line.size() && (line[j] == ':' || line[j] == '-' || line[j] == '.')) {
      colon = true;
      ++j;
      while (j < line.size() && (line[j] == '*' || line[j] == '_')) ++j;
    } else if (line.compare(j, 3, "\xE2\x80\x93") == 0 || line.compare(j, 3, "\xE2\x80\x94") == 0) {
      colon = true;
      j += 3;
    }
    while (j < line.size() && text::is_space(line[j])) ++j;
    bool at_end = j == line.size();
    if (!colon && !at_end) {
      // "RESOLVED that …" / "RESOLVED, that": resolutions open without a colon.
      std::string_view rest = line.substr(j);
      if (l.role != R::resolved ||
          !(text::starts_with_word(rest, "that") || (rest.size() > 1 && rest[0] == ',') ||
            text::all_caps(line.substr(0, i)))) {
        continue;
      }
      if (rest[0] == ',') ++j;
      while (j < line.size() && text::is_space(line[j])) ++j;
    }
    if (!colon && at_end && !may_stand_alone(l.role)) continue;
    return label_match{l.role, lead + j, colon};
  }
  return qualified_attendance_label(line, lead);
}

bool is_organisation_word(std::string_view word) {
  return contains(organisation_words, word);
}
bool is_body_word(std::string_view word) {
  return contains(body_words, word);
}
bool is_role_word(std::string_view word) {
  return contains(role_words, word);
}
bool is_group_word(std::string_view word) {
  return contains(group_words, word);
}
bool is_lone_word(std::string_view word) {
  return contains(lone_words, word);
}
bool is_function_word(std::string_view word) {
  return contains(function_words, word);
}

bool is_minutes_filler(std::string_view word) {
  return contains(minutes_filler_words, word);
}

bool is_title_phrase(std::string_view heading) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < heading.size();) {
    while (i < heading.size() && !text::is_letter(heading[i])) ++i;
    std::size_t j = i;
    while (j < heading.size() && (text::is_letter(heading[j]) || heading[j] == '\'')) ++j;
    if (j > i) {
      std::string_view w = heading.substr(i, j - i);
      if (!is_minutes_filler(w) && !is_body_word(w)) return false;
      ++words;
    }
    i = j;
  }
  return words > 0;
}

bool is_attendance_title(std::string_view title) {
  for (auto w : attendance_titles)
    if (text::find_word(title, w) != std::string_view::npos) return true;
  return false;
}

bool is_next_meeting_title(std::string_view title) {
  return text::find_word(title, "next meeting") != std::string_view::npos ||
         text::find_word(title, "future meeting") != std::string_view::npos ||
         text::find_word(title, "future meetings") != std::string_view::npos ||
         text::find_word(title, "next meetings") != std::string_view::npos;
}

bool same_given_name(std::string_view a, std::string_view b) {
  if (text::iequals(a, b)) return true;
  for (const auto& set : nicknames) {
    bool has_a = false, has_b = false;
    for (auto n : set.names) {
      if (n.empty()) continue;
      has_a = has_a || text::iequals(n, a);
      has_b = has_b || text::iequals(n, b);
    }
    if (has_a && has_b) return true;
  }
  return false;
}

}  // namespace minutes::parser::keywords

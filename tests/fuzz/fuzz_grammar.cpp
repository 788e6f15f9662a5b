// Fuzz target for one Spirit X3 grammar, chosen at build time by MINUTES_FUZZ_GRAMMAR.
// A match must never run past the input: every position a grammar reports is checked.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "parser/grammar/agenda_number.hpp"
#include "parser/grammar/clause_label.hpp"
#include "parser/grammar/clock_time.hpp"
#include "parser/grammar/date.hpp"
#include "parser/grammar/honorific.hpp"
#include "parser/grammar/name_list.hpp"
#include "parser/grammar/person_name.hpp"
#include "parser/grammar/reference_key.hpp"
#include "parser/grammar/vote_count.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

void run(std::string_view text) {
  using namespace minutes::grammar;
  const std::size_t n = text.size();
  constexpr std::string_view grammar = MINUTES_FUZZ_GRAMMAR;
  if constexpr (grammar == "agenda_number") {
    if (auto m = match_agenda_number(text)) require(m->length <= n);
  } else if constexpr (grammar == "clause_label") {
    if (auto m = match_clause_label(text)) require(m->length <= n);
  } else if constexpr (grammar == "clock_time") {
    (void)match_time(text);
    (void)match_time_range(text);
    for (std::size_t from = 0; auto f = find_time(text, from);) {
      require(f->begin < f->end && f->end <= n && f->begin >= from);
      from = f->end;
    }
  } else if constexpr (grammar == "date") {
    (void)match_date(text);
    for (std::size_t from = 0; auto f = find_date(text, from);) {
      require(f->begin < f->end && f->end <= n && f->begin >= from);
      from = f->end;
    }
  } else if constexpr (grammar == "honorific") {
    if (auto m = match_honorific(text)) require(m->length <= n);
  } else if constexpr (grammar == "name_list") {
    std::vector<listed_name> names;
    require(match_name_list(text, names) <= n);
  } else if constexpr (grammar == "person_name") {
    (void)match_person_name(text);
    require(family_name(text).size() <= n && given_name(text).size() <= n);
  } else if constexpr (grammar == "reference_key") {
    if (auto m = match_reference_prefix(text)) require(*m <= n);
  } else if constexpr (grammar == "vote_count") {
    (void)match_vote_count(text);
    for (std::size_t from = 0; auto f = find_vote_count(text, from);) {
      require(f->begin < f->end && f->end <= n && f->begin >= from);
      from = f->end;
    }
  } else {
    std::abort();  // a misspelt grammar name: fail loudly, not silently
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  run(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

// Instantiates the name_list grammar and implements its accessor. match_name_list walks the
// list one element at a time, so that it can share titles out and record each element's
// offsets without building an intermediate list.
#include "parser/grammar/name_list_def.hpp"

namespace minutes::grammar {
namespace rules {
BOOST_SPIRIT_INSTANTIATE(name_list_type, iterator_type, context_type)
}  // namespace rules

rules::name_list_type const& name_list() {
  return rules::name_list;
}

namespace {
// Shares a title with the elements after it, as the rules in name_list.hpp say.
class title_sharing {
 public:
  // Gives `element` the shared title when it takes one, and updates what is shared next.
  void apply(listed_name& element, name_match const& parsed, bool after_conjunction) {
    bool const surname = name_token_count(parsed.name) == 1;
    if (!element.honorific.empty()) {
      if (parsed.plural || surname) {
        shared_ = element.honorific;
        plural_ = parsed.plural;
        surnames_ = surname;
      } else {
        shared_ = {};
      }
      return;
    }
    if (shared_.empty()) return;
    if (surname != surnames_ || !(plural_ || after_conjunction)) {
      shared_ = {};
      return;
    }
    element.honorific = shared_;
    if (after_conjunction) shared_ = {};
  }
  void stop() { shared_ = {}; }

 private:
  std::string_view shared_;  // the title the next element may take; empty when none
  bool plural_ = false;      // a singular title only crosses one "and"
  bool surnames_ = false;    // the title was shared by one-token names
};

std::size_t offset_in(std::string_view text, iterator_type at) {
  return static_cast<std::size_t>(at - text.data());
}
}  // namespace

std::size_t match_name_list(std::string_view text, std::vector<listed_name>& out) {
  out.clear();
  iterator_type const last = text.data() + text.size();
  iterator_type at = text.data();
  iterator_type consumed = text.data();
  title_sharing sharing;
  bool after_conjunction = false;
  for (;;) {
    iterator_type const element_begin = at;
    ast::couple_title first_title;
    bool const couple = x3::parse(at, last, rules::couple_title, first_title);
    iterator_type const name_begin = at;
    auto parsed = match_person_name(std::string_view(at, static_cast<std::size_t>(last - at)));
    if (!parsed) break;
    at += parsed->length;
    std::size_t const begin = offset_in(text, element_begin), end = offset_in(text, at);
    if (couple) {
      std::string_view title(first_title.begin(), static_cast<std::size_t>(first_title.size()));
      out.push_back({title, parsed->name, parsed->note, begin, end});
      out.push_back(
          {parsed->honorific, parsed->name, parsed->note, offset_in(text, name_begin), end});
      sharing.stop();
    } else {
      out.push_back({parsed->honorific, parsed->name, parsed->note, begin, end});
      sharing.apply(out.back(), *parsed, after_conjunction);
    }
    consumed = at;
    ast::list_joiner joiner{};
    if (!x3::parse(at, last, rules::list_separator, joiner)) break;
    after_conjunction = joiner == ast::list_joiner::conjunction;
  }
  return offset_in(text, consumed);
}

}  // namespace minutes::grammar

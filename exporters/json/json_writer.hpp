// Streams JSON text into a string, pretty-printed byte for byte as
// nlohmann::json::dump(2, ' ', false, error_handler_t::replace) prints the same tree (the
// schema's golden files are that output), or compact on one line as dump(-1, ...) prints it
// (JSON Lines for `minutes map`). Writing directly, with no tree of nodes to build,
// print and free, is what makes the JSON export cheap next to parsing (issue 8).
#pragma once

#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace minutes::exporters {

class json_writer {
 public:
  // `compact`: no line breaks or indents, as nlohmann's dump(-1) (one document per line).
  // Each top-level value is appended to `out` when it is complete.
  explicit json_writer(std::string& out, bool compact = false) : out_(out), compact_(compact) {}
  json_writer(const json_writer&) = delete;
  json_writer& operator=(const json_writer&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // Starts a member of the current object: its separator, indent and "key": . Keys are the
  // program's names for the model's fields: printable ASCII with no quote or backslash,
  // written as they are.
  void key(std::string_view k);

  void null();
  void string(std::string_view s);
  void boolean(bool b);
  void number(long long n);

  // Writes any value of the model: strings, numbers, booleans, optionals (null when empty),
  // vectors (arrays), nullptr, and records through write_json(json_writer&, const T&),
  // found by argument-dependent lookup.
  template <typename T>
  void value(const T& v);

  template <typename T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

 private:
  void open(char bracket);
  void close(char bracket);
  void before_value();  // in an array: the separator and indent of the next element
  void line_break();    // a new line at the current indent; nothing when compact
  // Writes that line break from `to` on (room for 1 + 2 per level); returns its end.
  char* write_line_break(char* to) const;
  // The text is built in buf_[0, length_), which grows by doubling: a std::string's
  // append checks and updates its size for every short piece, and pieces are most of
  // the writing. A finished top-level value goes to out_ in one append.
  static constexpr std::size_t indent_room = 32;  // see write_line_break
  char* room(std::size_t n) {
    if (capacity_ - length_ < n + indent_room) grow(n + indent_room);
    return buf_.get() + length_;
  }
  void grow(std::size_t n);
  void put(std::string_view piece);
  void put(std::initializer_list<std::string_view> pieces);
  void put_escaped(std::string_view s);
  void done_if_top_level();

  struct level {
    bool array = false;
    bool empty = true;
  };
  std::string& out_;
  bool compact_;
  std::vector<level> levels_;
  std::unique_ptr<char[]> buf_;  // not zero-filled as a std::string's growth would be
  std::size_t capacity_ = 0;
  std::size_t length_ = 0;
};

namespace json_detail {
template <typename T>
struct is_optional : std::false_type {};
template <typename T>
struct is_optional<std::optional<T>> : std::true_type {};
template <typename T>
struct is_vector : std::false_type {};
template <typename T>
struct is_vector<std::vector<T>> : std::true_type {};
}  // namespace json_detail

template <typename T>
void json_writer::value(const T& v) {
  if constexpr (std::is_same_v<T, std::nullptr_t>) {
    null();
  } else if constexpr (std::is_same_v<T, bool>) {
    boolean(v);
  } else if constexpr (std::is_integral_v<T>) {
    number(static_cast<long long>(v));
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    string(v);
  } else if constexpr (json_detail::is_optional<T>::value) {
    if (v)
      value(*v);
    else
      null();
  } else if constexpr (json_detail::is_vector<T>::value) {
    begin_array();
    for (const auto& e : v) value(e);
    end_array();
  } else {
    write_json(*this, v);  // opens an object, which places it
  }
}

}  // namespace minutes::exporters

// JSON form of the model (schema version 1, DESIGN.md): free to_json functions in the
// model's namespace, found by nlohmann/json through ADL. Key names are a contract with other
// systems and are written out by hand; unknown values are null.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "model/document.hpp"

namespace nlohmann {
// std::optional<T> is null when empty.
template <typename T>
struct adl_serializer<std::optional<T>> {
  template <typename Json>
  static void to_json(Json& j, const std::optional<T>& v) {
    if (v) {
      j = *v;
    } else {
      j = nullptr;
    }
  }
};
}  // namespace nlohmann

namespace minutes::model {
using json = nlohmann::ordered_json;

void to_json(json& j, const span& s);
void to_json(json& j, const diagnostic& d);
void to_json(json& j, const source& s);
void to_json(json& j, const meeting& m);
void to_json(json& j, const next_meeting& m);
void to_json(json& j, const person& p);
void to_json(json& j, const attendance& a);
void to_json(json& j, const block& b);
void to_json(json& j, const item& i);
void to_json(json& j, const resolution& r);
void to_json(json& j, const motion& m);
void to_json(json& j, const action_owner& o);
void to_json(json& j, const action& a);
void to_json(json& j, const document& d);

}  // namespace minutes::model

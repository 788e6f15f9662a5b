// JSON form of the model (schema version 1, DESIGN.md): one free write_json function per
// record type in the model's namespace, found by json_writer::value through ADL. Key names
// are a contract with other systems and are written out by hand; unknown values are null.
// (These were nlohmann to_json functions building a tree per record; json_writer streams
// the same bytes without one: see json_writer.hpp.)
#pragma once

#include "exporters/json/json_writer.hpp"
#include "model/document.hpp"

namespace minutes::model {
using exporters::json_writer;

void write_json(json_writer& w, const span& s);
void write_json(json_writer& w, const diagnostic& d);
void write_json(json_writer& w, const source& s);
void write_json(json_writer& w, const meeting& m);
void write_json(json_writer& w, const next_meeting& m);
void write_json(json_writer& w, const person& p);
void write_json(json_writer& w, const attendance& a);
void write_json(json_writer& w, const block& b);
void write_json(json_writer& w, const item& i);
void write_json(json_writer& w, const resolution& r);
void write_json(json_writer& w, const vote_counts& v);
void write_json(json_writer& w, const named_vote& v);
void write_json(json_writer& w, const motion& m);
void write_json(json_writer& w, const action_owner& o);
void write_json(json_writer& w, const action& a);
void write_json(json_writer& w, const document& d);

}  // namespace minutes::model

// The printed names of the model's enumerations, shared by every exporter so that JSON, CSV
// and Markdown always say the same word ("present", "actions-line", "carried").
#pragma once

#include "model/document.hpp"

namespace minutes::exporters {

const char* name_of(model::severity s);
const char* name_of(model::attendance_status s);
const char* name_of(model::block_kind k);
const char* name_of(model::motion_outcome o);
const char* name_of(model::vote_choice v);
const char* name_of(model::action_origin o);

}  // namespace minutes::exporters

// The printed names of the model's enumerations (see enum_names.hpp).
#include "exporters/enum_names.hpp"

namespace minutes::exporters {

const char* name_of(model::severity s) {
  switch (s) {
    case model::severity::info:
      return "info";
    case model::severity::warning:
      return "warning";
    case model::severity::error:
      return "error";
  }
  return "warning";
}

const char* name_of(model::attendance_status s) {
  switch (s) {
    case model::attendance_status::present:
      return "present";
    case model::attendance_status::apologies:
      return "apologies";
    case model::attendance_status::absent:
      return "absent";
  }
  return "present";
}

const char* name_of(model::block_kind k) {
  switch (k) {
    case model::block_kind::heading:
      return "heading";
    case model::block_kind::paragraph:
      return "paragraph";
    case model::block_kind::bullet:
      return "bullet";
    case model::block_kind::table:
      return "table";
    case model::block_kind::quote:
      return "quote";
  }
  return "paragraph";
}

const char* name_of(model::motion_outcome o) {
  switch (o) {
    case model::motion_outcome::carried:
      return "carried";
    case model::motion_outcome::lost:
      return "lost";
    case model::motion_outcome::withdrawn:
      return "withdrawn";
    case model::motion_outcome::deferred:
      return "deferred";
  }
  return "carried";
}

const char* name_of(model::vote_choice v) {
  switch (v) {
    case model::vote_choice::for_:
      return "for";
    case model::vote_choice::against:
      return "against";
    case model::vote_choice::abstain:
      return "abstain";
  }
  return "for";
}

const char* name_of(model::action_origin o) {
  switch (o) {
    case model::action_origin::resolution:
      return "resolution";
    case model::action_origin::actions_line:
      return "actions-line";
    case model::action_origin::narrative:
      return "narrative";
  }
  return "narrative";
}

}  // namespace minutes::exporters

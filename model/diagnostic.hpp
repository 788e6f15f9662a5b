// Diagnostic: a doubt the parser had about the input. The parser never fails on odd input;
// it records what it could not understand here. Codes are listed in parser/diagnostic_codes.
#pragma once

#include <string>

#include "model/span.hpp"

namespace minutes::model {

enum class severity { info, warning, error };

struct diagnostic {
  severity level = severity::warning;  // how much the doubt matters
  std::string code;                    // stable code, e.g. "ingest.invalid-utf8"
  std::string message;                 // human sentence naming the problem
  span where;                          // the lines concerned (empty for whole-document doubts)
};

}  // namespace minutes::model

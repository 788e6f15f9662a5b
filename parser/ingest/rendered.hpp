// Rendered documents into SourceText (ingest stage): the lines a reader rendered are
// normalised like decoded text lines, and keep the source positions the reader gave them.
#pragma once

#include <string>

#include "parser/ingest/source_text.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser {

// Builds the SourceText of a rendered document. `original` is the file's bytes.
source_text from_rendered(std::string original, rendered_document doc, std::string format);

}  // namespace minutes::parser

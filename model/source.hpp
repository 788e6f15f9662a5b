// Source: what was read — the file, its format and encoding — so outputs can be traced back.
#pragma once

#include <cstddef>
#include <string>

namespace minutes::model {

struct source {
  std::string path;       // as given on the command line ("-" for standard input)
  std::string sha256;     // hex digest of the original bytes
  std::string format;     // reader that ran: "text", "markdown", "html", "docx" or "pdf"
  std::string encoding;   // encoding of the original bytes, e.g. "UTF-8", "windows-1252"
  std::size_t bytes = 0;  // size of the original file
};

}  // namespace minutes::model

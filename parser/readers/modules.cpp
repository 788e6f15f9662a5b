// Loading reader modules (see modules.hpp), and the read_* front doors of the readers that
// live in them.
#include "parser/readers/modules.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "parser/readers/docx.hpp"
#include "parser/readers/html.hpp"
#include "parser/readers/markdown.hpp"
#include "parser/readers/pdf.hpp"

namespace minutes::parser {
namespace {

// A format's read function, or why there is none.
struct resolved_reader {
  read_function read = nullptr;
  std::string error;
};

std::vector<std::string> module_candidates(const std::string& file) {
  std::vector<std::string> out;
  if (const char* dir = std::getenv("MINUTES_MODULE_DIR"); dir && *dir)
    out.push_back(std::string(dir) + "/" + file);
  std::error_code ec;
  auto program = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) out.push_back((program.parent_path() / file).string());
#ifdef MINUTES_MODULE_BUILD_DIR
  out.push_back(std::string(MINUTES_MODULE_BUILD_DIR) + "/" + file);
#endif
  out.push_back(file);
  return out;
}

resolved_reader resolve(const std::string& module, const std::string& format) {
  resolved_reader r;
  const std::string file = "libminutes_" + module + ".so";
  void* handle = nullptr;
  for (const auto& candidate : module_candidates(file)) {
    // Never closed: poppler and libxml2 keep global state for the life of the process, and
    // dlopen counts references, so a second format of the same module finds it loaded.
    handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle) break;
    if (r.error.empty()) {
      const char* why = dlerror();
      r.error = why ? why : candidate;
    }
  }
  if (!handle) {
    r.error = "the " + format + " reader could not be loaded (" + r.error + "); keep " + file +
              " beside the minutes program or set MINUTES_MODULE_DIR";
    return r;
  }
  using entry = read_function (*)(const char*);
  auto get = reinterpret_cast<entry>(dlsym(handle, "minutes_reader_v1"));
  r.read = get ? get(format.c_str()) : nullptr;
  r.error = r.read ? "" : file + " is not the " + format + " reader of this version of minutes";
  return r;
}

}  // namespace

// GCC says __SANITIZE_ADDRESS__, clang __has_feature(address_sanitizer).
#if defined(__SANITIZE_ADDRESS__)
#define MINUTES_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MINUTES_ASAN 1
#endif
#endif

#if defined(MINUTES_ASAN)
// Word boxes with their font sizes make poppler look up fonts that a PDF does not embed
// through fontconfig, whose configuration (read once per process, a few hundred bytes) is
// never freed. LeakSanitizer is told so; every other leak still fails a sanitizer build.
// (It reads this from the executable at start-up, so it lives here, not in the module.)
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\n";
}
#endif

std::optional<rendered_document> read_with_module(std::string_view module, std::string_view format,
                                                  std::string_view bytes, parse_failure& why,
                                                  const parse_limits& limits) {
  // Resolved once per format, whatever the number of threads asking.
  static std::mutex guard;
  static std::map<std::string, resolved_reader, std::less<>> readers;
  const resolved_reader* r = nullptr;
  {
    std::lock_guard lock(guard);
    auto it = readers.find(format);
    if (it == readers.end())
      it = readers.emplace(format, resolve(std::string(module), std::string(format))).first;
    r = &it->second;
  }
  if (!r->read) {
    why = {failure::unsupported_format, r->error};
    return std::nullopt;
  }
  return r->read(bytes, why, limits);
}

std::optional<rendered_document> read_pdf(std::string_view bytes, parse_failure& why,
                                          const parse_limits& limits) {
  return read_with_module("pdf", "pdf", bytes, why, limits);
}

std::optional<rendered_document> read_docx(std::string_view bytes, parse_failure& why,
                                           const parse_limits& limits) {
  return read_with_module("docx", "docx", bytes, why, limits);
}

std::optional<rendered_document> read_html(std::string_view bytes, parse_failure& why,
                                           const parse_limits& limits) {
  return read_with_module("markup", "html", bytes, why, limits);
}

std::optional<rendered_document> read_markdown(std::string_view bytes, parse_failure& why,
                                               const parse_limits& limits) {
  return read_with_module("markup", "markdown", bytes, why, limits);
}

}  // namespace minutes::parser

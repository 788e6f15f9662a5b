// The PDF reader's front door in the library (see pdf.hpp): detection, and the module
// libminutes_pdf.so loaded with dlopen the first time a PDF is read (module_candidates says
// where it is looked for).
#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "parser/readers/pdf.hpp"

namespace minutes::parser {
namespace {

// "%PDF-" may follow some junk (mail headers, a BOM), within this many bytes.
constexpr std::size_t header_window = 1024;

struct module {
  pdf_read_function read = nullptr;
  std::string error;  // why it could not be loaded
};

// Where the module may be, in order: MINUTES_PDF_MODULE; beside the running program; the
// folder it was built in; the library search path. The paths are spelt out rather than left
// to the program's run path, which dlopen does not consult when a sanitizer's interceptor is
// the caller.
std::vector<std::string> module_candidates() {
  constexpr const char* file = "libminutes_pdf.so";
  std::vector<std::string> out;
  if (const char* chosen = std::getenv("MINUTES_PDF_MODULE"); chosen && *chosen) {
    out.emplace_back(chosen);
    return out;
  }
  std::error_code ec;
  auto program = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) out.push_back((program.parent_path() / file).string());
#ifdef MINUTES_PDF_MODULE_DIR
  out.push_back(std::string(MINUTES_PDF_MODULE_DIR) + "/" + file);
#endif
  out.emplace_back(file);
  return out;
}

const module& pdf_module() {
  static module m;
  static std::once_flag loaded;
  std::call_once(loaded, [] {
    void* handle = nullptr;
    std::string name;
    for (const auto& candidate : module_candidates()) {
      // Never unloaded: poppler keeps global state for the life of the process.
      handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (handle) {
        name = candidate;
        break;
      }
      if (m.error.empty()) {
        const char* why = dlerror();
        m.error = why ? why : candidate;
      }
    }
    if (!handle) return;
    m.error.clear();
    using entry = pdf_read_function (*)();
    auto get = reinterpret_cast<entry>(dlsym(handle, "minutes_pdf_reader_v1"));
    if (!get) {
      m.error = name + " is not the PDF module of this version of minutes";
      return;
    }
    m.read = get();
  });
  return m;
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

bool detect_pdf(std::string_view bytes, std::string_view) {
  return bytes.substr(0, header_window).find("%PDF-") != std::string_view::npos;
}

std::optional<rendered_document> read_pdf(std::string_view bytes, parse_failure& why,
                                          const parse_limits& limits) {
  const module& m = pdf_module();
  if (!m.read) {
    why = {failure::unsupported_format,
           "the PDF reader could not be loaded (" + m.error +
               "); keep libminutes_pdf.so beside the minutes program or set MINUTES_PDF_MODULE"};
    return std::nullopt;
  }
  return m.read(bytes, why, limits);
}

}  // namespace minutes::parser

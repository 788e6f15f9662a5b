// The DOCX container (see package.hpp). Every size the archive declares is checked before
// anything is inflated, and reads never go past the declared size, so a hostile archive
// costs at most the limits below in time and memory.
#include "parser/readers/docx/package.hpp"

#include <zip.h>

#include <cstdint>
#include <cstring>
#include <memory>

namespace minutes::parser::docx {
namespace {

// ---- Limits -----------------------------------------------------------------------------

// All entries together, as declared: a larger package is a zip bomb, not minutes.
constexpr std::uint64_t max_uncompressed_bytes = 256ull * 1024 * 1024;
// Deflate reaches about 1000:1 only on long runs of one byte; XML compresses 5–30:1, and
// even row after row of identical empty table cells stays well under this. A part that
// inflates more than this from its compressed size is a bomb (checked past the floor below,
// where ratios mean little).
constexpr std::uint64_t max_compression_ratio = 600;
constexpr std::uint64_t ratio_floor_bytes = 1024 * 1024;

// ---- Helpers ----------------------------------------------------------------------------

struct archive_closer {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using archive = std::unique_ptr<zip_t, archive_closer>;

struct file_closer {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

std::string zip_reason(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string out = zip_error_strerror(&error);
  zip_error_fini(&error);
  return out;
}

// Reads the entry at `index` whose declared size is `size`, or explains why not.
std::optional<std::string> read_entry(zip_t* z, zip_uint64_t index, std::uint64_t size,
                                      const char* name, parse_failure& why) {
  std::unique_ptr<zip_file_t, file_closer> file(zip_fopen_index(z, index, 0));
  if (!file) {
    why = {failure::unreadable, std::string("the DOCX is damaged: ") + name +
                                    " cannot be opened (" + zip_strerror(z) + ")"};
    return std::nullopt;
  }
  std::string out(static_cast<std::size_t>(size), '\0');
  std::size_t got = 0;
  while (got < out.size()) {
    zip_int64_t n = zip_fread(file.get(), out.data() + got, out.size() - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  char extra;
  if (got != out.size() || zip_fread(file.get(), &extra, 1) != 0) {
    why = {failure::unreadable, std::string("the DOCX is damaged: ") + name +
                                    " is truncated or corrupt (" + zip_file_strerror(file.get()) +
                                    ")"};
    return std::nullopt;
  }
  return out;
}

}  // namespace

// ---- Public API -------------------------------------------------------------------------

std::optional<package> open_package(std::string_view bytes, parse_failure& why) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    why = {failure::unreadable,
           "the DOCX cannot be opened: " + std::string(zip_error_strerror(&error))};
    zip_error_fini(&error);
    return std::nullopt;
  }
  archive z(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  if (!z) {
    zip_source_free(source);
    why = {failure::unreadable, "the DOCX is truncated or is not a valid ZIP archive (" +
                                    zip_reason(zip_error_code_zip(&error)) + ")"};
    zip_error_fini(&error);
    return std::nullopt;
  }
  zip_error_fini(&error);

  zip_int64_t count = zip_get_num_entries(z.get(), 0);
  std::uint64_t total = 0;
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    if (zip_stat_index(z.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0) continue;
    if ((st.valid & ZIP_STAT_SIZE) != 0) total += st.size;
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE) {
      why = {failure::unsupported_format,
             "the DOCX is a password-protected (encrypted) ZIP archive; remove the password"};
      return std::nullopt;
    }
  }
  if (total > max_uncompressed_bytes) {
    why = {failure::too_large,
           "the DOCX would inflate to " + std::to_string(total >> 20) + " MiB, over the limit of " +
               std::to_string(max_uncompressed_bytes >> 20) + " MiB (a zip bomb?)"};
    return std::nullopt;
  }

  package out;
  struct wanted {
    const char* name;
    std::string* into;
    bool required;
  } parts[] = {{"word/document.xml", &out.document, true},
               {"word/styles.xml", &out.styles, false},
               {"word/numbering.xml", &out.numbering, false}};
  for (const auto& part : parts) {
    zip_int64_t index = zip_name_locate(z.get(), part.name, ZIP_FL_NOCASE);
    if (index < 0) {
      if (!part.required) continue;
      why = {failure::unsupported_format,
             "a ZIP archive that is not a Word document (it has no word/document.xml)"};
      return std::nullopt;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
        (st.valid & ZIP_STAT_SIZE) == 0) {
      why = {failure::unreadable,
             std::string("the DOCX is damaged: ") + part.name + " has no size in the archive"};
      return std::nullopt;
    }
    std::uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) != 0 ? st.comp_size : st.size;
    if (st.size > ratio_floor_bytes && st.size / (packed ? packed : 1) > max_compression_ratio) {
      why = {failure::too_large,
             std::string("the DOCX is a zip bomb: ") + part.name + " inflates " +
                 std::to_string(st.size / (packed ? packed : 1)) + " times its compressed size"};
      return std::nullopt;
    }
    auto data = read_entry(z.get(), static_cast<zip_uint64_t>(index), st.size, part.name, why);
    if (!data) return std::nullopt;
    *part.into = std::move(*data);
  }
  return out;
}

}  // namespace minutes::parser::docx

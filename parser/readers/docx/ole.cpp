// Recognising a Word document saved with a password to open (see package.hpp): Word writes
// it as an OLE compound file, not a ZIP archive. Part of the library rather than of the DOCX
// module, so that detection needs no module.
#include <cstdint>

#include "parser/readers/docx/package.hpp"

namespace minutes::parser::docx {
namespace {

// The OLE directory of an encrypted Office file is a few sectors; never walk more.
constexpr std::uint32_t max_ole_directory_sectors = 4096;

std::uint32_t le32(std::string_view b, std::size_t at) {
  if (at + 4 > b.size()) return 0xFFFFFFFFu;
  const auto* p = reinterpret_cast<const unsigned char*>(b.data() + at);
  return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

}  // namespace

bool encrypted_office_package(std::string_view b) {
  if (b.size() < 512 || b.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") != 0) return false;
  unsigned shift = static_cast<unsigned char>(b[0x1E]) | (static_cast<unsigned char>(b[0x1F]) << 8);
  if (shift != 9 && shift != 12) return false;
  const std::size_t sector = std::size_t{1} << shift;
  auto sector_at = [&](std::uint32_t s) { return (static_cast<std::size_t>(s) + 1) * sector; };
  // The FAT entry of sector s: the first 109 FAT sectors are listed in the header.
  auto next = [&](std::uint32_t s) -> std::uint32_t {
    std::uint32_t per = static_cast<std::uint32_t>(sector / 4);
    std::uint32_t fat_index = s / per;
    if (fat_index >= 109) return 0xFFFFFFFEu;
    std::uint32_t fat_sector = le32(b, 0x4C + 4 * fat_index);
    if (fat_sector >= 0xFFFFFFFAu) return 0xFFFFFFFEu;
    return le32(b, sector_at(fat_sector) + 4 * (s % per));
  };
  auto is_name = [&](std::size_t entry, std::u16string_view name) {
    unsigned len = static_cast<unsigned char>(b[entry + 64]) |
                   (static_cast<unsigned char>(b[entry + 65]) << 8);
    if (len != (name.size() + 1) * 2) return false;
    for (std::size_t k = 0; k < name.size(); ++k)
      if (static_cast<unsigned char>(b[entry + 2 * k]) != name[k] || b[entry + 2 * k + 1] != 0)
        return false;
    return true;
  };
  bool info = false, package = false;
  std::uint32_t s = le32(b, 0x30);
  for (std::uint32_t walked = 0; s < 0xFFFFFFFAu && walked < max_ole_directory_sectors;
       ++walked, s = next(s)) {
    std::size_t at = sector_at(s);
    if (at + sector > b.size()) break;
    for (std::size_t e = at; e + 128 <= at + sector; e += 128) {
      info = info || is_name(e, u"EncryptionInfo");
      package = package || is_name(e, u"EncryptedPackage");
    }
  }
  return info && package;
}

}  // namespace minutes::parser::docx

// Helpers shared by the test drivers (see test_support.hpp).
#include "test_support.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

namespace minutes::test {
namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_file(const fs::path& p, const std::string& content) {
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
}

std::vector<fs::path> inputs_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".txt" || ext == ".md") &&
        e.path().filename() != "README.md")
      out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string la, lb;
  std::vector<std::string> before;
  for (int line = 1;; ++line) {
    bool ga = static_cast<bool>(std::getline(a, la));
    bool gb = static_cast<bool>(std::getline(b, lb));
    if (!ga && !gb) return "(no difference)";
    if (ga != gb || la != lb) {
      std::ostringstream out;
      out << "first difference at line " << line << ":\n";
      for (const auto& c : before) out << "    " << c << "\n";
      out << "  - " << (ga ? la : "<end of expected>") << "\n";
      out << "  + " << (gb ? lb : "<end of actual>") << "\n";
      return out.str();
    }
    before.push_back(la);
    if (before.size() > 3) before.erase(before.begin());
  }
}

bool updating() {
  return std::getenv("MINUTES_UPDATE_GOLDEN") != nullptr;
}

}  // namespace minutes::test

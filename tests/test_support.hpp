// Helpers shared by the test drivers: reading and writing files, listing a folder's inputs,
// and a readable diff for a failed comparison.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace minutes::test {

std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& content);
// Inputs a batch would take from `dir` (not recursive), sorted.
std::vector<std::filesystem::path> inputs_in(const std::filesystem::path& dir);
// The first lines where `expected` and `actual` differ, with a little context.
std::string first_difference(const std::string& expected, const std::string& actual);
// True when MINUTES_UPDATE_GOLDEN is set: expected files are rewritten, not compared.
bool updating();

}  // namespace minutes::test

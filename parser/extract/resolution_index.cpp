// Resolution lookups for linking (see resolution_index.hpp).
#include "parser/extract/resolution_index.hpp"

#include <algorithm>
#include <cassert>

namespace minutes::parser {
namespace {

std::uint64_t hash_of(const content_word_counts& c) {
  std::uint64_t h = 0xcbf29ce484222325ULL ^ c.total;
  for (const auto& [word, times] : c.counts) {
    h = (h ^ word) * 0x100000001b3ULL;
    h = (h ^ times) * 0x100000001b3ULL;
  }
  return h;
}

bool same_counts(const content_word_counts& a, const content_word_counts& b) {
  return a.total == b.total && a.counts == b.counts;
}

}  // namespace

resolution_index::resolution_index(const extract_context& cx) {
  for (std::size_t k = 0; k < cx.lay.blocks.size() && k < cx.in_resolution_block.size(); ++k) {
    if (!cx.in_resolution_block[k]) continue;
    model::span b = cx.span_of(cx.lay.blocks[k]);
    resolved_blocks_.emplace_back(b.start_line, b.end_line);
  }
  std::stable_sort(resolved_blocks_.begin(), resolved_blocks_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t n = 1; n < resolved_blocks_.size(); ++n)
    resolved_blocks_[n].second =
        std::max(resolved_blocks_[n].second, resolved_blocks_[n - 1].second);
  for (const auto& m : cx.motions)
    motion_lines_[m.record.item].push_back(m.record.where.start_line);
  for (auto& [item, lines] : motion_lines_) std::sort(lines.begin(), lines.end());
}

void resolution_index::update(const std::vector<model::resolution>& all) {
  for (std::size_t n = seen_; n < all.size(); ++n) {
    content_word_counts words = count_content_words(all[n].text, ids_);
    item_resolutions& item = of_item_[all[n].item];
    auto& bucket = item.by_hash[hash_of(words)];
    auto group = std::find_if(bucket.begin(), bucket.end(), [&](std::size_t g) {
      return same_counts(counts_[item.groups[g].counts], words);
    });
    if (group != bucket.end() && item.open(*group)) {
      item.groups[*group].members.push_back(n);
    } else if (group != bucket.end()) {  // its words' group is all taken: a new one
      item.add_group({item.groups[*group].counts, {n}}, words);
      *group = item.groups.size() - 1;
    } else {
      bucket.push_back(item.groups.size());
      item.add_group({counts_.size(), {n}}, words);
      counts_.push_back(std::move(words));
    }
    by_line_.emplace(all[n].where.start_line, n);
  }
  seen_ = all.size();
  taken_.resize(all.size());
}

void resolution_index::item_resolutions::add_group(same_words group,
                                                   const content_word_counts& words) {
  if (indexed)
    for (const auto& [word, times] : words.counts) with_word[word].groups.push_back(groups.size());
  groups.push_back(std::move(group));
  next_open.push_back(groups.size());
}

void resolution_index::item_resolutions::index_words(
    const std::vector<content_word_counts>& counts) {
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const auto& [word, times] : counts[groups[g].counts].counts)
      with_word[word].groups.push_back(g);
  indexed = true;
}

bool resolution_index::consider(item_resolutions& of_item, std::size_t g,
                                const content_word_counts& words, double share,
                                std::optional<std::size_t>& first) {
  same_words& group = of_item.groups[g];
  // Groups come in order of their first member: a later one cannot hold an earlier match.
  if (first && group.members.front() > *first) return false;
  while (group.front < group.members.size() && taken_[group.members[group.front]]) ++group.front;
  if (group.front == group.members.size()) {
    of_item.next_open[g] = g + 1;
    return true;
  }
  std::size_t candidate = group.members[group.front];
  if ((!first || candidate < *first) && overlap(counts_[group.counts], words) >= share)
    first = candidate;
  return true;
}

std::optional<std::size_t> resolution_index::first_untaken_like(
    const std::optional<std::string>& item, const content_word_counts& words, double share) {
  assert(share > 0);  // a group that shares no word could otherwise be a match
  auto found = of_item_.find(item);
  if (found == of_item_.end()) return std::nullopt;
  item_resolutions& of_item = found->second;
  std::optional<std::size_t> first;
  if (!of_item.indexed && of_item.groups.size() > item_resolutions::walk_limit)
    of_item.index_words(counts_);
  if (!of_item.indexed) {
    for (std::size_t g = of_item.open_from(0); g < of_item.groups.size();
         g = of_item.open_from(g + 1))
      if (!consider(of_item, g, words, share, first)) break;
    return first;
  }
  // The groups that share a word with `words`, in ascending order: a merge of the words'
  // postings, each read from its first group with an untaken member.
  struct cursor {
    const std::vector<std::size_t>* groups;
    std::size_t at;
  };
  std::vector<cursor> cursors;
  for (const auto& [word, times] : words.counts) {
    auto posting = of_item.with_word.find(word);
    if (posting == of_item.with_word.end()) continue;
    auto& [groups, from] = posting->second;
    while (from < groups.size() && !of_item.open(groups[from])) ++from;
    if (from < groups.size()) cursors.push_back({&groups, from});
  }
  auto next_shared = [&]() -> std::optional<std::size_t> {
    std::optional<std::size_t> least;
    for (const cursor& c : cursors)
      if (c.at < c.groups->size() && (!least || (*c.groups)[c.at] < *least))
        least = (*c.groups)[c.at];
    for (cursor& c : cursors)
      if (least && c.at < c.groups->size() && (*c.groups)[c.at] == *least) ++c.at;
    return least;
  };
  while (auto g = next_shared())
    if (of_item.open(*g) && !consider(of_item, *g, words, share, first)) break;
  return first;
}

std::size_t resolution_index::item_resolutions::open_from(std::size_t g) {
  while (next_open[g] != g) {
    next_open[g] = next_open[next_open[g]];  // halves the path for the next walk
    g = next_open[g];
  }
  return g;
}

bool resolution_index::in_resolved_block(std::size_t line) const {
  auto after = std::upper_bound(resolved_blocks_.begin(), resolved_blocks_.end(), line,
                                [](std::size_t l, const auto& block) { return l < block.first; });
  return after != resolved_blocks_.begin() && std::prev(after)->second >= line;
}

std::optional<std::size_t> resolution_index::next_motion_line(
    const std::optional<std::string>& item, std::size_t line) const {
  auto found = motion_lines_.find(item);
  if (found == motion_lines_.end()) return std::nullopt;
  auto next = std::upper_bound(found->second.begin(), found->second.end(), line);
  if (next == found->second.end()) return std::nullopt;
  return *next;
}

}  // namespace minutes::parser

// Archive people (see identity.hpp).
#include "ledger/identity.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "parser/text.hpp"
#include "parser/words/labels.hpp"

namespace minutes::ledger {
namespace {

namespace text = parser::text;
constexpr std::size_t npos = static_cast<std::size_t>(-1);

struct mention {
  std::string doc_id, person, name, series;
  std::vector<std::string> aliases;
  std::string given, family;  // lower-cased; for a single word, the word in both
  bool full = false;          // given and family names both known
  bool initials = false;      // "AK": the letters of given and family
  std::size_t cluster = npos;
  std::vector<std::size_t> ambiguous_between;  // the people a partial name fits, unresolved
};

struct cluster {
  std::string series;
  std::string given, family;  // of its full names
  std::set<std::string> docs;
  std::set<std::string> full_docs;  // the documents that print its full name
  std::vector<std::size_t> mentions;
};

std::vector<std::string_view> words_of(std::string_view name) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) out.push_back(text::trim(name.substr(i, j - i), ".,"));
    i = j + 1;
  }
  return out;
}

std::vector<std::string> split_aliases(const std::string& joined) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < joined.size();) {
    std::size_t j = std::min(joined.find("; ", i), joined.size());
    out.push_back(joined.substr(i, j - i));
    i = j + 2;
  }
  return out;
}

bool is_initial(std::string_view w) {
  return w.size() == 1;
}

void read_name(mention& m) {
  auto words = words_of(m.name);
  if (words.size() >= 2 && !is_initial(words.front())) {
    m.full = true;
    m.given = text::to_lower(words.front());
    m.family = text::to_lower(words.back());
  } else if (words.size() >= 2) {  // "A. Kay"
    m.given = text::to_lower(words.front());
    m.family = text::to_lower(words.back());
  } else if (!words.empty()) {
    std::string_view w = words.front();
    m.initials = w.size() >= 2 && w.size() <= 4 && text::all_caps(w);
    m.given = m.family = text::to_lower(w);
  }
}

// Whether a partial mention could be cluster `c`'s person.
bool fits(const mention& m, const cluster& c) {
  if (m.initials) {
    return m.given.size() == 2 && c.given.front() == m.given[0] && c.family.front() == m.given[1];
  }
  if (m.given != m.family)  // "A. Kay": the initial and the surname
    return m.family == c.family && c.given.rfind(m.given, 0) == 0;
  return m.family == c.family || parser::keywords::same_given_name(m.given, c.given);
}

class people_deriver {
 public:
  explicit people_deriver(database& db) : db_(db) {}

  void run() {
    load();
    join_full_names();
    join_partial_names();
    write();
  }

 private:
  void load() {
    auto st = db_.prepare(
        "SELECT p.doc_id, p.person, p.name, p.aliases, m.series FROM people p "
        "JOIN meetings m USING (doc_id) "
        "ORDER BY m.series, m.date IS NULL, m.date, p.doc_id, CAST(substr(p.person, 2) AS INT)");
    while (st.step()) {
      mention m;
      m.doc_id = st.text(0);
      m.person = st.text(1);
      m.name = st.text(2);
      m.series = st.text(4);
      m.aliases = split_aliases(st.text(3));
      read_name(m);
      mentions_.push_back(std::move(m));
    }
  }

  std::size_t new_cluster(const mention& m) {
    clusters_.push_back(cluster{m.series, m.given, m.family, {}, {}, {}});
    return clusters_.size() - 1;
  }

  void attach(std::size_t k, std::size_t c) {
    mentions_[k].cluster = c;
    clusters_[c].mentions.push_back(k);
    clusters_[c].docs.insert(mentions_[k].doc_id);
    if (mentions_[k].full) clusters_[c].full_docs.insert(mentions_[k].doc_id);
  }

  // Full names: the same family name and the same given name, or its nickname.
  void join_full_names() {
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      const mention& m = mentions_[k];
      if (!m.full) continue;
      std::size_t found = clusters_.size();
      for (std::size_t c = 0; c < clusters_.size() && found == clusters_.size(); ++c) {
        const cluster& cl = clusters_[c];
        if (cl.series == m.series && cl.family == m.family &&
            (cl.given == m.given || parser::keywords::same_given_name(cl.given, m.given)))
          found = c;
      }
      attach(k, found < clusters_.size() ? found : new_cluster(m));
    }
  }

  void join_partial_names() {
    std::size_t full_clusters = clusters_.size();
    std::map<std::string, std::size_t> partial_clusters;  // series + name as written
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      mention& m = mentions_[k];
      if (m.full) continue;
      std::vector<std::size_t> here, elsewhere;  // fitting people of this document, of others
      for (std::size_t c = 0; c < full_clusters; ++c)
        if (clusters_[c].series == m.series && fits(m, clusters_[c]))
          (clusters_[c].full_docs.count(m.doc_id) ? here : elsewhere).push_back(c);
      // Two fitting people whose full names the document itself prints: its registry could
      // not choose, nor can we. One: the registry kept them apart on purpose ("Smith" sent
      // apologies, "Clare Smith" was present), so the mention is someone else — perhaps a
      // person of other meetings ("Cllr Holt" sent apologies while Maria Holt was present:
      // Peter). A document that prints no full name ("A. Kay" … "Andrea") gave its registry
      // nothing to join them by, so other meetings decide.
      const auto& fitting = here.size() >= 2 ? here : elsewhere;
      if (here.size() < 2 && fitting.size() == 1) {
        attach(k, fitting.front());
      } else if (!fitting.empty()) {
        m.ambiguous_between = fitting;  // no archive person: recorded, never guessed
      } else {
        auto [it, fresh] = partial_clusters.emplace(m.series + '\n' + text::to_lower(m.name), 0);
        if (fresh) it->second = new_cluster(m);
        attach(k, it->second);
      }
    }
  }

  // The fullest name a cluster's mentions give: the most words, then the longest.
  std::string best_name(std::size_t c) const {
    std::string best;
    for (std::size_t k : clusters_[c].mentions) {
      const std::string& n = mentions_[k].name;
      auto score = [](const std::string& s) { return std::pair(words_of(s).size(), s.size()); };
      if (best.empty() || score(n) > score(best)) best = n;
    }
    return best;
  }

  std::string variants(std::size_t c) const {
    std::set<std::string> all;
    for (std::size_t k : clusters_[c].mentions) {
      all.insert(mentions_[k].name);
      all.insert(mentions_[k].aliases.begin(), mentions_[k].aliases.end());
    }
    std::string out;
    for (const auto& v : all)
      if (!v.empty()) out += (out.empty() ? "" : "; ") + v;
    return out;
  }

  void write() {
    // Ids in order of first mention, full names and partial names alike.
    std::vector<std::size_t> order(clusters_.size());
    for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
    auto first = [&](std::size_t c) {
      return *std::min_element(clusters_[c].mentions.begin(), clusters_[c].mentions.end());
    };
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return first(a) < first(b); });
    auto person = db_.prepare("INSERT INTO archive_people VALUES (?,?,?,?)");
    auto link = db_.prepare("INSERT INTO person_links VALUES (?,?,?)");
    std::vector<std::string> ids(clusters_.size());
    for (std::size_t n = 0; n < order.size(); ++n) {
      std::size_t c = order[n];
      ids[c] = "H" + std::to_string(n + 1);
      person.bind(ids[c], clusters_[c].series, best_name(c), variants(c)).run();
    }
    auto doubt = db_.prepare("INSERT INTO ambiguities VALUES (?,?,?,?)");
    for (const auto& m : mentions_) {
      if (m.cluster != npos) {
        link.bind(m.doc_id, m.person, ids[m.cluster]).run();
        continue;
      }
      std::string candidates;
      for (std::size_t c : m.ambiguous_between)
        candidates += (candidates.empty() ? "" : "; ") + best_name(c);
      doubt.bind(m.doc_id, m.person, m.name, candidates).run();
    }
  }

  database& db_;
  std::vector<mention> mentions_;
  std::vector<cluster> clusters_;
};

}  // namespace

void derive_people(database& db) {
  people_deriver(db).run();
}

}  // namespace minutes::ledger

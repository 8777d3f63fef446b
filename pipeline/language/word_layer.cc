#include "pipeline/language/word_layer.h"

#include <algorithm>

namespace vanban {

void WordLayer::Add(std::vector<WordId> syllables, uint8_t classes) {
  if (syllables.empty() || syllables.size() > 255) return;
  pending_.push_back({std::move(syllables), classes});
}

void WordLayer::Finish() {
  // By first syllable, then longest first; among equal words the last added
  // first, so that only it is kept.
  std::vector<size_t> order(pending_.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) {
    const auto& x = pending_[a].syllables;
    const auto& y = pending_[b].syllables;
    if (x.front() != y.front()) return x.front() < y.front();
    if (x.size() != y.size()) return x.size() > y.size();
    if (x != y) return x < y;
    return a > b;
  });
  WordId max_first = 0;
  for (const Pending& p : pending_) max_first = std::max(max_first, p.syllables.front());
  first_begin_.assign(static_cast<size_t>(max_first) + 2, 0);
  const std::vector<WordId>* previous = nullptr;
  for (size_t k : order) {
    const Pending& p = pending_[k];
    if (previous && *previous == p.syllables) continue;  // added again: the last one stays
    previous = &p.syllables;
    Word w;
    w.rest = static_cast<uint32_t>(rest_.size());
    w.length = static_cast<uint8_t>(p.syllables.size());
    w.classes = p.classes;
    rest_.insert(rest_.end(), p.syllables.begin() + 1, p.syllables.end());
    words_.push_back(w);
    ++first_begin_[p.syllables.front() + 1];
  }
  for (size_t k = 1; k < first_begin_.size(); ++k) first_begin_[k] += first_begin_[k - 1];
  pending_.clear();
  pending_.shrink_to_fit();
}

WordAt WordLayer::LongestAt(std::span<const WordId> ids, size_t from) const {
  if (from >= ids.size()) return {};
  const WordId first = ids[from];
  if (first == 0 || first + 1 >= first_begin_.size()) return {};
  const size_t left = ids.size() - from;
  for (uint32_t k = first_begin_[first]; k < first_begin_[first + 1]; ++k) {
    const Word& w = words_[k];
    if (w.length > left) continue;
    const WordId* rest = rest_.data() + w.rest;
    bool same = true;
    for (size_t s = 1; s < w.length && same; ++s) same = ids[from + s] == rest[s - 1];
    if (same) return {w.length, w.classes};
  }
  return {};
}

}  // namespace vanban

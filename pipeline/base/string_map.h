// A hash map (and set) with std::string keys that is looked up by string_view as
// well: a lookup of a word of the text then allocates nothing.
//
// It is abseil's flat_hash_map: every word of a document is looked up in
// one (the per-thread word memory of Lexicon::KeyWord), and std::
// unordered_map's node chasing and modulo were an eighth of the text → JSON
// time. Its iteration order changes from run to run (the hash is seeded
// per process): nothing that reaches a record may depend on it.
#ifndef VANBAN_PIPELINE_BASE_STRING_MAP_H_
#define VANBAN_PIPELINE_BASE_STRING_MAP_H_

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/hash/hash.h>

#include <functional>
#include <string>
#include <string_view>

namespace vanban {

// Debian's abseil has its own string_view type, so its transparent string
// hash does not take std::string_view; this one does. (Hashing the
// std::string_view itself would go through std::hash.)
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return absl::Hash<absl::string_view>{}(absl::string_view(s.data(), s.size()));
  }
};

template <typename Value>
using StringMap = absl::flat_hash_map<std::string, Value, StringHash, std::equal_to<>>;

using StringSet = absl::flat_hash_set<std::string, StringHash, std::equal_to<>>;

}  // namespace vanban

#endif  // VANBAN_PIPELINE_BASE_STRING_MAP_H_

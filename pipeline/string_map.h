// A hash map with std::string keys that is looked up by string_view as
// well: a lookup of a word of the text then allocates nothing.
#ifndef VANBAN_PIPELINE_STRING_MAP_H_
#define VANBAN_PIPELINE_STRING_MAP_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace vanban {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace vanban

#endif  // VANBAN_PIPELINE_STRING_MAP_H_

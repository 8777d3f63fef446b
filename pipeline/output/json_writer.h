// A JSON text written straight into a string as values come, in the layout
// nlohmann::json's dump() gives (compact, or pretty with two-space indents):
// building a tree of JSON values and then dumping it was a sixth of the
// text → JSON time.
#ifndef VANBAN_PIPELINE_OUTPUT_JSON_WRITER_H_
#define VANBAN_PIPELINE_OUTPUT_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

class JsonWriter {
 public:
  // `pretty`: one member or element per line, indented by two spaces.
  explicit JsonWriter(bool pretty) : pretty_(pretty) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // The name of the next member; a value must follow. Written as it is:
  // names are the contract's fields, ASCII letters and underscores.
  void Key(std::string_view name);

  // UTF-8 text; a byte that is not part of a valid sequence is written as
  // U+FFFD, so the output is valid JSON whatever the input.
  void String(std::string_view s);
  // Text the caller knows to be well-formed UTF-8 (a page's text cut at
  // character boundaries): written as String writes it, without decoding.
  // Spans' texts are most of a record, and decoding them was most of the
  // cost of writing it.
  void WellFormedString(std::string_view s);
  void Int(int64_t v);
  // An integral value keeps a ".0", as nlohmann writes it ("7819.0").
  void Double(double v);
  void Bool(bool v);
  void Null();

  // Conveniences for the record's many optional members.
  void Member(std::string_view name, std::string_view s) {
    Key(name);
    String(s);
  }
  void MemberOrNull(std::string_view name, const std::optional<std::string>& s);
  void StringArray(const std::vector<std::string>& items);

  // The text written so far; the writer is left empty.
  std::string Take() { return std::move(out_); }

 private:
  // Separator, newline and indent before a value or a key.
  void NextItem();
  void Close(char bracket);
  void Indent();

  struct Level {
    size_t items = 0;
  };
  bool pretty_;
  bool after_key_ = false;
  std::vector<Level> levels_;
  std::string out_;
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OUTPUT_JSON_WRITER_H_

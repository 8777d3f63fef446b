// Figures as Vietnamese documents write them: dot thousands, comma
// decimals, an optional percent sign ("7.819", "20,3%", "1.500.000").
#ifndef VANBAN_PIPELINE_LANGUAGE_FIGURES_H_
#define VANBAN_PIPELINE_LANGUAGE_FIGURES_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace vanban {

struct Figure {
  std::string_view number;    // "20,3": the integer and the decimals
  std::string_view integer;   // "20"; "7.819" keeps its dots
  std::string_view decimals;  // "3", or empty
  bool percent = false;
  size_t end = 0;  // after the figure, the spaces that follow and a "%"
};

// The first figure at or after `from` in `text` that starts a word: at
// `from` itself, or after a space or "(". Thousands groups are read while
// a dot and three digits follow ("1.2345" reads "1.234"); a run of more
// than three digits before a dot is a plain integer ("2023.5" reads "2023").
std::optional<Figure> NextFigure(std::string_view text, size_t from);

// A number from 1 to 99 written in words at the start of `text` ("mười
// lăm", "ba mươi", "hai mươi mốt", "bảy"), in lower case or with a
// capital; `consumed` receives the bytes it took (without the space after
// it). None when the text opens with no such number.
std::optional<int> SpelledNumber(std::string_view text, size_t* consumed = nullptr);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_FIGURES_H_

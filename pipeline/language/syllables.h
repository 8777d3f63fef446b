// Vietnamese syllable structure: onset, vowel nucleus, coda, tone. Text
// scraped from portals has spaces inside syllables ("B ộ", "trung ươ n g",
// "Qu ả ng Ngãi"): the pieces are no syllables, the piece they make
// together is one, and that, not a dictionary, says where to join them.
#ifndef VANBAN_PIPELINE_LANGUAGE_SYLLABLES_H_
#define VANBAN_PIPELINE_LANGUAGE_SYLLABLES_H_

#include <string>
#include <string_view>

namespace vanban {

// Whether `word` (letters only, any case, NFC) is one Vietnamese syllable:
// an optional onset (b, ch, gh, ngh, qu, tr …), a vowel nucleus Vietnamese
// has (a, oa, ươ, uyê …) and the coda it allows (ng, nh, ch, c, m, n, p, t,
// or a glide), one tone mark at most. "Bộ", "ương", "Quảng", "ở" are;
// "B", "ng", "ươ" (ươ takes a coda), "UBND" are not.
bool IsSyllable(std::string_view word);

// `line` with the pieces of split syllables joined: a run of two to four
// space-separated pieces, one of them no word for certain (consonants only:
// "B ộ", "ươ n g", "Qu ả ng"; or a lone plain vowel after the first: "hộ
// i"), becomes one word when the pieces together make one syllable.
// Trailing punctuation on the last piece is kept. Returns whether anything
// was joined (most lines have no such piece and are left untouched).
bool JoinSplitSyllables(std::string* line);

// `line` with a space a scrape put one letter early moved back: a word
// that is no syllable whose last consonants, put before the next word,
// make two syllables ("Đầut ư" → "Đầu tư", "Kiểmt ra" → "Kiểm tra").
// Returns whether anything moved.
bool ShiftMisplacedSpaces(std::string* line);

// `line` with a space put back between two syllables a scrape glued, the
// second with its capital: a word that opens with a syllable of two letters
// or more in lower case and goes on with a capitalised syllable
// ("trưởngBộ" → "trưởng Bộ"). A word that opens with a capital or a lone
// letter ("ĐắkLắk", "eKYC", "iPhone") is left. Returns whether anything
// was split.
bool SplitGluedSyllables(std::string* line);

// `line` with the spacing a scrape leaves around punctuation closed up: a
// space before ",", ";", ":" or "." after a letter goes ("Xã hội , Tài
// chính" → "Xã hội, Tài chính"), and a dash glued to the capital after it
// gets its space ("Lao động -Thương binh" → "Lao động - Thương binh"), so
// that names read as typed text writes them.
void CloseUpScrapedSpacing(std::string* line);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_SYLLABLES_H_

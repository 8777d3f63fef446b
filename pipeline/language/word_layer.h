// The word layer: the words of Vietnamese (words.tsv, from @vntk/dictionary)
// and of administration (admin_words.tsv) with their word classes, looked up
// in running text by their syllables' lexicon ids.
//
// Kept apart from the grammars' PhraseList for its size: 30,000 words, of
// which a first syllable may begin dozens ("công tác", "công an", "công
// nghệ" …). Its index is flat — per first syllable a run of words, longest
// first, with their further syllables in one array — so that a lookup reads
// two or three cache lines instead of chasing a pointer per candidate word
// (which made the lookup a memory stall).
#ifndef VANBAN_PIPELINE_LANGUAGE_WORD_LAYER_H_
#define VANBAN_PIPELINE_LANGUAGE_WORD_LAYER_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "pipeline/model/document.h"

namespace vanban {

// Word classes: a word may have several.
enum WordClass : uint8_t {
  kNoun = 1 << 0,
  kVerb = 1 << 1,
  kAdjective = 1 << 2,
  kAdverb = 1 << 3,
  kPreposition = 1 << 4,
  kPronoun = 1 << 5,
  kConjunction = 1 << 6,
  kNumeral = 1 << 7,
};

// A word of the layer found in running text.
struct WordAt {
  size_t length = 0;    // its syllables; 0 when no word of the layer starts here
  uint8_t classes = 0;  // WordClass bits
};

class WordLayer {
 public:
  // Adds a word by its syllables' ids (none 0) with its classes; a word
  // added twice keeps the classes it was added with last. Then Finish().
  void Add(std::vector<WordId> syllables, uint8_t classes);
  // Builds the index; Add after it is not allowed.
  void Finish();

  // The longest word whose syllables the ids give at `from`, or a WordAt
  // of length 0.
  WordAt LongestAt(std::span<const WordId> ids, size_t from) const;

 private:
  struct Word {
    uint32_t rest = 0;    // its syllables after the first: rest_[rest, rest + length - 1)
    uint8_t length = 0;   // its syllables
    uint8_t classes = 0;
  };
  struct Pending {
    std::vector<WordId> syllables;
    uint8_t classes;
  };
  std::vector<Pending> pending_;
  std::vector<uint32_t> first_begin_;  // words of first syllable k: [first_begin_[k], first_begin_[k + 1])
  std::vector<Word> words_;            // by first syllable, longest first
  std::vector<WordId> rest_;
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_LANGUAGE_WORD_LAYER_H_

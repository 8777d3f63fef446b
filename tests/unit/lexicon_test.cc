#include "pipeline/language/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "pipeline/language/text_util.h"
#include "test_support.h"

namespace vanban {
namespace {

using testing::Lex;

std::vector<WordId> IdsOfText(std::string_view text) {
  return Lex().IdsOf(Words(text));
}

TEST(LexiconIds, PhraseWordsHaveIdsOtherWordsNone) {
  // "Ủy ban nhân dân" is an agency head; "Zalo" is in no phrase and no
  // word of the word layer.
  const auto ids = IdsOfText("Ủy ban nhân dân Zalo");
  ASSERT_EQ(ids.size(), 5u);
  for (size_t k = 0; k < 4; ++k) EXPECT_NE(ids[k], 0u) << k;
  EXPECT_EQ(ids[4], 0u);
}

TEST(LexiconIds, CaseTonePlacementAndPunctuationGiveTheSameId) {
  // Keys fold case and tone placement; WordKeys drops the punctuation.
  EXPECT_EQ(IdsOfText("ỦY BAN,"), IdsOfText("Uỷ ban"));
  EXPECT_NE(IdsOfText("ban")[0], IdsOfText("sở")[0]);
}

TEST(LexiconIds, KeyWordKeysAsWordKeysAndIdOfDoAndRemembers) {
  for (std::string_view w : {"Ủy", "BAN,", "(xoài", "Uỷ", "tỉnh;", "UBND", "2025"}) {
    const std::string key = WordKeys({w})[0];
    for (int round = 0; round < 2; ++round) {  // the second from memory
      const Lexicon::KeyedWord keyed = Lex().KeyWord(w);
      EXPECT_EQ(keyed.key, key) << w;
      EXPECT_EQ(keyed.id, Lex().IdOf(key)) << w;
    }
  }
}

// The function words the extractors test by id have ids of their own, the
// ones running text gets for them in any case and with punctuation.
TEST(LexiconIds, FunctionWordsHaveDistinctIdsRunningTextFinds) {
  const Lexicon::FunctionWords& f = Lex().function_words();
  const std::vector<WordId> want = {f.cac, f.va, f.voi, f.ve, f.cua, f.xa, f.hoi};
  EXPECT_EQ(IdsOfText("Các và, VỚI về của Xã hội."), want);
  for (size_t a = 0; a < want.size(); ++a) {
    EXPECT_NE(want[a], 0u) << a;
    for (size_t b = a + 1; b < want.size(); ++b) EXPECT_NE(want[a], want[b]) << a << " " << b;
  }
  EXPECT_NE(IdsOfText("vả")[0], f.va);  // another tone, another word
}

// Expand and AbbreviatesBody look only where an abbreviation's first two
// bytes are; words sharing the first byte alone are still told apart.
TEST(LexiconAbbreviations, ExactSpellingOnlyWhateverTheFirstBytes) {
  ASSERT_NE(Lex().Expand("UBND"), nullptr);
  EXPECT_EQ(*Lex().Expand("UBND"), "Ủy ban nhân dân");
  EXPECT_TRUE(Lex().AbbreviatesBody("UBND"));
  EXPECT_TRUE(Lex().AbbreviatesBody("BCĐ"));
  for (std::string_view w : {"U", "UB", "UBN", "UBNDD", "ubnd", "Ban", "B", "", "Ủy"}) {
    EXPECT_EQ(Lex().Expand(w), nullptr) << w;
    EXPECT_FALSE(Lex().AbbreviatesBody(w)) << w;
  }
}

TEST(LexiconLoad, RefusesAnAbbreviationRowWithoutItsShortForm) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("vanban_lexicon_test_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::copy(Lexicon::DefaultDir(), dir);
  std::ofstream(dir / "abbreviations.tsv", std::ios::app) << "\tỦy ban nhân dân\n";
  const auto lex = Lexicon::Load(dir.string());
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.error().find("abbreviations.tsv"), std::string::npos) << lex.error();
  std::filesystem::remove_all(dir);
}

TEST(PhraseListIds, FindsTheFirstPhraseInFileOrderAndOnlyWholePhrases) {
  const PhraseList& heads = Lex().agency_heads();
  // agency_kinds.tsv lists "Hội đồng nhân dân" before "Hội đồng" and "Hội".
  const auto full = IdsOfText("Hội đồng nhân dân tỉnh");
  ASSERT_NE(heads.Find(full, 0), nullptr);
  EXPECT_EQ(heads.Find(full, 0)->text, "Hội đồng nhân dân");
  EXPECT_EQ(heads.Match(IdsOfText("Hội đồng thi"), 0), 2u);
  // A word in no phrase, and a position past the end, find nothing.
  EXPECT_EQ(heads.Find(IdsOfText("xoài Sở"), 0), nullptr);
  EXPECT_EQ(heads.Find(full, 5), nullptr);
}

}  // namespace
}  // namespace vanban

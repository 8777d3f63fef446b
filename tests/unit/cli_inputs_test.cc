#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "tools/vanban/inputs.h"

namespace vanban::cli {
namespace {

namespace fs = std::filesystem;

TEST(OutputName, KeepsThePathSoNamesDoNotDependOnTheBatch) {
  EXPECT_EQ(OutputName("x.txt"), "x.txt");
  EXPECT_EQ(OutputName("./d1/a.txt"), "d1/a.txt");
  EXPECT_EQ(OutputName("d2/a.txt"), "d2/a.txt");
  // Never outside DIR.
  EXPECT_EQ(OutputName("../shared/a.pdf"), "__/shared/a.pdf");
  EXPECT_EQ(OutputName("/nonexistent-root/inbox/a.pdf"), "nonexistent-root/inbox/a.pdf");
  EXPECT_EQ(OutputName((fs::current_path() / "in" / "b.pdf").string()), "in/b.pdf");
  EXPECT_EQ(OutputName("-"), "stdin");
}

TEST(InShard, EveryNameFallsToExactlyOneShard) {
  std::map<int, int> per_shard;
  for (int i = 0; i < 300; ++i) {
    const std::string name = "inbox/" + std::to_string(i) + ".pdf";
    int shards = 0;
    for (int k = 1; k <= 4; ++k) {
      if (InShard(name, k, 4)) {
        ++shards;
        ++per_shard[k];
      }
    }
    EXPECT_EQ(shards, 1) << name;
  }
  // A hash that splits: no shard is empty or takes most.
  for (int k = 1; k <= 4; ++k) EXPECT_GT(per_shard[k], 40) << k;
  EXPECT_TRUE(InShard("anything", 1, 1));
}

class ExpandInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vanban-inputs-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "inbox" / "sub");
    fs::create_directories(dir_ / "inbox" / ".hidden");
    fs::create_directories(dir_ / "inbox" / "out");
    Write("inbox/b.txt", "Số: 12/KH-UBND\nKẾ HOẠCH\n");
    // Text with no document extension, longer than the 4096 bytes sniffed,
    // cut after the first byte of an "ờ" (three bytes): 14 bytes, then
    // units of four.
    std::string long_text = "Kế hoạchab";
    while (long_text.size() < 5000) long_text += " ờ";
    Write("inbox/sub/notes", long_text);
    Write("inbox/sub/a.pdf", "%PDF-1.4\n%...");
    Write("inbox/record.json", "{\"schema\": \"vanban/1\"}\n");
    Write("inbox/blob.bin", std::string("\x00\x01\x02\xff", 4));
    Write("inbox/broken.pdf", std::string("\x00\x01\x02\xff", 4));
    Write("inbox/.hidden/c.txt", "Kế hoạch\n");
    Write("inbox/out/d.txt", "Kế hoạch\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& rel, const std::string& bytes) {
    std::ofstream(dir_ / rel, std::ios::binary) << bytes;
  }
  fs::path dir_;
};

TEST_F(ExpandInputsTest, FindsDocumentsByContentInNameOrder) {
  std::vector<Input> inputs;
  std::vector<std::string> empty;
  std::string error;
  const std::string inbox = (dir_ / "inbox").string();
  ASSERT_TRUE(ExpandInputs({inbox}, "", (dir_ / "inbox" / "out").string(), &inputs, &empty,
                           &error));
  std::vector<std::string> paths;
  for (const Input& in : inputs) paths.push_back(fs::path(in.path).lexically_relative(dir_));
  // Not the JSON record, the binary blob, the hidden folder or the output;
  // a broken file named as a document is taken, to get its error record.
  EXPECT_EQ(paths, (std::vector<std::string>{"inbox/b.txt", "inbox/broken.pdf",
                                             "inbox/sub/a.pdf", "inbox/sub/notes"}));
  EXPECT_TRUE(empty.empty());
}

TEST_F(ExpandInputsTest, ReadsAFileOnceAndNamesEmptyDirectories) {
  std::vector<Input> inputs;
  std::vector<std::string> empty;
  std::string error;
  const std::string b = (dir_ / "inbox" / "b.txt").string();
  const std::string b_again = (dir_ / "inbox" / "sub" / ".." / "b.txt").string();
  fs::create_directories(dir_ / "nothing");
  ASSERT_TRUE(ExpandInputs({b, b_again, (dir_ / "nothing").string()}, "", "", &inputs, &empty,
                           &error));
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].path, b);
  EXPECT_EQ(empty, (std::vector<std::string>{(dir_ / "nothing").string()}));
}

TEST_F(ExpandInputsTest, ExplicitFilesAreTakenWhateverTheyHold) {
  // The user named it: it gets a record or an error record, not silence.
  std::vector<Input> inputs;
  std::vector<std::string> empty;
  std::string error;
  const std::string blob = (dir_ / "inbox" / "blob.bin").string();
  ASSERT_TRUE(ExpandInputs({blob, "-"}, "", "", &inputs, &empty, &error));
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(inputs[1].name, "stdin");
  EXPECT_FALSE(ExpandInputs({"-", "-"}, "", "", &inputs, &empty, &error));
}

TEST_F(ExpandInputsTest, ListFileAddsPaths) {
  Write("list.txt", (dir_ / "inbox" / "b.txt").string() + "\r\n\n" +
                        (dir_ / "inbox" / "sub" / "a.pdf").string() + "\n");
  std::vector<Input> inputs;
  std::vector<std::string> empty;
  std::string error;
  ASSERT_TRUE(ExpandInputs({}, (dir_ / "list.txt").string(), "", &inputs, &empty, &error));
  EXPECT_EQ(inputs.size(), 2u);
  EXPECT_FALSE(ExpandInputs({}, (dir_ / "missing.txt").string(), "", &inputs, &empty, &error));
  EXPECT_NE(error.find("missing.txt"), std::string::npos);
}

}  // namespace
}  // namespace vanban::cli

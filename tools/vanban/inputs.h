// What a batch reads: the inputs named on the command line, in a list
// file, found under directories, or standard input, each with the name its
// outputs take under -o DIR.
#ifndef VANBAN_TOOLS_VANBAN_INPUTS_H_
#define VANBAN_TOOLS_VANBAN_INPUTS_H_

#include <string>
#include <vector>

namespace vanban::cli {

// "-": the input is standard input.
inline constexpr char kStdin[] = "-";

struct Input {
  std::string path;  // as given or as found under a directory; "-" for stdin
  // Where its outputs go under -o DIR, the extension added: the path kept
  // as it is relative to the working directory ("inbox/a.pdf"), so that it
  // is the same whatever else the batch holds and two inputs never share
  // one. Absolute paths outside the working directory lose their root,
  // ".." becomes "__"; standard input is "stdin".
  std::string name;
  // What its record calls the file, when not `path`: the service reads a
  // request's body from a file of its own and reports the client's name.
  std::string label;
};

// The inputs of `args` in order: a file as it is (whatever it holds: an
// unreadable one gets its error record), a directory's documents found
// recursively in name order (files whose first bytes make them a PDF, an
// image or text that is not JSON, and files named .pdf, .txt, .md, .png,
// .jpg, .jpeg, .tif or .tiff whatever they hold, so that a broken
// document gets its error record; hidden files and folders, and
// `skip_dir`, left out), "-" as standard input. A file named twice (by two
// spellings of its path) is read once. `listed` adds the paths of a list
// file, one per line ("-": the list is standard input).
// Directories that hold no document go to `empty_dirs`. On failure (a list
// that cannot be read, stdin asked for twice) returns false with `error`
// set.
bool ExpandInputs(const std::vector<std::string>& args, const std::string& listed,
                  const std::string& skip_dir, std::vector<Input>* inputs,
                  std::vector<std::string>* empty_dirs, std::string* error);

// The output name of `path` (see Input::name).
std::string OutputName(const std::string& path);

// Whether `name` falls to shard `k` of `n` (1 ≤ k ≤ n): by a hash of the
// name, so that machines given the same archive split it with no
// coordination and each input falls to exactly one of them.
bool InShard(const std::string& name, int k, int n);

}  // namespace vanban::cli

#endif  // VANBAN_TOOLS_VANBAN_INPUTS_H_

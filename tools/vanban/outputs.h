// Where a batch writes with -o DIR: one file per input, at DIR/NAME.EXT
// (NAME from Input::name, so "inbox/a.pdf" gives DIR/inbox/a.pdf.json),
// written atomically, never onto an input, and a manifest of what is
// finished so that --resume can skip it.
#ifndef VANBAN_TOOLS_VANBAN_OUTPUTS_H_
#define VANBAN_TOOLS_VANBAN_OUTPUTS_H_

#include <map>
#include <mutex>
#include <set>
#include <string>

namespace vanban::cli {

class OutputDir {
 public:
  // Creates `dir` when missing, reads its manifest and removes the
  // temporary files of this host's runs that were killed. `inputs` are the
  // canonical paths of the batch's inputs: no output is written onto one.
  // Returns false with `error` set when the directory cannot be made.
  bool Open(const std::string& dir, std::set<std::string> inputs, std::string* error);

  // Whether NAME.EXT holds an output made from bytes of `sha256` by
  // `producer` (version and data digest), so that --resume may skip it.
  bool Done(const std::string& file, const std::string& sha256, const std::string& producer) const;

  // Writes `content` to `file` (a path under the directory) through a
  // temporary file that is synced and renamed over it: a reader or a
  // kill never sees half a file. Then removes `error_file`, the input's
  // error record of an earlier run, and adds the output to the manifest.
  // On failure returns false with `error` set and leaves what was there.
  bool Write(const std::string& file, const std::string& error_file, const std::string& content,
             const std::string& sha256, const std::string& producer, std::string* error);

  // Writes an error record to `file` (NAME.error.json), as Write does but
  // without a manifest entry: --resume tries the input again.
  bool WriteError(const std::string& file, const std::string& content, std::string* error);

  const std::string& dir() const { return dir_; }

 private:
  bool WriteAtomically(const std::string& file, const std::string& content, std::string* error);

  std::string dir_;
  std::set<std::string> inputs_;
  struct Entry {
    std::string sha256;
    std::string producer;
  };
  std::map<std::string, Entry> done_;  // by file, relative to dir_
  std::mutex mu_;                      // the manifest file
};

// The manifest's name inside DIR: JSON Lines, one line per finished output.
inline constexpr char kManifest[] = ".vanban-done.jsonl";

}  // namespace vanban::cli

#endif  // VANBAN_TOOLS_VANBAN_OUTPUTS_H_

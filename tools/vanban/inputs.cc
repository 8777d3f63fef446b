#include "tools/vanban/inputs.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <system_error>

#include "pipeline/ingest/media_type.h"

namespace vanban::cli {

namespace {

namespace fs = std::filesystem;

// What the content sniffer needs to tell a document from other files.
constexpr size_t kSniffBytes = 4096;

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

// Names that claim a document: such a file is an input even when its
// bytes are broken (empty, truncated, another encoding), so that it gets
// an error record instead of being passed over.
bool NamedAsDocument(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* known : {".pdf", ".txt", ".md", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}) {
    if (ext == known) return true;
  }
  return false;
}

// A PDF, an image, or text that is not a JSON file (records and gold
// files often sit beside the documents).
bool LooksLikeDocument(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  if (head.empty()) return false;
  if (head.size() == kSniffBytes) {
    // The cut may have split a UTF-8 sequence: end before its lead byte.
    size_t end = head.size();
    while (end > 0 && (static_cast<unsigned char>(head[end - 1]) & 0xC0) == 0x80) --end;
    if (end > 0 && static_cast<unsigned char>(head[end - 1]) >= 0xC0) --end;
    head.resize(end);
  }
  const MediaType type = SniffMediaType(head);
  if (type != MediaType::kText) return type != MediaType::kUnknown;
  const size_t first = head.find_first_not_of(" \t\r\n");
  return first == std::string::npos || (head[first] != '{' && head[first] != '[');
}

void Walk(const fs::path& dir, const fs::path& skip, std::vector<std::string>* found) {
  std::error_code ec;
  std::vector<fs::path> entries;
  for (const auto& e : fs::directory_iterator(dir, ec)) entries.push_back(e.path());
  std::sort(entries.begin(), entries.end());
  for (const fs::path& p : entries) {
    if (IsHidden(p)) continue;
    if (fs::is_directory(p, ec)) {
      if (!skip.empty() && fs::equivalent(p, skip, ec)) continue;
      Walk(p, skip, found);
    } else if (fs::is_regular_file(p, ec) && (NamedAsDocument(p) || LooksLikeDocument(p))) {
      found->push_back(p.string());
    }
  }
}

bool ReadList(const std::string& listed, std::vector<std::string>* paths, std::string* error) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (listed != kStdin) {
    file.open(listed);
    if (!file) {
      *error = "cannot read the list " + listed;
      return false;
    }
    in = &file;
  }
  std::string line;
  while (std::getline(*in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) paths->push_back(line);
  }
  return true;
}

}  // namespace

std::string OutputName(const std::string& path) {
  if (path == kStdin) return "stdin";
  std::error_code ec;
  fs::path p = fs::path(path).lexically_normal();
  if (p.is_absolute()) {
    const fs::path cwd = fs::current_path(ec);
    const fs::path rel = p.lexically_relative(cwd);
    p = !rel.empty() && *rel.begin() != ".." ? rel : p.relative_path();
  }
  fs::path out;
  for (const fs::path& part : p) {
    if (part == "..") out /= "__";
    else if (part != "." && !part.empty()) out /= part;
  }
  return out.string();
}

bool InShard(const std::string& name, int k, int n) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a
  for (unsigned char c : name) h = (h ^ c) * 1099511628211ull;
  return static_cast<int>(h % static_cast<uint64_t>(n)) == k - 1;
}

bool ExpandInputs(const std::vector<std::string>& args, const std::string& listed,
                  const std::string& skip_dir, std::vector<Input>* inputs,
                  std::vector<std::string>* empty_dirs, std::string* error) {
  std::vector<std::string> paths = args;
  if (!listed.empty() && !ReadList(listed, &paths, error)) return false;
  const bool stdin_list = listed == kStdin;
  std::set<std::string> seen;
  bool stdin_taken = false;
  for (const std::string& arg : paths) {
    std::error_code ec;
    std::vector<std::string> found;
    if (arg == kStdin) {
      if (stdin_list || stdin_taken) {
        *error = "standard input can be read only once";
        return false;
      }
      stdin_taken = true;
      found.push_back(arg);
    } else if (fs::is_directory(arg, ec)) {
      Walk(arg, skip_dir.empty() ? fs::path() : fs::path(skip_dir), &found);
      if (found.empty()) empty_dirs->push_back(arg);
    } else {
      found.push_back(arg);
    }
    for (std::string& path : found) {
      // Two spellings of one file ("a.txt", "./a.txt") are one input.
      const fs::path canonical = fs::weakly_canonical(path, ec);
      if (!seen.insert(ec || path == kStdin ? path : canonical.string()).second) continue;
      inputs->push_back({path, OutputName(path), ""});
    }
  }
  return true;
}

}  // namespace vanban::cli

#include "tools/vanban/outputs.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <system_error>

namespace vanban::cli {

namespace {

namespace fs = std::filesystem;

// write(2) until all is written.
bool WriteAll(int fd, const std::string& content) {
  size_t at = 0;
  while (at < content.size()) {
    const ssize_t n = ::write(fd, content.data() + at, content.size() - at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    at += static_cast<size_t>(n);
  }
  return true;
}

// ".part-HOST-PID": whose temporary file it is, so that a rerun can tell a
// dead process's leftovers from those of a shard still writing.
std::string PartSuffix() {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  return std::string(".part-") + host + "-" + std::to_string(::getpid());
}

// Temporary files this host's killed runs left in `dir`.
void RemoveStaleParts(const fs::path& dir) {
  const std::string mine = PartSuffix();
  const std::string prefix = mine.substr(0, mine.rfind('-') + 1);  // ".part-HOST-"
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const size_t at = name.rfind(prefix);
    if (at == std::string::npos) continue;
    const std::string pid = name.substr(at + prefix.size());
    // A pid has at most seven digits on Linux; longer is no file of ours
    // (and would overflow stoi).
    if (pid.empty() || pid.size() > 9 || pid.find_first_not_of("0123456789") != std::string::npos) {
      continue;
    }
    if (::kill(std::stoi(pid), 0) != 0 && errno == ESRCH) fs::remove(it->path(), ec);
  }
}

}  // namespace

bool OutputDir::Open(const std::string& dir, std::set<std::string> inputs, std::string* error) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    *error = "cannot create " + dir + (ec ? ": " + ec.message() : "");
    return false;
  }
  dir_ = dir;
  inputs_ = std::move(inputs);
  RemoveStaleParts(dir);
  std::ifstream in(fs::path(dir) / kManifest);
  std::string line;
  while (std::getline(in, line)) {
    // A line cut short by a kill is not JSON: that output is redone.
    const auto entry = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!entry.is_object() || !entry.contains("file")) continue;
    done_[entry.value("file", "")] = {entry.value("sha256", ""), entry.value("producer", "")};
  }
  return true;
}

bool OutputDir::Done(const std::string& file, const std::string& sha256,
                     const std::string& producer) const {
  const auto it = done_.find(file);
  std::error_code ec;
  return it != done_.end() && it->second.sha256 == sha256 && it->second.producer == producer &&
         fs::is_regular_file(fs::path(dir_) / file, ec);
}

bool OutputDir::WriteAtomically(const std::string& file, const std::string& content,
                                std::string* error) {
  const fs::path target = fs::path(dir_) / file;
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(target, ec);
  if (!ec && inputs_.count(canonical.string())) {
    *error = target.string() + " is an input of this batch: not overwritten";
    return false;
  }
  fs::create_directories(target.parent_path(), ec);
  const std::string tmp = target.string() + PartSuffix();
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = "cannot write " + tmp + ": " + std::strerror(errno);
    return false;
  }
  const bool written = WriteAll(fd, content) && ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!written || std::rename(tmp.c_str(), target.c_str()) != 0) {
    *error = "cannot write " + target.string() + ": " + std::strerror(written ? errno : saved);
    ::unlink(tmp.c_str());
    return false;
  }
  return true;
}

bool OutputDir::Write(const std::string& file, const std::string& error_file,
                      const std::string& content, const std::string& sha256,
                      const std::string& producer, std::string* error) {
  if (!WriteAtomically(file, content, error)) return false;
  std::error_code ec;
  fs::remove(fs::path(dir_) / error_file, ec);
  nlohmann::json entry = {{"file", file}, {"sha256", sha256}, {"producer", producer}};
  const std::string line = entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard<std::mutex> lock(mu_);
  // One write of one line with O_APPEND: shards writing into one
  // directory at once do not interleave their lines.
  const std::string manifest = (fs::path(dir_) / kManifest).string();
  const int fd = ::open(manifest.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0 || !WriteAll(fd, line) || ::fsync(fd) != 0) {
    if (fd >= 0) ::close(fd);
    *error = "cannot add to " + manifest + ": " + std::strerror(errno);
    return false;
  }
  ::close(fd);
  done_[file] = {sha256, producer};
  return true;
}

bool OutputDir::WriteError(const std::string& file, const std::string& content,
                           std::string* error) {
  return WriteAtomically(file, content, error);
}

}  // namespace vanban::cli

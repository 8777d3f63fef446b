#include "pipeline/base/library_messages.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <string_view>

namespace vanban {

namespace {

// What is kept of one call's messages: the first of a decoder's complaints
// say what is wrong, the rest repeat it row by row.
constexpr size_t kMaxMessageBytes = 300;

struct Route {
  std::mutex mu;
  int buffer = -1;  // memfd that descriptor 2 points at while a decoder runs
  int own = -1;     // the process's real standard error
};

Route& TheRoute() {
  static Route route;
  return route;
}

// Descriptor 2 back on the real standard error, however `work` ends.
struct Restore {
  int own;
  ~Restore() {
    std::fflush(stderr);
    dup2(own, STDERR_FILENO);
  }
};

// The text as one line: its lines joined by "; ", a line repeating the one
// before it left out (libjpeg says the same of every damaged segment).
std::string OneLine(std::string_view text) {
  std::string out;
  std::string_view last;
  while (!text.empty() && out.size() < kMaxMessageBytes) {
    const size_t end = std::min(text.find_first_of("\r\n"), text.size());
    std::string_view line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    while (!line.empty() && static_cast<unsigned char>(line.back()) <= ' ') line.remove_suffix(1);
    if (line.empty() || line == last) continue;
    last = line;
    if (!out.empty()) out += "; ";
    for (char c : line) {
      if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  return out.substr(0, kMaxMessageBytes);
}

}  // namespace

int RouteLibraryMessages() {
  Route& r = TheRoute();
  std::lock_guard<std::mutex> lock(r.mu);
  if (r.own >= 0) return r.own;
  const int buffer = memfd_create("vanban-library-messages", MFD_CLOEXEC);
  if (buffer < 0) return -1;
  const int own = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
  if (own < 0) {
    close(buffer);
    return -1;
  }
  r.buffer = buffer;
  r.own = own;
  return own;
}

std::string CollectLibraryMessages(const std::function<void()>& work) {
  Route& r = TheRoute();
  std::unique_lock<std::mutex> lock(r.mu);
  if (r.buffer < 0) {
    lock.unlock();
    work();
    return "";
  }
  std::fflush(stderr);
  if (ftruncate(r.buffer, 0) != 0 || lseek(r.buffer, 0, SEEK_SET) != 0 ||
      dup2(r.buffer, STDERR_FILENO) < 0) {
    work();
    return "";
  }
  {
    Restore restore{r.own};
    work();
  }
  char text[kMaxMessageBytes * 4];
  const ssize_t n = pread(r.buffer, text, sizeof text, 0);
  return n > 0 ? OneLine(std::string_view(text, static_cast<size_t>(n))) : "";
}

}  // namespace vanban

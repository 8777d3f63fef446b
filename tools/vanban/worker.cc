#include "tools/vanban/worker.h"

#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "pipeline/language/lexicon.h"
#include "pipeline/ocr/ocr_pool.h"

extern char** environ;

namespace vanban::cli {

namespace {

using nlohmann::json;

// Each worker reads one document at a time. With one OCR thread each, a
// batch's last scan was read on one core while the others idled: the nine
// dev scans at -j2 took 14.5% longer than in one process (22.4 s against
// 19.6 s). Two threads a worker bring it to 1.3% (19.1 s against 18.9 s),
// at the price of two Tesseract engines a worker.
constexpr int kOcrThreadsPerWorker = 2;

json OutcomeJson(const Outcome& o) {
  json j = {{"sha256", o.sha256}, {"content", o.content}, {"skipped", o.skipped},
            {"incomplete", o.incomplete}};
  if (o.error) j["error"] = {{"code", o.error->code}, {"message", o.error->message}};
  return j;
}

Outcome OutcomeOf(const json& j) {
  Outcome o;
  o.sha256 = j.at("sha256").get<std::string>();
  o.content = j.at("content").get<std::string>();
  o.skipped = j.at("skipped").get<bool>();
  o.incomplete = j.at("incomplete").get<bool>();
  if (j.contains("error")) {
    o.error = Error{j["error"].at("message").get<std::string>(),
                    j["error"].at("code").get<std::string>()};
  }
  return o;
}

bool SendAll(int fd, const std::string& bytes) {
  size_t sent = 0;
  while (sent < bytes.size()) {
    // MSG_NOSIGNAL: a worker that died must not take the batch with it
    // through SIGPIPE.
    const ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    sent += static_cast<size_t>(n);
  }
  return true;
}

bool WriteAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// "signal 6 (Aborted)", "exit status 3".
std::string HowItEnded(int status) {
  if (WIFSIGNALED(status)) {
    return "signal " + std::to_string(WTERMSIG(status)) + " (" + strsignal(WTERMSIG(status)) + ")";
  }
  if (WIFEXITED(status)) return "exit status " + std::to_string(WEXITSTATUS(status));
  return "status " + std::to_string(status);
}

// {"path": ..., "label": ..., "format": ..., "document_seconds": ...}, the
// last three only when set.
std::string RequestLine(const Input& in, const ReadRequest& request) {
  json j = {{"path", in.path}};
  if (!in.label.empty()) j["label"] = in.label;
  if (!request.format.empty()) j["format"] = request.format;
  if (request.document_seconds) j["document_seconds"] = *request.document_seconds;
  return j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string WorkerSettings(const BatchOptions& options, bool to_dir, bool pretty) {
  const Limits& l = options.limits;
  return json{{"format", options.format},
              {"ocr", options.ocr},
              {"ocr_timeout_s", options.ocr_timeout_s},
              {"to_dir", to_dir},
              {"pretty", pretty},
              {"max_input_bytes", l.max_input_bytes},
              {"max_pages", l.max_pages},
              {"max_pixels", l.max_pixels},
              {"max_line_bytes", l.max_line_bytes},
              {"max_lines", l.max_lines},
              {"document_seconds", l.document_seconds}}
      .dump();
}

int RunWorker(const std::string& settings, const Lexicon& lex) {
  BatchOptions options;
  bool to_dir = false, pretty = false;
  try {
    const json s = json::parse(settings);
    options.format = s.at("format");
    options.ocr = s.at("ocr");
    options.ocr_timeout_s = s.at("ocr_timeout_s");
    to_dir = s.at("to_dir");
    pretty = s.at("pretty");
    options.limits.max_input_bytes = s.at("max_input_bytes");
    options.limits.max_pages = s.at("max_pages");
    options.limits.max_pixels = s.at("max_pixels");
    options.limits.max_line_bytes = s.at("max_line_bytes");
    options.limits.max_lines = s.at("max_lines");
    options.limits.document_seconds = s.at("document_seconds");
  } catch (const json::exception& e) {
    std::cerr << "vanban: worker settings: " << e.what() << "\n";
    return 2;
  }
  // The batch decides when to stop: a Ctrl-C sent to the whole process
  // group lets the document in hand finish; the end of the requests ends
  // the worker.
  std::signal(SIGINT, SIG_IGN);
  std::signal(SIGTERM, SIG_IGN);
  // Replies go to a descriptor of their own; anything a library prints to
  // standard output goes to standard error instead of into a reply.
  const int replies = dup(STDOUT_FILENO);
  if (replies < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) return 1;
  std::unique_ptr<OcrPool> ocr;
  if (options.ocr) {
    OcrSettings ocr_settings;
    ocr_settings.deadline_ms = static_cast<int>(options.ocr_timeout_s * 1000);
    ocr = std::make_unique<OcrPool>(kOcrThreadsPerWorker, ocr_settings);
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    Outcome o;
    try {
      const json request = json::parse(line);
      BatchOptions asked = options;
      if (request.contains("format")) asked.format = request["format"];
      if (request.contains("document_seconds")) {
        asked.limits.document_seconds = request["document_seconds"];
      }
      const Input in{request.at("path"), "", request.value("label", "")};
      const Reader reader{asked, lex, ocr.get(), to_dir, pretty};
      o = ReadInput(in, reader, [](const std::string&) { return false; });
    } catch (const json::exception& e) {
      o.error = Error{std::string("internal error: bad request: ") + e.what(), "internal"};
    }
    const std::string reply =
        OutcomeJson(o).dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    if (!WriteAll(replies, reply)) return 1;
  }
  return 0;
}

Workers::Workers(std::string settings, int count, double seconds)
    : settings_(std::move(settings)), seconds_(seconds), idle_(std::max(count, 1)) {}

Workers::~Workers() {
  for (Child& c : idle_) Reap(&c, /*kill_it=*/false);
}

std::optional<Workers::Child> Workers::Take(
    const std::optional<std::chrono::steady_clock::time_point>& until) {
  std::unique_lock<std::mutex> lock(mu_);
  auto some_idle = [this] { return !idle_.empty(); };
  if (!until) {
    idle_changed_.wait(lock, some_idle);
  } else if (!idle_changed_.wait_until(lock, *until, some_idle)) {
    return std::nullopt;
  }
  Child c = idle_.back();
  idle_.pop_back();
  return c;
}

void Workers::Give(Child c) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(c);
  }
  idle_changed_.notify_one();
}

bool Workers::Start(Child* c) const {
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return false;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  std::string program = "/proc/self/exe";
  std::vector<char*> argv = {const_cast<char*>("vanban"), const_cast<char*>("extract"),
                             const_cast<char*>("--worker"), const_cast<char*>(settings_.c_str()),
                             nullptr};
  // A worker starts with no signal blocked and SIGPIPE as default, whatever
  // the parent set for itself (the service blocks SIGTERM in every thread
  // to take it in one, and ignores SIGPIPE).
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, pipe;
  sigemptyset(&none);
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &pipe);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, program.c_str(), &actions, &attr, argv.data(), environ);
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    return false;
  }
  *c = Child{pid, fds[0]};
  return true;
}

bool Workers::Exchange(const Child& c, const std::string& request, std::string* reply,
                       bool* timed_out) const {
  *timed_out = false;
  if (!SendAll(c.fd, request)) return false;
  const auto until = std::chrono::steady_clock::now() +
                     std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                         std::chrono::duration<double>(seconds_));
  reply->clear();
  char buf[1 << 16];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        until - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      *timed_out = true;
      return false;
    }
    pollfd p{c.fd, POLLIN, 0};
    const int ready = poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (ready < 0 && errno != EINTR) return false;
    if (ready <= 0) continue;
    const ssize_t n = read(c.fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;  // the worker is gone
    reply->append(buf, static_cast<size_t>(n));
    if (reply->back() == '\n') return true;
  }
}

std::string Workers::Reap(Child* c, bool kill_it) {
  if (c->pid < 0) return "";
  if (kill_it) kill(c->pid, SIGKILL);
  close(c->fd);  // a live worker reads the end of its requests and exits
  int status = 0;
  while (waitpid(c->pid, &status, 0) < 0 && errno == EINTR) {
  }
  *c = Child{};
  return HowItEnded(status);
}

std::optional<Outcome> Workers::Read(const Input& in, const ReadRequest& request) {
  Outcome o;
  std::optional<Child> taken = Take(request.wait_until);
  if (!taken) {
    o.error = Error{"no reader was free before the request's time ran out", "request_timeout"};
    return o;
  }
  Child c = *taken;
  if (c.pid < 0 && !Start(&c)) {
    Give(c);
    return std::nullopt;
  }
  std::string reply;
  bool timed_out = false;
  if (Exchange(c, RequestLine(in, request), &reply, &timed_out)) {
    try {
      o = OutcomeOf(json::parse(reply));
      Give(c);
      return o;
    } catch (const json::exception& e) {
      o.error = Error{std::string("internal error: bad reply from a worker: ") + e.what(),
                      "internal"};
    }
  }
  // The worker is gone, overran or spoke nonsense: it is replaced (when next
  // needed) and the input that did it reported.
  const std::string ended = Reap(&c, /*kill_it=*/true);
  Give(c);
  if (timed_out) {
    o.error = Error{"the process reading it was still at work after " +
                        std::to_string(static_cast<long long>(seconds_)) + " s and was stopped",
                    "worker_timeout"};
  } else if (!o.error) {
    o.error = Error{"the process reading it died (" + ended +
                        "); a library failed on this input, and the batch went on",
                    "worker_crashed"};
  }
  return o;
}

}  // namespace vanban::cli

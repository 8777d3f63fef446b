#include "tools/vanban/serve.h"

#include <fcntl.h>
#include <httplib.h>
#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>
#include <vector>

#include "pipeline/language/lexicon.h"
#include "tools/vanban/reading.h"
#include "tools/vanban/worker.h"

namespace vanban::cli {

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

const std::set<std::string> kFormats = {"json", "jsonl", "ics", "csv", "html"};

std::string MediaTypeOf(const std::string& format) {
  if (format == "jsonl") return "application/x-ndjson";
  if (format == "ics") return "text/calendar; charset=utf-8";
  if (format == "csv") return "text/csv; charset=utf-8";
  if (format == "html") return "text/html; charset=utf-8";
  return "application/json";
}

// The HTTP status of a document's error code (schemas/vanban-error-1).
int StatusOf(const std::string& code) {
  if (code == "request_timeout" || code == "worker_timeout") return 504;
  if (code == "internal") return 500;
  return 422;  // the document cannot be read: damaged, empty, unsupported, …
}

// How many requests are in hand, bounded: a request that finds it full is
// refused at once rather than queued.
class Admission {
 public:
  explicit Admission(int capacity) : capacity_(capacity) {}
  bool TryEnter() {
    int n = in_.load();
    while (n < capacity_) {
      if (in_.compare_exchange_weak(n, n + 1)) return true;
    }
    return false;
  }
  void Leave() { in_.fetch_sub(1); }
  int in() const { return in_.load(); }
  int capacity() const { return capacity_; }

 private:
  const int capacity_;
  std::atomic<int> in_{0};
};

// A mean of recent reading times, for Retry-After.
class ReadingTime {
 public:
  void Add(double seconds) {
    std::lock_guard<std::mutex> lock(mu_);
    mean_ = n_ == 0 ? seconds : 0.8 * mean_ + 0.2 * seconds;
    ++n_;
  }
  double mean() const {
    std::lock_guard<std::mutex> lock(mu_);
    return n_ == 0 ? 1.0 : mean_;
  }

 private:
  mutable std::mutex mu_;
  double mean_ = 0;
  long n_ = 0;
};

// A request's body on disk, private to this process and removed with it.
class BodyFile {
 public:
  explicit BodyFile(std::string path)
      : path_(std::move(path)),
        fd_(::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) {}
  ~BodyFile() {
    if (fd_ >= 0) ::close(fd_);
    ::unlink(path_.c_str());
  }
  BodyFile(const BodyFile&) = delete;
  BodyFile& operator=(const BodyFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  bool Write(const char* data, size_t n) {
    while (n > 0) {
      const ssize_t w = ::write(fd_, data, n);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) return false;
      data += w;
      n -= static_cast<size_t>(w);
    }
    return true;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_;
};

// A client's name for its document, as the record's source.file: only a
// label (never a path the service opens), kept as given but for control
// characters and its length.
std::string CleanName(std::string name) {
  name.erase(std::remove_if(name.begin(), name.end(),
                            [](char c) { return static_cast<unsigned char>(c) < 0x20; }),
             name.end());
  if (name.size() > 255) name.resize(255);
  return name.empty() ? "request" : name;
}

// httplib's connection threads with a bounded queue: when every thread is
// busy and `waiting` connections already wait for one, the accept loop
// waits too (enqueue blocks), and further clients wait in the kernel's
// listen backlog rather than in this process's memory. httplib's own
// ThreadPool queues every accepted connection, without bound.
class BoundedThreads : public httplib::TaskQueue {
 public:
  BoundedThreads(size_t threads, size_t waiting) : waiting_(waiting) {
    for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
  }
  ~BoundedThreads() override = default;

  void enqueue(std::function<void()> fn) override {
    {
      std::unique_lock<std::mutex> lock(mu_);
      room_.wait(lock, [this] { return jobs_.size() < waiting_ || stop_; });
      jobs_.push_back(std::move(fn));
    }
    work_.notify_one();
  }

  // Finishes every connection taken, then ends the threads.
  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    work_.notify_all();
    room_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

 private:
  void Work() {
    for (;;) {
      std::function<void()> fn;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_.wait(lock, [this] { return !jobs_.empty() || stop_; });
        if (jobs_.empty()) return;  // stopped, nothing left
        fn = std::move(jobs_.front());
        jobs_.pop_front();
      }
      room_.notify_one();
      fn();
    }
  }

  const size_t waiting_;
  std::mutex mu_;
  std::condition_variable work_;  // a job came, or the pool stops
  std::condition_variable room_;  // a job left the queue
  std::deque<std::function<void()>> jobs_;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

// The body's Content-Length; 0 when it has none or an unreadable one.
std::uintmax_t DeclaredLength(const httplib::Request& req) {
  const std::string value = req.get_header_value("Content-Length");
  char* end = nullptr;
  const unsigned long long n = std::strtoull(value.c_str(), &end, 10);
  return end && *end == '\0' && !value.empty() ? n : 0;
}

class Service {
 public:
  Service(const ServeOptions& options, const Lexicon& lex, std::string body_dir)
      : options_(options),
        lex_(lex),
        body_dir_(std::move(body_dir)),
        admission_(options.batch.jobs + options.queue),
        workers_(WorkerSettings(WithFormat(options.batch, "json"), /*to_dir=*/true,
                                /*pretty=*/false),
                 options.batch.jobs, options.request_seconds + options.batch.ocr_timeout_s + 60) {}

  void Route(httplib::Server* server) {
    server->Post("/v1/extract",
                 [this](const httplib::Request& req, httplib::Response& res,
                        const httplib::ContentReader& content) { Extract(req, res, content); });
    server->Get("/v1/health", [this](const httplib::Request&, httplib::Response& res) {
      const int in = admission_.in();
      const int reading = std::min(in, options_.batch.jobs);
      res.set_content(json{{"status", "ok"},
                           {"reading", reading},
                           {"waiting", in - reading},
                           {"readers", options_.batch.jobs},
                           {"refused", refused_.load()},
                           {"capacity", admission_.capacity()}}
                          .dump(),
                      "application/json");
    });
    server->Get("/v1/version", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          json{{"name", "vanban"}, {"version", VANBAN_VERSION}, {"data_sha256", lex_.data_sha256()}}
              .dump(),
          "application/json");
    });
  }

 private:
  std::string TooLarge() const {
    return "the body is over the limit of " + std::to_string(options_.max_body) +
           " bytes (--max-body)";
  }

  // Reads a body that will not be used to its end (httplib skips one over
  // its limit unread), so that a client still sending it reads the answer
  // rather than a reset connection.
  static void Drop(const httplib::ContentReader& content) {
    content([](const char*, size_t) { return true; });
  }

  static BatchOptions WithFormat(BatchOptions b, const std::string& format) {
    b.format = format;
    return b;
  }

  void Fail(httplib::Response& res, int status, const std::string& label, const std::string& code,
            const std::string& message) {
    Outcome o;
    o.error = Error{message, code};
    res.status = status;
    res.set_content(ErrorRecord(Input{label, "", label}, o, lex_, false), "application/json");
  }

  // Streams the body (or a multipart form's first file) into `file`.
  // Returns the HTTP status that ends the request when it fails, else 0.
  int Receive(const httplib::Request& req, const httplib::ContentReader& content, BodyFile* file,
              std::string* label, std::uintmax_t* size) {
    bool too_large = false, write_failed = false;
    auto keep = [&](const char* data, size_t n) {
      *size += n;
      if (*size > options_.max_body) {
        too_large = true;
        return false;
      }
      if (!file->Write(data, n)) write_failed = true;
      return !write_failed;
    };
    bool read;
    if (req.is_multipart_form_data()) {
      int part = 0;
      read = content(
          [&](const httplib::MultipartFormData& header) {
            if (++part == 1 && !header.filename.empty() && label->empty()) *label = header.filename;
            return true;
          },
          [&](const char* data, size_t n) { return part != 1 || keep(data, n); });
    } else {
      read = content(keep);
    }
    if (too_large) return 413;
    if (write_failed) return 500;
    // No body at all (a POST without Content-Length) is the empty body
    // reported below, not a broken one.
    if (!read && *size > 0) return 400;
    return 0;
  }

  void Extract(const httplib::Request& req, httplib::Response& res,
               const httplib::ContentReader& content) {
    const Clock::time_point arrived = Clock::now();
    std::string label = req.has_param("name") ? req.get_param_value("name") : "";
    const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
    if (!kFormats.count(format)) {
      Drop(content);
      return Fail(res, 400, CleanName(label), "bad_request",
                  "format must be json, jsonl, ics, csv or html");
    }
    if (!admission_.TryEnter()) {
      // Say when to come back: the queue ahead, at the recent pace.
      const double wait = reading_time_.mean() * (admission_.in() + 1) / options_.batch.jobs;
      res.set_header("Retry-After", std::to_string(std::clamp<long>(std::lround(wait), 1, 600)));
      ++refused_;
      Drop(content);
      return Fail(res, 503, CleanName(label), "busy",
                  "every reader is busy and " + std::to_string(options_.queue) +
                      " requests are waiting: retry later");
    }
    struct Leave {
      Admission& a;
      ~Leave() { a.Leave(); }
    } leave{admission_};
    if (DeclaredLength(req) > options_.max_body) {
      Drop(content);
      res.set_header("Connection", "close");
      return Fail(res, 413, CleanName(label), "too_large", TooLarge());
    }
    BodyFile file(body_dir_ + "/" + std::to_string(++serial_));
    if (!file.ok()) return Fail(res, 500, CleanName(label), "internal", "cannot store the body");
    std::uintmax_t size = 0;
    if (const int status = Receive(req, content, &file, &label, &size)) {
      label = CleanName(label);
      if (status == 413) {
        res.set_header("Connection", "close");
        return Fail(res, 413, label, "too_large", TooLarge());
      }
      if (status == 500) return Fail(res, 500, label, "internal", "cannot store the body");
      return Fail(res, 400, label, "bad_request", "the body could not be read");
    }
    label = CleanName(label);
    if (size == 0) {
      return Fail(res, 400, label, "bad_request",
                  "empty body: send the document as the body, or as a multipart form's file");
    }
    const Clock::time_point until =
        arrived + std::chrono::duration_cast<Clock::duration>(
                      std::chrono::duration<double>(options_.request_seconds));
    ReadRequest request{format, std::nullopt, until};
    // The document's own limit is what is left of the request's, so that
    // a document that runs out still answers with what was read.
    const double left = std::chrono::duration<double>(until - Clock::now()).count();
    request.document_seconds =
        std::max(1.0, std::min(left, options_.batch.limits.document_seconds));
    const Clock::time_point started = Clock::now();
    std::optional<Outcome> o = workers_.Read(Input{file.path(), "", label}, request);
    if (!o) return Fail(res, 500, label, "internal", "no worker process could be started");
    if (o->error) {
      // A document that had nothing read when the request's time ran out
      // failed for the deadline's sake, not its own.
      const int status = Clock::now() >= until ? 504 : StatusOf(o->error->code);
      return Fail(res, status, label, o->error->code, o->error->message);
    }
    reading_time_.Add(std::chrono::duration<double>(Clock::now() - started).count());
    // Past the deadline the document was cut short (pages left unread, or
    // OCR stopped mid-page): the reply is what was read, and says so.
    res.status = o->incomplete || Clock::now() >= until ? 504 : 200;
    res.set_content(std::move(o->content), MediaTypeOf(format));
  }

  const ServeOptions& options_;
  const Lexicon& lex_;
  const std::string body_dir_;
  Admission admission_;
  ReadingTime reading_time_;
  Workers workers_;
  std::atomic<long> serial_{0};
  std::atomic<long> refused_{0};  // answered 503 since the start
};

// A directory of our own for request bodies: mode 0700 under $TMPDIR.
std::string MakeBodyDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/vanban-serve-XXXXXX";
  return ::mkdtemp(pattern.data()) ? pattern : "";
}

}  // namespace

int Serve(const ServeOptions& given, const Lexicon& lex) {
  ServeOptions options = given;
  if (options.queue < 0) options.queue = 8 * options.batch.jobs;
  // SIGTERM and SIGINT are taken by one thread (below): blocked here,
  // before any thread starts, so that every thread inherits the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  // A client that goes away mid-reply must not end the service.
  std::signal(SIGPIPE, SIG_IGN);

  const std::string body_dir = MakeBodyDir();
  if (body_dir.empty()) {
    std::cerr << "vanban: cannot make a directory for request bodies: " << std::strerror(errno)
              << "\n";
    return 2;
  }
  int status = 0;
  {
    Service service(options, lex, body_dir);
    httplib::Server server;
    const int connections = options.connections;
    server.new_task_queue = [connections] { return new BoundedThreads(connections, connections); };
    server.set_payload_max_length(options.max_body);
    const auto pause = std::chrono::duration<double>(options.read_timeout_s);
    server.set_read_timeout(std::chrono::duration_cast<std::chrono::microseconds>(pause));
    server.set_write_timeout(std::chrono::duration_cast<std::chrono::microseconds>(pause));
    service.Route(&server);
    const int port = options.port == 0
                         ? server.bind_to_any_port(options.bind)
                         : (server.bind_to_port(options.bind, options.port) ? options.port : -1);
    if (port < 0) {
      std::cerr << "vanban: cannot listen on " << options.bind << ":" << options.port << ": "
                << std::strerror(errno) << "\n";
      status = 2;
    } else {
      std::atomic<bool> done{false};
      std::thread stopper([&] {
        const timespec tick{0, 200'000'000};
        while (!done.load()) {
          if (sigtimedwait(&stop_signals, nullptr, &tick) > 0) {
            std::cerr << "vanban: stopping: finishing the requests in hand\n";
            server.stop();
            return;
          }
        }
      });
      std::cerr << "vanban: serving on http://" << options.bind << ":" << port << " ("
                << options.batch.jobs << " readers, " << options.queue << " waiting at most)\n";
      server.listen_after_bind();
      done = true;
      stopper.join();
    }
  }
  std::error_code ec;
  std::filesystem::remove_all(body_dir, ec);
  return status;
}

}  // namespace vanban::cli

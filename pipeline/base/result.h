// Errors are values at stage boundaries: a stage returns either what it
// made or the reason it could not (C++ Core Guidelines E.27-style, without
// exceptions crossing stages).
#ifndef VANBAN_PIPELINE_BASE_RESULT_H_
#define VANBAN_PIPELINE_BASE_RESULT_H_

#include <string>
#include <utility>
#include <variant>

namespace vanban {

// `message` says what is wrong in one line for a person; `code` names the
// kind of failure for a program (snake_case ASCII, as in the error records
// of the CLI's output): not_found, too_large, damaged_pdf, ocr_off, …
struct Error {
  std::string message;
  std::string code = "failed";
};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}       // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}   // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const std::string& error() const { return std::get<Error>(v_).message; }
  const Error& failure() const { return std::get<Error>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_BASE_RESULT_H_

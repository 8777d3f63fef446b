#include "pipeline/base/library_messages.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace vanban {
namespace {

void Print(const char* text) {
  if (write(STDERR_FILENO, text, std::strlen(text)) < 0) std::abort();
}

TEST(LibraryMessages, WithoutRoutingWorkJustRuns) {
  bool ran = false;
  EXPECT_EQ(CollectLibraryMessages([&] { ran = true; }), "");
  EXPECT_TRUE(ran);
}

// Routing changes descriptor 2 for the whole process: it is tried in a child.
TEST(LibraryMessages, WhatLibrariesPrintGoesToTheirCallerNotTheTerminal) {
  EXPECT_EXIT(
      {
        char path[] = "/tmp/vanban-stderr-XXXXXX";
        const int terminal = mkstemp(path);
        dup2(terminal, STDERR_FILENO);
        const int own = RouteLibraryMessages();
        if (own < 0) std::exit(2);
        const std::string got = CollectLibraryMessages([] {
          Print("Premature end of JPEG file\n");
          Print("Premature end of JPEG file\n");
          Print("libpng error: IHDR: CRC error\n");
        });
        Print("after\n");  // descriptor 2 is the terminal again
        if (write(own, "own\n", 4) != 4) std::exit(3);
        char seen[64] = {};
        if (pread(terminal, seen, sizeof seen - 1, 0) < 0) std::exit(4);
        unlink(path);
        const bool ok = got == "Premature end of JPEG file; libpng error: IHDR: CRC error" &&
                        std::string(seen) == "after\nown\n";
        std::exit(ok ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace vanban

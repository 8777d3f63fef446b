// Messages C libraries print to standard error, taken off the terminal and
// handed to the code that called them.
//
// libjpeg and libpng (through Leptonica, and libjpeg through Poppler's DCT
// decoder) write their complaints ("Premature end of JPEG file", "libpng
// error: bad adaptive filter value") straight to file descriptor 2, ahead
// of the program's own one line per failed document. Once a program has
// called RouteLibraryMessages(), the decoders run inside
// CollectLibraryMessages(), which points descriptor 2 at a private buffer
// for as long as they run and returns what was printed there, so that the
// page's warning can say it.
#ifndef VANBAN_PIPELINE_BASE_LIBRARY_MESSAGES_H_
#define VANBAN_PIPELINE_BASE_LIBRARY_MESSAGES_H_

#include <functional>
#include <string>

namespace vanban {

// Returns a new descriptor on the process's standard error, for the
// program's own messages (which must not go to descriptor 2 from now on:
// while a decoder runs, descriptor 2 is the buffer). Call once, before
// threads start; later calls return the same descriptor. Returns -1, and
// routes nothing, when the buffer cannot be made.
int RouteLibraryMessages();

// Runs `work` and returns what was printed to descriptor 2 meanwhile, as one
// line (lines joined by "; ", at most a few hundred bytes). Without
// RouteLibraryMessages() it just runs `work` and returns "". Calls are
// serialised, so that each caller gets only its own libraries' messages.
std::string CollectLibraryMessages(const std::function<void()>& work);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_BASE_LIBRARY_MESSAGES_H_

// A page as a picture for people to look at (the review page of
// --format html): an encoded image, and the size of the page it shows in
// PDF points, the unit of every line box (document.h, BBox).
#ifndef VANBAN_PIPELINE_MODEL_PAGE_PICTURE_H_
#define VANBAN_PIPELINE_MODEL_PAGE_PICTURE_H_

#include <string>

namespace vanban {

struct PagePicture {
  int page = 1;             // 1-based, as Page::number
  std::string media_type;   // "image/jpeg"
  std::string bytes;        // the encoded image
  double width_pt = 0;      // the page the image covers, edge to edge
  double height_pt = 0;
};

}  // namespace vanban

#endif  // VANBAN_PIPELINE_MODEL_PAGE_PICTURE_H_

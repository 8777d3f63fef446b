#include "pipeline/base/pix.h"

#include <leptonica/allheaders.h>

namespace vanban {

void PixDeleter::operator()(Pix* pix) const { pixDestroy(&pix); }

}  // namespace vanban

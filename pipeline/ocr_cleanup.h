// What OCR makes of things that are not text — the red seal, a handwritten
// signature, specks, ruling — and how to recognise it. Seals and signatures
// sit between the signer's title and name, so their debris would otherwise
// break the signature block apart.
#ifndef VANBAN_PIPELINE_OCR_CLEANUP_H_
#define VANBAN_PIPELINE_OCR_CLEANUP_H_

#include <string_view>

namespace vanban {

// A word OCR produced from no text: made of symbols an administrative text
// does not use (| ⁄ \ ` ¿ _ ~ # …), or mostly so, or a single character
// read with little confidence.
bool IsJunkWord(std::string_view word, double confidence);

// A run of words standing apart in its row (a segment of the reading order)
// that was read with little confidence ("X2... sub"), or holds no word of
// two letters and is not a number either (":", "N", "⁄ 2 |"). Real segments
// without a word are numbers ("2", "15", "1.").
bool IsNoiseSegment(std::string_view text, double mean_confidence);

}  // namespace vanban

#endif  // VANBAN_PIPELINE_OCR_CLEANUP_H_

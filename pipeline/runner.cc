#include "pipeline/runner.h"

#include "extractors/lexicon.h"
#include "extractors/metadata.h"
#include "extractors/references.h"
#include "pipeline/page_builder.h"
#include "pipeline/pdf_reader.h"
#include "pipeline/structure.h"
#include "pipeline/text_reader.h"

namespace vanban {

namespace {

Result<std::vector<RawPage>> ReadPages(const Source& src, std::vector<Warning>* warnings) {
  switch (src.media_type) {
    case MediaType::kText:
      return ReadPlainText(src.bytes);
    case MediaType::kPdf: {
      auto pdf = ReadPdf(src.bytes);
      if (!pdf.ok()) return Error{pdf.error()};
      if (pdf.value().pages_without_text.size() == pdf.value().pages.size()) {
        return Error{"PDF has no text layer (scanned); OCR is not available in this build"};
      }
      for (int p : pdf.value().pages_without_text) {
        warnings->push_back({"page_without_text", "page " + std::to_string(p) +
                                                      " has no usable text layer and was not read"});
      }
      return std::move(pdf.value().pages);
    }
    case MediaType::kPng:
    case MediaType::kJpeg:
    case MediaType::kTiff:
      return Error{"image input needs OCR, which is not available in this build"};
    case MediaType::kUnknown:
      break;
  }
  return Error{"not a PDF, image or UTF-8 text file (binary data or another text encoding)"};
}

}  // namespace

Result<Extraction> ExtractSource(Source source, const Lexicon& lex) {
  Extraction x;
  auto pages = ReadPages(source, &x.warnings);
  if (!pages.ok()) return Error{pages.error()};
  x.source = std::move(source);
  x.doc = BuildDocument(pages.value());
  bool any_text = false;
  for (const Page& p : x.doc.pages) any_text |= !p.text.empty();
  if (!any_text) return Error{"no text in the document"};
  AssignRoles(&x.doc, lex);
  x.meta = ExtractMetadata(x.doc, lex, &x.warnings);
  x.references = ExtractReferences(
      x.doc, lex, x.meta.number ? std::optional<std::string>(x.meta.number->value) : std::nullopt);
  if (!x.meta.type && !x.meta.number && !x.meta.title) {
    x.warnings.push_back({"no_structure", "no type heading, number or title found: this may not "
                                          "be an administrative document"});
  }
  return x;
}

Result<Extraction> ExtractFile(const std::string& path, const Lexicon& lex) {
  auto src = LoadSource(path);
  if (!src.ok()) return Error{src.error()};
  return ExtractSource(std::move(src.value()), lex);
}

}  // namespace vanban

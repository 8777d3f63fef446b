#!/usr/bin/python3
"""Writes the bad-input corpus: more than a hundred damaged, hostile or
merely odd inputs of every kind vanban accepts (text, PDF, PNG/JPEG/TIFF)
and of some it does not (ZIP, GIF, UTF-16), made from the samples or from
nothing. Deterministic: the same seed gives the same bytes.

    make_bad_inputs.py SAMPLES_DIR OUT_DIR

Every name says what the input is; check_bad_inputs.py runs vanban on each.
Needs Debian's python3-pil.
"""
import io
import os
import random
import struct
import sys
import zipfile
import zlib

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from files import pdf  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
TEXTS = ["cv-2026-ninh-binh-sct-pccc-cho.txt", "kh-2024-hai-phong-bcd-hien-mau.txt",
         "qd-2025-tam-nong-ubnd-phan-bo-kinh-phi.txt", "kh-2025-an-giang-snnmt-lua-dong-xuan.txt"]
PDFS = ["cv-2026-ninh-binh-sct-pccc-cho.pdf", "kh-2025-thanh-hoa-syt-tiem-chung.pdf",
        "qd-2025-phu-loc-ubnd-to-cong-tac-lua.pdf", "ct-2023-lang-son-ubnd-hien-mau-2023-2027.pdf"]
WORDS = ("các sở ban ngành ủy ban nhân dân huyện tổ chức thực hiện kế hoạch năm 2025 đạt tỷ lệ "
         "95% trước ngày 30/6 báo cáo chủ trì phối hợp giao").split()


def flip(data, rng, n):
    """`data` with `n` random bytes XORed, away from the first 16 (so that the
    kind is still recognised and the damage reaches the reader)."""
    b = bytearray(data)
    for _ in range(n):
        i = rng.randrange(16, len(b))
        b[i] ^= rng.randrange(1, 256)
    return bytes(b)


def page_pdf(content, resources=b"", mediabox=b"0 0 595 842", extra=()):
    """A one-page PDF drawing `content`."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [" + mediabox + b"] /Resources << " +
                resources + b" >> /Contents 4 0 R >>",
                b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                *extra])


def image_xobject(w, h, data, filt=b"/FlateDecode", bpc=8):
    return (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent %d /Filter %s /Length %d >>\nstream\n" % (w, h, bpc, filt, len(data))
            + data + b"\nendstream")


def deflate_zeros(n_bytes, chunk=1 << 20):
    """`n_bytes` zeros deflated, without holding them."""
    z = zlib.compressobj(9)
    out = []
    zero = b"\0" * chunk
    for _ in range(n_bytes // chunk):
        out.append(z.compress(zero))
    out.append(z.flush())
    return b"".join(out)


def page_image(lines=("ỦY BAN NHÂN DÂN TỈNH", "KẾ HOẠCH", "Tổ chức thực hiện trước ngày 30/6/2025")):
    """A small page of printed text, as a grey image."""
    img = Image.new("L", (1240, 420), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 34)
    for i, line in enumerate(lines):
        draw.text((60, 50 + 110 * i), line, fill=0, font=font)
    return img


def encode(img, fmt, **kw):
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_declaring(w, h, rows=None):
    """A PNG whose header says w×h 8-bit grey; its data holds `rows` white
    rows (all of them when None, deflated as they are made)."""
    z = zlib.compressobj(9)
    row = b"\0" + b"\xff" * w
    data = b"".join(z.compress(row) for _ in range(h if rows is None else rows)) + z.flush()
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b""))


def jpeg_declaring(jpeg, w, h):
    """`jpeg` with its frame header (SOF0) claiming w×h."""
    i = jpeg.index(b"\xff\xc0")
    return jpeg[:i + 5] + struct.pack(">HH", h, w) + jpeg[i + 9:]


def text_inputs(samples, rng):
    texts = {n: open(os.path.join(samples, n), encoding="utf-8").read() for n in TEXTS}
    one = texts[TEXTS[0]]
    out = {
        "text-empty.txt": b"",
        "text-whitespace.txt": b" \n\t\n   \n" * 1000,
        "text-nul-bytes.txt": one.encode().replace(b" ", b" \0"),
        "text-all-nul.txt": b"\0" * 65536,
        "text-utf16le-bom.txt": one.encode("utf-16"),
        "text-utf16be-bom.txt": b"\xfe\xff" + one.encode("utf-16-be"),
        "text-utf16le-no-bom.txt": one.encode("utf-16-le"),
        "text-utf8-bom.txt": b"\xef\xbb\xbf" + one.encode(),
        "text-windows-1258.txt": one.encode("cp1258", errors="replace"),
        "text-cut-inside-a-character.txt": one.encode()[:len(one.encode()) - 1] + "ệ".encode()[:2],
        "text-invalid-bytes-sprinkled.txt": flip(one.encode(), rng, 40),
        "text-control-characters.txt": "".join(
            c + (chr(rng.randrange(1, 32)) if rng.random() < 0.05 else "") for c in one).encode(),
        "text-cr-line-ends.txt": one.replace("\n", "\r").encode(),
        "text-crlf-line-ends.txt": one.replace("\n", "\r\n").encode(),
        "text-10mb-one-line.txt": " ".join(rng.choice(WORDS) for _ in range(1_600_000)).encode(),
        "text-1mb-of-stars.txt": b"*" * 1_000_000,
        "text-1mb-of-dates.txt": " ".join("trước ngày %d/%d/2025;" % (rng.randint(1, 28),
                                                                      rng.randint(1, 12))
                                          for _ in range(50_000)).encode(),
        "text-1m-newlines.txt": b"\n" * 1_000_000 + one.encode(),
        "text-100k-table-cells.txt": ("| " + " | ".join("ô %d" % i for i in range(100_000)) +
                                      " |\n").encode(),
        "text-10k-table-rows.txt": ("| STT | Chỉ tiêu | Tỷ lệ |\n|---|---|---|\n" + "".join(
            "| %d | Tỷ lệ tiêm chủng đạt | %d%% |\n" % (i, i % 100) for i in range(10_000))).encode(),
        "text-deep-numbering.txt": ("KẾ HOẠCH\n" + "\n".join(
            ".".join(["1"] * d) + ". Thực hiện" for d in range(1, 2000))).encode(),
        "text-combining-marks.txt": ("a" + "\u0301" * 20_000 + "\n" + one).encode(),
        "text-zero-width.txt": one.replace(" ", "\u200b ").encode(),
        "text-bidi-overrides.txt": ("\u202e" + one + "\u202c").encode(),
        "text-html-page.txt": ("<html><body><h1>KẾ HOẠCH</h1><p>" + one.replace("\n", "<br>") +
                               "</p></body></html>").encode(),
        "text-json.txt": ('{"text": %r}' % one).encode(),
        "text-random-bytes.bin": bytes(rng.randrange(256) for _ in range(1 << 20)),
        "text-2m-short-lines.txt": b"a\n" * 2_000_000,
        "text-100k-digit-number.txt": ("Số: " + "1" * 100_000 + "/KH-UBND\nKẾ HOẠCH\n").encode(),
        "text-100k-headings.txt": "KẾ HOẠCH\n".encode() * 100_000,
        "text-punctuation-only.txt": ("., ;:!?-–—()[]\"'…" * 20_000).encode(),
        "text-100k-words-no-space.txt": ("ủybannhândân" * 100_000).encode(),
        "text-1mb-parentheses.txt": b"(" * 500_000 + b")" * 500_000,
        "text-1mb-quotes.txt": "“".encode() * 350_000,
    }
    for i, (name, text) in enumerate(texts.items()):
        stem = name[:-4]
        data = text.encode()
        out["text-flipped-%d-%s.txt" % (i, stem)] = flip(data, rng, 30)
        out["text-cut-%d-%s.txt" % (i, stem)] = data[:rng.randrange(20, len(data))]
    return out


def pdf_inputs(samples, rng):
    pdfs = {n: open(os.path.join(samples, n), "rb").read() for n in PDFS}
    out = {}
    for i, (name, data) in enumerate(pdfs.items()):
        stem = name[:-4]
        for frac in (0.1, 0.5, 0.9):
            out["pdf-cut-%02d-%s.pdf" % (int(frac * 100), stem)] = data[:int(len(data) * frac)]
        for k in range(3):
            out["pdf-flipped-%d%d-%s.pdf" % (i, k, stem)] = flip(data, rng, 10 * (k + 1))
    one = pdfs[PDFS[0]]
    text_page = b"BT /F1 12 Tf 72 720 Td (KE HOACH) Tj ET"
    font = b"/Font << /F1 5 0 R >>"
    helv = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    n = 2000
    empty_kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(n))
    out.update({
        "pdf-header-only.pdf": b"%PDF-1.7\n",
        "pdf-no-xref.pdf": one[:one.rfind(b"xref")] if b"xref" in one else one[:-200],
        "pdf-bad-startxref.pdf": one[:one.rfind(b"startxref")] + b"startxref\n999999999\n%%EOF\n",
        "pdf-no-eof.pdf": one.replace(b"%%EOF", b""),
        "pdf-self-parent-pages.pdf": pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                          b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
        "pdf-page-tree-cycle.pdf": pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"]),
        "pdf-deep-arrays.pdf": page_pdf(text_page, font, extra=[helv, b"[" * 100_000 + b"]" * 100_000]),
        "pdf-deep-dicts.pdf": page_pdf(text_page, font, extra=[helv, b"<< /A " * 50_000 + b">>" * 50_000]),
        "pdf-flate-bomb-content.pdf": pdf([
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            (lambda s: b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(s) + s +
             b"\nendstream")(deflate_zeros(1 << 30))]),
        "pdf-image-declaring-10e14-pixels.pdf": page_pdf(
            b"q 595 0 0 842 0 0 cm /Im0 Do Q", b"/XObject << /Im0 5 0 R >>",
            extra=[image_xobject(9_999_999, 9_999_999, zlib.compress(b"\0" * 100))]),
        "pdf-image-flate-bomb.pdf": page_pdf(
            b"q 595 0 0 842 0 0 cm /Im0 Do Q", b"/XObject << /Im0 5 0 R >>",
            extra=[image_xobject(12_000, 12_000, deflate_zeros(12_000 * 12_000))]),
        "pdf-2000-empty-pages.pdf": pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                         b"<< /Type /Pages /Kids [" + empty_kids + b"] /Count %d >>" % n]
                                        + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * n),
        "pdf-5000-text-pages.pdf": pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>",
             b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(5000)) +
             b"] /Count 5000 >>", helv,
             b"<< /Length %d >>\nstream\n" % len(text_page) + text_page + b"\nendstream"] +
            [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R"
             b" >> >> /Contents 4 0 R >>"] * 5000),
        "pdf-count-one-billion.pdf": pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                          b"<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
                                          b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]),
        "pdf-zero-mediabox.pdf": page_pdf(text_page, font, b"0 0 0 0", extra=[helv]),
        "pdf-negative-mediabox.pdf": page_pdf(text_page, font, b"0 0 -595 -842", extra=[helv]),
        "pdf-giant-mediabox-image.pdf": page_pdf(
            b"q 14400 0 0 14400 0 0 cm /Im0 Do Q", b"/XObject << /Im0 5 0 R >>", b"0 0 14400 14400",
            extra=[image_xobject(100, 100, zlib.compress(b"\x80" * 10_000))]),
        "pdf-length-refers-to-itself.pdf": pdf([
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream"]),
        "pdf-garbage-content.pdf": page_pdf(bytes(rng.randrange(256) for _ in range(50_000)), font,
                                            extra=[helv]),
        "pdf-100k-text-operators.pdf": page_pdf(b"BT /F1 1 Tf " + b"(x) Tj 0.01 0 Td " * 100_000 + b"ET",
                                                font, extra=[helv]),
        "pdf-missing-font.pdf": page_pdf(text_page, b"/Font << /F1 99 0 R >>"),
    })
    jpeg = encode(page_image(), "JPEG", quality=80)
    w, h = 1240, 420
    scan = lambda data: page_pdf(b"q 595 0 0 200 0 600 cm /Im0 Do Q", b"/XObject << /Im0 5 0 R >>",
                                 extra=[image_xobject(w, h, data, b"/DCTDecode")])
    out["pdf-scan-page.pdf"] = scan(jpeg)
    out["pdf-scan-truncated-jpeg.pdf"] = scan(jpeg[:len(jpeg) // 2])
    out["pdf-scan-flipped-jpeg.pdf"] = scan(flip(jpeg, rng, 30))
    out["pdf-scan-jpeg-declaring-60000px.pdf"] = scan(jpeg_declaring(jpeg, 60_000, 60_000))
    return out


def image_inputs(rng):
    img = page_image()
    bases = {"png": encode(img, "PNG"), "jpg": encode(img, "JPEG", quality=85),
             "tif": encode(img, "TIFF", compression="tiff_lzw")}
    out = {}
    for ext, data in bases.items():
        out["image-page.%s" % ext] = data
        for frac in (0.02, 0.3, 0.7):
            out["image-cut-%02d.%s" % (int(frac * 100), ext)] = data[:max(9, int(len(data) * frac))]
        for k in range(3):
            out["image-flipped-%d.%s" % (k, ext)] = flip(data, rng, 5 * (k + 1))
    blank = Image.new("L", (200, 280), 255)
    frames = [blank] * 500
    tiff = io.BytesIO()
    frames[0].save(tiff, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_lzw")
    out.update({
        "image-png-declaring-10e10-pixels.png": png_declaring(100_000, 100_000, rows=10),
        "image-png-bomb-400m-pixels.png": png_declaring(20_000, 20_000),
        "image-png-1x1.png": encode(Image.new("L", (1, 1), 0), "PNG"),
        "image-png-signature-only.png": b"\x89PNG\r\n\x1a\n",
        "image-jpeg-declaring-65000px.jpg": jpeg_declaring(bases["jpg"], 65_000, 65_000),
        "image-jpeg-soi-only.jpg": b"\xff\xd8\xff",
        "image-tiff-500-blank-pages.tif": tiff.getvalue(),
        "image-tiff-header-only.tif": b"II*\0\x08\0\0\0",
        "image-tiff-ifd-loop.tif": b"II*\0\x08\0\0\0" + struct.pack("<H", 0) + struct.pack("<I", 8),
        "image-gif.gif": encode(img.convert("P"), "GIF"),
        "image-bmp.bmp": encode(img, "BMP"),
        "image-webp-header.webp": b"RIFF\x10\0\0\0WEBPVP8 " + b"\0" * 8,
    })
    return out


# Zip entries carry a time: a fixed one keeps the bytes the same every run.
FIXED_TIME = (2025, 1, 1, 0, 0, 0)


def zip_entry(name):
    """A deflated entry of the fixed time."""
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def other_inputs(samples):
    zbomb = io.BytesIO()
    with zipfile.ZipFile(zbomb, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open(zip_entry("zeros.txt"), "w") as fh:
            zero = b"\0" * (1 << 20)
            for _ in range(1024):
                fh.write(zero)
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zip_entry("word/document.xml"), "<w:document>KẾ HOẠCH</w:document>")
    text = open(os.path.join(samples, TEXTS[0]), "rb").read()
    return {
        "other-zip-bomb-1gib.zip": zbomb.getvalue(),
        "other-docx-like.docx": docx.getvalue(),
        "other-gzip-of-text.txt.gz": zlib.compress(text),  # raw deflate, as a stray .gz holds
        "other-elf-binary.bin": open("/bin/true", "rb").read(),
        "other-pdf-inside-text.txt": text + b"\n%PDF-1.4\n" + text,
    }


def main(argv):
    samples, out_dir = argv[1:3]
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(24)
    inputs = {}
    for part in (text_inputs(samples, rng), pdf_inputs(samples, rng), image_inputs(rng),
                 other_inputs(samples)):
        inputs.update(part)
    for name, data in inputs.items():
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
    print("%d inputs in %s" % (len(inputs), out_dir))


if __name__ == "__main__":
    main(sys.argv)

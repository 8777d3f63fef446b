#!/usr/bin/python3
"""Turn a born-digital PDF (e.g. from render_official.py) into a scan of it:
an image-only PDF, or PNG pages, degraded the way office scanners and
photocopies degrade a directive.

    render_scan.py INPUT.pdf OUTPUT.pdf|OUTPUT.png [--level mild|hard] [--seed N] [--turn 90|180|270]

mild: 300 dpi, tilted by up to 0.4°, light paper noise, JPEG quality 85.
hard: additionally tilted by up to 1.5°, blurred, noisier, JPEG quality 55,
      and a red round seal stamped over the signer's title on the last page.
--turn lays every page sideways or upside down (clockwise degrees), as a
page fed the wrong way into the scanner. An OUTPUT ending in .png gets the
first page only, as an image file.

Deterministic for a given seed. Needs poppler-utils (pdftoppm, pdftotext)
and Debian's python3-pil.
"""
import argparse
import math
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 300
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LEVELS = {
    "mild": {"tilt": 0.4, "noise": 10, "blur": 0.0, "quality": 85, "seal": False},
    "hard": {"tilt": 1.5, "noise": 22, "blur": 0.8, "quality": 55, "seal": True},
}


def render_pages(pdf, tmp):
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), f"{tmp}/p"], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(Path(tmp).glob("p-*.png"))]


def signer_title_box(pdf, page_count):
    """Where the signature block starts on the last page, in pixels: the
    first word in capitals in the right half below "Nơi nhận" (or the last
    such word on the page), from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page_count), "-l", str(page_count),
                          str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                       r"([^<]*)</word>", out)
    scale = DPI / 72
    foot = next((float(w[1]) for w in words if w[4] == "Nơi"), 0.0)
    capitals = [w for w in words if float(w[0]) > 280 and float(w[1]) >= foot - 5
                and len(w[4]) > 1 and w[4].isupper()]
    if not capitals:
        return None
    chosen = capitals[0] if foot else capitals[-1]
    return tuple(float(v) * scale for v in chosen[:4])


def stamp_seal(page, centre, rng):
    """A red round seal: two rings, a star, and text along the ring."""
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx, cy = centre
    red = (200, 30, 40, 170)
    for r, width in ((190, 9), (150, 4)):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=width)
    star = [(cx + 60 * math.cos(math.pi / 2 + k * 4 * math.pi / 5),
             cy - 60 * math.sin(math.pi / 2 + k * 4 * math.pi / 5)) for k in range(5)]
    draw.polygon(star, fill=red)
    font = ImageFont.truetype(FONT, 30)
    label = "ỦY BAN NHÂN DÂN * TỈNH * "
    for k, ch in enumerate(label * 2):
        angle = math.pi + k * 2 * math.pi / (2 * len(label))
        draw.text((cx + 170 * math.cos(angle) - 10, cy + 170 * math.sin(angle) - 15), ch,
                  font=font, fill=red)
    layer = layer.rotate(rng.uniform(-30, 30), center=centre)
    page.paste(layer, (0, 0), layer)


def degrade(page, level, rng):
    tilt = rng.uniform(-level["tilt"], level["tilt"])
    page = page.rotate(tilt, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    if level["blur"]:
        page = page.filter(ImageFilter.GaussianBlur(level["blur"]))
    noise = Image.effect_noise(page.size, level["noise"]).convert("RGB")
    paper = Image.new("RGB", page.size, (236, 234, 228))
    # Darken the paper a little and speckle it; print stays where it was.
    page = Image.blend(page, paper, 0.08)
    return Image.blend(page, noise, 0.06)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--level", choices=LEVELS, default="mild")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--turn", type=int, choices=(0, 90, 180, 270), default=0)
    args = ap.parse_args()
    level = LEVELS[args.level]
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        pages = render_pages(args.input, tmp)
        if not pages:
            print(f"render_scan: no pages in {args.input}", file=sys.stderr)
            return 1
        if level["seal"]:
            box = signer_title_box(args.input, len(pages))
            if box:
                stamp_seal(pages[-1], (box[0] - 20, box[3] + 120), rng)
        pages = [degrade(p, level, rng) for p in pages]
        turns = {90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}
        if args.turn:
            pages = [p.transpose(turns[args.turn]) for p in pages]
        if args.output.endswith(".png"):
            pages[0].save(args.output, dpi=(DPI, DPI))
            return 0
        # JPEG inside the PDF, as scanners write it.
        jpegs = []
        for k, page in enumerate(pages):
            path = Path(tmp) / f"j{k}.jpg"
            page.save(path, quality=level["quality"])
            jpegs.append(Image.open(path))
        jpegs[0].save(args.output, save_all=True, append_images=jpegs[1:], resolution=DPI)
    return 0


if __name__ == "__main__":
    sys.exit(main())

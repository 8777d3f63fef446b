#!/usr/bin/python3
"""Render a directive text in the composed format into a born-digital PDF
laid out as Nghị định 30/2020/NĐ-CP prescribes: the two-column header
(issuer and "Số:" left, quốc hiệu and place-date right), a centred type
heading and trích yếu, justified body paragraphs with a first-line indent,
and "Nơi nhận" beside the signature block.

Input format (as in ../shared/corpus/ANNOTATION.md): the left header block,
a line holding only "||", the right block up to the first blank line, then
the body, where tab-separated lines are a table's rows (the first its
header); "Nơi nhận:" starts the foot, whose first line in capitals starts
the signature.

Usage: render_official.py INPUT.txt OUTPUT.pdf
Needs Debian's python3-reportlab and fonts-dejavu-core.
"""
import sys

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Bold", FONT_DIR + "DejaVuSerif-Bold.ttf"))

SIZE = 12.5


def style(name, **kw):
    base = dict(fontName="Serif", fontSize=SIZE, leading=SIZE * 1.3)
    base.update(kw)
    return ParagraphStyle(name, **base)


CENTER = style("center", alignment=TA_CENTER)
CENTER_BOLD = style("center_bold", alignment=TA_CENTER, fontName="Serif-Bold")
BODY = style("body", alignment=TA_JUSTIFY, firstLineIndent=12 * mm, spaceAfter=4)
CELL = style("cell", alignment=TA_CENTER, fontSize=SIZE - 1.5, leading=(SIZE - 1.5) * 1.25)
CELL_BOLD = style("cell_bold", alignment=TA_CENTER, fontName="Serif-Bold", fontSize=SIZE - 1.5,
                  leading=(SIZE - 1.5) * 1.25)
LEFT_SMALL = style("left_small", alignment=TA_LEFT, fontSize=SIZE - 1.5, leading=(SIZE - 1.5) * 1.25)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def split_document(text):
    lines = text.splitlines()
    bar = lines.index("||")
    left = lines[:bar]
    rest = lines[bar + 1:]
    blank = rest.index("") if "" in rest else len(rest)
    right = rest[:blank]
    body = rest[blank + 1:]
    foot_at = next((i for i, l in enumerate(body) if l.startswith("Nơi nhận")), len(body))
    return left, right, body[:foot_at], body[foot_at:]


def is_upper(s):
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(not c.islower() for c in letters)


def header(left, right):
    cells = [[Paragraph("<br/>".join(esc(l) for l in left), CENTER),
              Paragraph("<br/>".join(esc(l) for l in right), CENTER)]]
    t = Table(cells, colWidths=[70 * mm, 95 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def body_flowables(body):
    out, i = [], 0
    while i < len(body) and not body[i].strip():
        i += 1
    # A type heading in capitals and its trích yếu, centred, up to a blank line.
    if i < len(body) and is_upper(body[i]):
        while i < len(body) and body[i].strip():
            out.append(Paragraph(esc(body[i]), CENTER_BOLD))
            i += 1
        out.append(Spacer(1, 4 * mm))
    rows = []  # tab-separated lines: a table's rows, drawn as a ruled grid
    for line in body[i:] + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            out.append(grid(rows))
            rows = []
        if not line.strip():
            continue
        out.append(Paragraph(esc(line), CENTER_BOLD if is_upper(line) else BODY))
    return out


def grid(rows):
    """A table as the documents print one: ruled, its header row bold."""
    width = max(len(r) for r in rows)
    cells = [[Paragraph(esc(c), CELL_BOLD if k == 0 else CELL) for c in r + [""] * (width - len(r))]
             for k, r in enumerate(rows)]
    t = Table(cells, repeatRows=1, hAlign="CENTER")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def foot(lines):
    lines = [l for l in lines if l.strip()]
    sig_at = next((i for i, l in enumerate(lines) if is_upper(l)), len(lines))
    recipients, signature = lines[:sig_at], lines[sig_at:]
    sig_text = "<br/>".join(esc(l) for l in signature[:-1]) + "<br/><br/><br/><br/>" + esc(signature[-1])
    t = Table([[Paragraph("<br/>".join(esc(l) for l in recipients), LEFT_SMALL),
                Paragraph(sig_text, CENTER_BOLD)]], colWidths=[85 * mm, 80 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    left, right, body, tail = split_document(open(argv[1], encoding="utf-8").read())
    doc = SimpleDocTemplate(argv[2], pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="", author="")
    story = [header(left, right), Spacer(1, 6 * mm)] + body_flowables(body)
    if tail:
        story += [Spacer(1, 4 * mm), foot(tail)]
    doc.build(story)


if __name__ == "__main__":
    main(sys.argv)

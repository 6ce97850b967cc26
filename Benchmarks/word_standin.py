#!/usr/bin/env python3
"""A Word stand-in beside Folio (issue 16): the same text on the same page, set by LibreOffice.

Folio builds DATASET; the text of its page N (and the page after, so the last paragraph ends naturally) is read
back from the PDF with PyMuPDF, paragraph by paragraph (a line at the 2-cell indent opens a paragraph; headings
are told by their face). python-docx writes that text into a .docx set as a gongwen writer sets Word: A4, GB/T
9704 margins (37/28/35/26 mm), a document grid of 22 lines × 28 characters (w:docGrid linesAndChars,
linePitch 28.95 pt, charSpace so that the pitch is 156 mm / 28), 三号 16 pt FandolFang for the body, Noto Sans
CJK SC (黑体 stand-in) for level-1 headings, FandolKai for level 2, first lines indented 2 characters, justified,
punctuation compression "compress punctuation only" (Word's zh-CN default), Word's automatic Han–Latin spacing.
LibreOffice (headless) converts it to PDF. Both pages are rendered at 150 dpi (pdftoppm) and each printed line of
body text is measured: where it starts and ends, its Han–Han gaps (letter-spacing), its Han–digit gaps and its
mark widths. The findings are in docs/typography.md ("Beside a Word stand-in").

    python3 Benchmarks/word_standin.py --folio .build/debug/folio Assets/reports/xx-town-2016-2020.yaml \
        --page 2 --out /tmp/standin
    python3 Benchmarks/word_standin.py --folio .build/debug/folio corpus.yaml --draft --page 3 --out /tmp/standin

Needs python-docx and PyMuPDF (the test tools: .build/test-venv), soffice (Debian's libreoffice-writer) and
pdftoppm (poppler-utils).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

import docx
import pymupdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

# GB/T 9704-2012 §5.2: type area 156 × 225 mm; 22 lines of 28 characters.
PAGE_W, PAGE_H = 210, 297
TOP, LEFT, BOTTOM, RIGHT = 37, 28, 35, 26
BODY_PT = 16.0
PITCH_PT = 156 / 25.4 * 72 / 28  # 15.793 pt
LINE_PITCH_PT = 28.95
FACES = {"body": "FandolFang", "heading1": "Noto Sans CJK SC", "heading2": "FandolKai"}


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def is_digit_like(c):
    return c.isascii() and (c.isdigit() or c in "%‰.") or c == "‰"


MARKS = set("、，。：；！？”’）》」』】〕“‘（《「『【〔")


def page_lines(pdf, index):
    """The printed lines of body size on page `index` (0-based): [(chars, face)], chars = [(c, x0, x1)]."""
    page = pdf[index]
    rows = {}
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                if abs(span["size"] - BODY_PT) > 0.5:
                    continue
                for ch in span["chars"]:
                    key = round(ch["origin"][1], 1)
                    rows.setdefault(key, []).append((ch["c"], ch["bbox"][0], ch["bbox"][2], span["font"]))
    out = []
    for y in sorted(rows):
        chars = sorted(rows[y], key=lambda c: c[1])
        text = "".join(c[0] for c in chars).strip()
        if not text or text.strip("—0123456789 ") == "":  # the page number "— 2 —"
            continue
        out.append(([(c, a, b) for c, a, b, _ in chars if c.strip()], chars[0][3]))
    return out


def face_role(font):
    f = font.lower()
    if "sans" in f or "hei" in f:
        return "heading1"
    if "kai" in f:
        return "heading2"
    return "body"


def paragraphs(lines, left):
    """Lines joined into paragraphs: a line starting at the 2-cell indent opens one."""
    paras = []
    for chars, font in lines:
        text = "".join(c for c, _, _ in chars)
        start = chars[0][1]
        indented = start - left > PITCH_PT * 1.5
        role = face_role(font)
        if indented or not paras or role != paras[-1]["role"]:
            paras.append({"role": role, "text": text, "indent": indented})
        else:
            paras[-1]["text"] += text
    return paras


def set_faces(run_or_style, face):
    rpr = run_or_style.element.get_or_add_rPr() if hasattr(run_or_style, "element") else run_or_style
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), face)


def write_docx(paras, path):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(PAGE_W), Mm(PAGE_H)
    sec.top_margin, sec.left_margin, sec.bottom_margin, sec.right_margin = Mm(TOP), Mm(LEFT), Mm(BOTTOM), Mm(RIGHT)
    sec.header_distance = sec.footer_distance = Mm(10)
    # Word's document grid, 每行28字 每页22行: the character pitch is the default size plus charSpace/4096 pt.
    grid = sec._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sec._sectPr.append(grid)
    # LibreOffice 7.4 snaps a 16 pt character to two cells of a 15.79 pt character grid (it takes the cell from
    # the default size plus charSpace and does not let a character overhang its cell, as Word does), so the
    # 28-character pitch comes from the line grid plus Word's other gongwen recipe: character spacing
    # condensed by 0.25 pt (w:spacing −5 twips; 28 × 15.75 pt fits the 442.2 pt line, 28 × 15.8 does not).
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LINE_PITCH_PT * 20)))
    normal = d.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    set_faces(normal.element.get_or_add_rPr(), FACES["body"])
    settings = d.settings.element
    ctrl = OxmlElement("w:characterSpacingControl")
    ctrl.set(qn("w:val"), "compressPunctuation")
    settings.append(ctrl)
    for p in paras:
        para = d.add_paragraph()
        fmt = para.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.space_before = fmt.space_after = Pt(0)
        if p["indent"]:
            fmt.first_line_indent = Pt(2 * PITCH_PT)
            ind = para._p.get_or_add_pPr().get_or_add_ind()
            ind.set(qn("w:firstLineChars"), "200")
        run = para.add_run(p["text"])
        run.font.size = Pt(BODY_PT)
        set_faces(run, FACES[p["role"]])
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), "-5")
        run.element.get_or_add_rPr().append(spacing)
    d.save(path)


def measure(lines, left, right):
    """Per line: start, end, Han–Han gap range, Han–digit gap range (em)."""
    rows = []
    for chars, _ in lines:
        hh, hd = [], []
        for (a, _, a1), (b, b0, _) in zip(chars, chars[1:]):
            gap = (b0 - a1) / BODY_PT
            if is_han(a) and is_han(b):
                hh.append(gap)
            if (is_han(a) and is_digit_like(b)) or (is_digit_like(a) and is_han(b)):
                hd.append(gap)
        rows.append(
            {
                "text": "".join(c for c, _, _ in chars),
                "start": (chars[0][1] - left) / BODY_PT,
                "end": (right - chars[-1][2]) / BODY_PT,
                "hh": hh,
                "hd": hd,
            }
        )
    return rows


def summary(name, rows):
    hh = [g for r in rows for g in r["hh"]]
    hd = [g for r in rows for g in r["hd"]]
    spread = [max(r["hh"]) - min(r["hh"]) for r in rows if len(r["hh"]) > 1]
    print(f"== {name}: {len(rows)} lines")
    if hh:
        print(f"   Han–Han gap {min(hh):+.3f} … {max(hh):+.3f} em; within-line unevenness up to {max(spread):.3f} em")
    if hd:
        print(f"   Han–digit gap {min(hd):.3f} … {max(hd):.3f} em")
    for r in rows:
        hh_s = f"{min(r['hh']):+.3f}/{max(r['hh']):+.3f}" if r["hh"] else "     –     "
        hd_s = " ".join(f"{g:.2f}" for g in r["hd"])
        print(f"   start {r['start']:+5.2f} end-gap {r['end']:+5.2f} hh {hh_s} hd [{hd_s}] {r['text'][:30]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dataset")
    ap.add_argument("--folio", default=".build/debug/folio")
    ap.add_argument("--page", type=int, default=2, help="Folio's page to compare (1-based)")
    ap.add_argument("--draft", action="store_true", help="build past check findings (imported corpus text)")
    ap.add_argument("--out", default="standin")
    ap.add_argument("--dpi", type=int, default=150)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    folio_pdf = os.path.join(args.out, "folio.pdf")
    build = [args.folio, "build", args.dataset, "-o", folio_pdf]
    if args.draft:
        build[2:2] = ["--force", "--draft"]
    subprocess.run(build, check=True)
    pdf = pymupdf.open(folio_pdf)
    left = LEFT / 25.4 * 72
    right = (PAGE_W - RIGHT) / 25.4 * 72
    n = args.page - 1
    lines = page_lines(pdf, n)
    following = page_lines(pdf, n + 1) if n + 1 < pdf.page_count else []
    # The page's paragraphs, the last one completed from the next page (up to that page's first new paragraph).
    rest = []
    for chars, font in following:
        if chars[0][1] - left > PITCH_PT * 1.5:
            break
        rest.append((chars, font))
    paras = paragraphs(lines + rest, left)
    docx_path = os.path.join(args.out, "standin.docx")
    write_docx(paras, docx_path)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                args.out,
                docx_path,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    lo_pdf = os.path.join(args.out, "standin.pdf")
    for pdf_path, page, stem in ((folio_pdf, args.page, "folio"), (lo_pdf, 1, "libreoffice")):
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile", pdf_path,
             os.path.join(args.out, f"{stem}-p{page}")],
            check=True,
        )
    lo = pymupdf.open(lo_pdf)
    summary(f"Folio page {args.page}", measure(lines, left, right))
    summary("LibreOffice page 1", measure(page_lines(lo, 0), left, right))
    fonts = subprocess.run(["pdffonts", lo_pdf], capture_output=True, text=True).stdout
    print(fonts)


if __name__ == "__main__":
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install libreoffice-writer")
    main()

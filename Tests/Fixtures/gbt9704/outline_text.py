#!/usr/bin/env python3
"""Turns the lettering of a seal SVG into outlines: every <text x y font-size>…</text> (anchored at its middle, as
the seals write it) becomes a <path> of the glyphs' outlines from Noto Sans CJK SC (or Noto Serif CJK SC when the
element's group asks for a serif first), in place, inside the same group, so its fill stays. A seal whose lettering is
text puts that text into the PDF's text layer (librsvg draws it as glyphs): copying the signature's date from the PDF
would bring the seal's words with it. A seal is a picture; its words belong in its outlines.

Usage (fontTools from PyPI, in the tests' environment):
  .build/test-venv/bin/python Tests/Fixtures/gbt9704/outline_text.py FILE.svg [FILE.svg …]   # rewrites each file
"""
import re
import subprocess
import sys

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTCollection, TTFont

TEXT = re.compile(r'<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)"([^>]*)>([^<]*)</text>')


def font(family):
    """The font file fontconfig gives for `family`, opened with fontTools."""
    out = subprocess.run(["fc-match", "-f", "%{file}\n%{index}", family], capture_output=True, text=True, check=True)
    path, index = out.stdout.split("\n")[:2]
    if path.endswith(".ttc"):
        return TTCollection(path)[int(index or 0)]
    return TTFont(path)


def outline(f, text, x, y, size):
    """The SVG path of `text` set at `size` user units, its middle at x, its baseline at y."""
    cmap, glyphs = f.getBestCmap(), f.getGlyphSet()
    scale = size / f["head"].unitsPerEm
    names = [cmap[ord(c)] for c in text]
    width = sum(glyphs[n].width for n in names) * scale
    pen, pos = SVGPathPen(glyphs), x - width / 2
    for n in names:
        # Font units are y-up: flip and move each glyph to its place.
        glyphs[n].draw(TransformPen(pen, (scale, 0, 0, -scale, pos, y)))
        pos += glyphs[n].width * scale
    # Two decimals of a user unit (0.1 mm at 42 mm) are finer than print.
    return re.sub(r"-?\d+\.\d+", lambda n: f"{float(n[0]):.2f}".rstrip("0").rstrip("."), pen.getCommands())


def rewrite(path):
    svg = open(path, encoding="utf-8").read()
    serif = 'font-family="Noto Serif CJK SC' in svg
    f = font("Noto Serif CJK SC" if serif else "Noto Sans CJK SC")

    def replace(m):
        x, y, size, rest, text = float(m[1]), float(m[2]), float(m[3]), m[4], m[5]
        return f'<path aria-label="{text}"{rest} d="{outline(f, text, x, y, size)}"/>'

    svg = TEXT.sub(replace, svg)
    svg = re.sub(r' font-family="[^"]*"', "", svg).replace(' text-anchor="middle"', "")
    open(path, "w", encoding="utf-8").write(svg)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        rewrite(p)

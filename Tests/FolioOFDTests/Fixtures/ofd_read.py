"""Reads an OFD package back with easyofd (PyPI), an independent reader, and renders it to PDF.

Usage: ofd_read.py PACKAGE.ofd OUT.pdf [FOLIO.pdf]

Prints JSON: the page count easyofd found, each page's text (its text codes in document order), the fonts of
PublicRes.xml with what fontTools makes of each embedded file (outline format, glyph count, whether its cmap maps
every character the text objects set in it), and the number of images. Writes easyofd's rendering to OUT.pdf.

With FOLIO.pdf (Folio's PDF of the same dataset), also compares the page images: both PDFs drawn by poppler
(pdftoppm) in grey at 80 dpi, easyofd's scaled to the same pixels (its pages are 200/25.4 points per millimetre),
ink being a level under 160. For each page: the share of easyofd's ink pixels with Folio's ink within 2 pixels
(0.6 mm) and the other way round, and the area of the page's filled path objects in square millimetres (easyofd
strokes paths but never fills them, so on pages with filled charts Folio's ink is not all matched).

easyofd draws every character in one font it names "宋体" (Windows' SimSun), whatever the package embeds; where
SimSun is not installed reportlab has no such font and easyofd falls back to Helvetica, which draws CJK characters
as boxes. So that the rendering shows characters, this script registers reportlab's built-in Adobe-GB1 font
(STSong-Light, not embedded; the PDF reader substitutes an installed Song or Sans face) under that name. Positions
are easyofd's own, computed from the package's TextCode X, Y and DeltaX.
"""

import json
import os
import shutil
import sys
import tempfile
import zipfile

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont


def register_song():
    font = UnicodeCIDFont("STSong-Light")
    font.fontName = "宋体"
    font.name = "宋体"
    pdfmetrics.registerFont(font)


def embedded_fonts(path):
    """What fontTools reads in each embedded font file, and which characters of its text objects its cmap lacks."""
    import re
    import xml.etree.ElementTree as ET
    from io import BytesIO

    from fontTools.ttLib import TTFont

    ns = {"ofd": "http://www.ofdspec.org/2016"}
    fonts = {}
    with zipfile.ZipFile(path) as z:
        res = ET.fromstring(z.read("Doc_0/PublicRes.xml"))
        base = res.get("BaseLoc")
        for font in res.iterfind(".//ofd:Font", ns):
            file = font.find("ofd:FontFile", ns).text
            tt = TTFont(BytesIO(z.read(f"Doc_0/{base}/{file}")))
            fonts[font.get("ID")] = {
                "name": font.get("FontName"),
                "file": file,
                "outlines": "glyf" if "glyf" in tt else ("CFF " if "CFF " in tt else "none"),
                "glyphs": tt["maxp"].numGlyphs,
                "cmap": set(tt.getBestCmap() or {}),
                "missing": set(),
                "maxGlyph": -1,
            }
        for name in z.namelist():
            if not re.match(r"Doc_0/Pages/Page_\d+/Content.xml", name):
                continue
            page = ET.fromstring(z.read(name))
            for text in page.iterfind(".//ofd:TextObject", ns):
                font = fonts[text.get("Font")]
                for code in text.iterfind("ofd:TextCode", ns):
                    font["missing"].update(c for c in (code.text or "") if ord(c) not in font["cmap"])
                for transform in text.iterfind("ofd:CGTransform", ns):
                    glyphs = [int(g) for g in transform.find("ofd:Glyphs", ns).text.split()]
                    font["maxGlyph"] = max([font["maxGlyph"]] + glyphs)
    for font in fonts.values():
        del font["cmap"]
        font["missing"] = "".join(sorted(font["missing"]))
    return list(fonts.values())


def compare_pages(folio_pdf, easy_pdf, package, count):
    """Per page: easyofd ink near Folio's ink, Folio's ink near easyofd's, and the filled path area."""
    import re
    import subprocess
    import xml.etree.ElementTree as ET

    import numpy as np
    from PIL import Image, ImageFilter

    subprocess.run(["pdftoppm", "-r", "80", "-gray", folio_pdf, "folio"], check=True)
    subprocess.run(["pdftoppm", "-scale-to-x", "662", "-scale-to-y", "936", "-gray", easy_pdf, "easy"], check=True)

    def page_file(prefix, number):
        names = sorted(n for n in os.listdir(".") if re.fullmatch(prefix + r"-0*%d\.pgm" % number, n))
        return names[0]

    ns = {"ofd": "http://www.ofdspec.org/2016"}
    results = []
    with zipfile.ZipFile(package) as z:
        for number in range(1, count + 1):
            a = Image.open(page_file("folio", number))
            b = Image.open(page_file("easy", number)).resize(a.size)
            ink_a, ink_b = np.asarray(a) < 160, np.asarray(b) < 160
            near_a = np.asarray(a.filter(ImageFilter.MinFilter(5))) < 160
            near_b = np.asarray(b.filter(ImageFilter.MinFilter(5))) < 160
            page = ET.fromstring(z.read(f"Doc_0/Pages/Page_{number - 1}/Content.xml"))
            filled = 0.0
            for path in page.iterfind(".//ofd:PathObject", ns):
                if path.get("Fill") == "true":
                    _, _, w, h = (float(v) for v in path.get("Boundary").split())
                    filled += w * h
            results.append(
                {
                    "easyInkNearFolio": float((ink_b & near_a).sum() / max(1, ink_b.sum())),
                    "folioInkNearEasy": float((ink_a & near_b).sum() / max(1, ink_a.sum())),
                    "filledArea": round(filled, 1),
                }
            )
    return results


def main():
    package, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    folio_pdf = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None
    # easyofd unpacks into, and writes font files to, the working directory. It names its unpacking folder by
    # cutting the package's path at the first dot (file_deal.py: zip_path.split('.')[0]): under a temporary folder
    # whose path has a dot, every reader running at once would unpack into, and then delete, the same folder. So
    # the working directory is made under the nearest folder above the temporary one whose path has none.
    base = tempfile.gettempdir()
    while "." in base and os.path.dirname(base) != base:
        base = os.path.dirname(base)
    work = tempfile.mkdtemp(prefix="easyofd-", dir=base)
    os.chdir(work)
    register_song()
    # easyofd prints as it goes: keep standard output for the JSON.
    real_stdout, sys.stdout = sys.stdout, sys.stderr
    from easyofd.ofd import OFD

    ofd = OFD()
    ofd.read(package, fmt="path")
    doc = ofd.data[0]
    pages = []
    for number in sorted(doc["page_info"]):
        texts = doc["page_info"][number].get("text_list", [])
        pages.append("".join(t["text"] for t in texts))
    with open(out, "wb") as f:
        f.write(ofd.to_pdf())
    sys.stdout = real_stdout
    images = compare_pages(folio_pdf, out, package, len(pages)) if folio_pdf else []
    print(
        json.dumps(
            {
                "pages": len(pages),
                "text": pages,
                "pageSize": doc["default_page_size"],
                "images": len(doc["images"]),
                "fonts": embedded_fonts(package),
                "imageComparison": images,
            },
            ensure_ascii=False,
        )
    )
    os.chdir(base)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

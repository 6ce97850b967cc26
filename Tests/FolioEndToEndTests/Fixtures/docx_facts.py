#!/usr/bin/env python3
"""Prints, as JSON, what python-docx (an independent reader) finds in a .docx Folio wrote: the page set-up, the
document grid, the styles' faces and indents, the tables with their merged cells, the pictures with their alternative
text, and the footers. Used by Tests/FolioEndToEndTests/WordOutputTests.swift."""
import json, sys
import docx
from docx.oxml.ns import qn

d = docx.Document(sys.argv[1])
s = d.sections[0]
grid = s._sectPr.find(qn("w:docGrid"))
def east_asia(style):
    fonts = style.element.find(qn("w:rPr")).find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia"))
def style_facts(name):
    st = d.styles[name]
    ppr = st.element.find(qn("w:pPr"))
    ind = ppr.find(qn("w:ind")) if ppr is not None else None
    rpr = st.element.find(qn("w:rPr"))
    spacing = rpr.find(qn("w:spacing")) if rpr is not None else None
    size = rpr.find(qn("w:sz")) if rpr is not None else None
    return {"font": east_asia(st), "firstLineChars": ind.get(qn("w:firstLineChars")) if ind is not None else None,
            "size": int(size.get(qn("w:val"))) / 2 if size is not None else None,
            "charSpacing": spacing.get(qn("w:val")) if spacing is not None else None}
tables = []
for t in d.tables:
    spans = sum(1 for tc in t._tbl.iter(qn("w:gridSpan")))
    merges = sum(1 for tc in t._tbl.iter(qn("w:vMerge")))
    headers = sum(1 for tr in t._tbl.iter(qn("w:tblHeader")))
    tables.append({"rows": len(t.rows), "columns": len(t.columns), "gridSpans": spans, "vMerges": merges,
                   "headerRows": headers})
pictures = [p.get("descr") for p in d.element.body.iter(qn("wp:docPr"))]
footers = []
for f in (s.footer, s.even_page_footer):
    text = "".join(n.text or "" for n in f._element.iter() if n.tag in (qn("w:t"), qn("w:instrText")))
    jc = f._element.find(".//" + qn("w:jc"))
    footers.append({"text": text, "align": jc.get(qn("w:val")) if jc is not None else None})
print(json.dumps({
    "page": [round(s.page_width.mm, 1), round(s.page_height.mm, 1)],
    "margins": [round(x.mm, 1) for x in (s.top_margin, s.right_margin, s.bottom_margin, s.left_margin)],
    "grid": {"type": grid.get(qn("w:type")), "linePitch": int(grid.get(qn("w:linePitch")))},
    "evenAndOdd": d.settings.odd_and_even_pages_header_footer,
    "styles": {n: style_facts(n) for n in ["Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4"]},
    "tables": tables, "pictures": pictures, "footers": footers,
    "gridWidths": [[int(g.get(qn("w:w"))) for g in t._tbl.iter(qn("w:gridCol"))] for t in d.tables],
    "title": d.core_properties.title, "author": d.core_properties.author,
}, ensure_ascii=False))

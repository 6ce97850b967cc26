#!/usr/bin/env python3
"""Writes the data-file fixtures of FolioDataTests from the bundled dataset's `data:` section.

    python3 Tests/FolioDataTests/Fixtures/make_fixtures.py

Needs only PyYAML; the .xlsx is written with zipfile (SpreadsheetML by hand), so that the file
exercises what a data file must handle: shared strings, numbers stored as text (a shared string
and an inline string), merged header cells (a title over the table, 指标/单位/数值 merged down,
年份 merged across) and empty cells (omitted <c> elements).

figures.csv          UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), one header row
figures-gb18030.csv  GB18030 (Excel's plain "CSV" in China), a subheading row, CRLF lines
figures.xlsx         sheet 说明 (notes) then sheet 主要指标 with a two-row header
bad.xlsx             sheet 主要指标, two single values, "约100" in cell C4, for the diagnostic test
"""
import os
import zipfile
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DATASET = os.path.join(ROOT, "Assets", "reports", "xx-town-2016-2020.yaml")


def text(v):
    return str(v)


def rows_from_dataset():
    """(name, unit, {year: text}, value text or None) per figure, sums added up."""
    with open(DATASET, encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.BaseLoader)["data"]  # BaseLoader: every scalar stays text
    out = []
    for name, spec in data.items():
        unit = spec.get("unit", "")
        if "values" in spec:
            out.append((name, unit, dict(spec["values"]), None))
        elif "sum" in spec:
            parts = [data[p]["value"] for p in spec["sum"]]
            decimals = max(len(p.split(".")[1]) if "." in p else 0 for p in parts)
            out.append((name, unit, {}, f"{sum(float(p) for p in parts):.{decimals}f}"))
        else:
            out.append((name, unit, {}, spec["value"]))
    return out


def years_of(rows):
    return sorted({y for _, _, ys, _ in rows for y in ys})


def write_csv(rows):
    years = years_of(rows)
    lines = [["指标", "单位"] + years + ["数值"]]
    for name, unit, ys, value in rows:
        lines.append([name, unit] + [ys.get(y, "") for y in years] + [value or ""])
    body = "\n".join(",".join(l) for l in lines) + "\n"
    with open(os.path.join(HERE, "figures.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + body.encode("utf-8"))
    # GB18030, CRLF, a subheading row without figures, and 2015年-style year headers.
    lines = [["指标", "单位"] + [y + "年" for y in years] + ["数值"], ["一、基本情况", "", "", "", ""]] + lines[1:]
    body = "\r\n".join(",".join(l) for l in lines) + "\r\n"
    with open(os.path.join(HERE, "figures-gb18030.csv"), "wb") as f:
        f.write(body.encode("gb18030"))


def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Sheet:
    def __init__(self):
        self.cells = {}  # (row, col) -> xml of <c>
        self.merges = []

    def put(self, r, c, xml_inner, t=None):
        attr = f' t="{t}"' if t else ""
        self.cells[(r, c)] = f'<c r="{col(c)}{r}"{attr}>{xml_inner}</c>'

    def xml(self):
        rows = {}
        for (r, c), x in sorted(self.cells.items()):
            rows.setdefault(r, []).append(x)
        data = "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in sorted(rows.items()))
        merges = ""
        if self.merges:
            merges = f'<mergeCells count="{len(self.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in self.merges) + "</mergeCells>"
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f'<sheetData>{data}</sheetData>{merges}</worksheet>')


def write_xlsx(path, rows, bad=False):
    strings = []

    def s(value):
        if value not in strings:
            strings.append(value)
        return f"<v>{strings.index(value)}</v>"

    notes = Sheet()
    notes.put(1, 1, s("本表由统计站提供，单位见各行。"), "s")
    sheet = Sheet()
    years = years_of(rows)
    last = 2 + len(years) + 1
    sheet.put(1, 1, s("XX镇主要统计指标"), "s")
    sheet.merges.append(f"A1:{col(last)}1")
    sheet.put(2, 1, s("指标"), "s"); sheet.merges.append("A2:A3")
    sheet.put(2, 2, s("单位"), "s"); sheet.merges.append("B2:B3")
    if years:
        sheet.put(2, 3, s("年份"), "s"); sheet.merges.append(f"C2:{col(2 + len(years))}2")
    sheet.put(2, last, s("数值"), "s"); sheet.merges.append(f"{col(last)}2:{col(last)}3")
    for i, y in enumerate(years):
        sheet.put(3, 3 + i, s(y + "年"), "s")
    for k, (name, unit, ys, value) in enumerate(rows):
        r = 4 + k
        sheet.put(r, 1, s(name), "s")
        if unit:
            sheet.put(r, 2, s(unit), "s")
        for i, y in enumerate(years):
            if y not in ys:
                continue  # empty cell: no <c> at all
            v = ys[y]
            if name == "农民人均纯收入" and y == years[0]:
                sheet.put(r, 3 + i, s(v), "s")  # a number stored as text (shared string)
            elif name == "农民人均纯收入":
                sheet.put(r, 3 + i, f"<is><t xml:space=\"preserve\"> {v} </t></is>", "inlineStr")  # inline text
            else:
                sheet.put(r, 3 + i, f"<v>{v}</v>")
        if value is not None:
            if name == "水田面积":
                sheet.put(r, last, "<v>19752.130000000001</v>")  # how Excel stores 19752.13
            elif bad and k == 0:
                sheet.put(r, last, s("约100"), "s")
            else:
                sheet.put(r, last, f"<v>{value}</v>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{esc(x)}</t></si>" if i % 7 else f"<si><r><t>{esc(x[:1])}</t></r><r><t>{esc(x[1:])}</t></r></si>"
                     for i, x in enumerate(strings)) + "</sst>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="说明" sheetId="1" r:id="rId1"/><sheet name="主要指标" sheetId="2" r:id="rId2"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>',
        "xl/worksheets/sheet1.xml": notes.xml(),
        "xl/worksheets/sheet2.xml": sheet.xml(),
        "xl/sharedStrings.xml": sst,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            info = zipfile.ZipInfo(name, date_time=(2021, 7, 15, 0, 0, 0))  # fixed date: same bytes every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, body)


if __name__ == "__main__":
    rows = rows_from_dataset()
    write_csv(rows)
    write_xlsx(os.path.join(HERE, "figures.xlsx"), rows)
    write_xlsx(os.path.join(HERE, "bad.xlsx"), rows[:2], bad=True)
    print(f"wrote {len(rows)} figures to figures.csv, figures-gb18030.csv, figures.xlsx; bad.xlsx")

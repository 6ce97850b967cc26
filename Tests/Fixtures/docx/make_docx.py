#!/usr/bin/env python3
"""Writes the .docx fixtures of Tests/FolioImportTests/DocxImportTests.swift into this folder.

    python3 Tests/Fixtures/docx/make_docx.py      (python-docx from Tests/requirements.txt)

The generated files are committed, so the tests need no Python. python-docx has no footnotes and no list
numbering of its own: the script adds word/footnotes.xml and the numbering definitions by editing the XML.
"""
import copy
import io
import os
import struct
import zipfile
import zlib

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def png(width=4, height=3):
    """A small red PNG, made here so the fixture depends on no image file."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def opening(title="XX镇2025年工作总结", issuer="XX镇人民政府", date="2025年12月20日"):
    """A new document with a report's opening: its title, issuer and date, one paragraph each."""
    d = Document()
    d.add_paragraph(title)
    d.add_paragraph(issuer)
    d.add_paragraph(date)
    return d


def add_footnotes(document, notes):
    """Adds word/footnotes.xml with `notes` (ids 1…) and returns nothing; references are added by `reference`."""
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote>'
        for i, text in enumerate(notes, start=1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def reference(paragraph, note_id):
    """Appends a footnote reference run to `paragraph`."""
    paragraph._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'))


def outline_level(paragraph, level):
    """Gives `paragraph` a direct outline level (0 = level 1), as WPS writes for headings without a heading style."""
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="{level}"/>'))


def styled_report():
    """Title block, headings by Word's and WPS's style names and by outline level, a table with merged cells and a
    header row, an image and a footnote."""
    d = Document()
    d.add_paragraph("XX县2025年政府工作报告", style="Title")
    d.add_paragraph("——2026年1月10日在XX县第十八届人民代表大会第五次会议上", style="Subtitle")
    d.add_paragraph("XX县人民政府")
    d.add_paragraph("2026年1月10日")
    wps2 = d.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)  # WPS's Chinese style name
    wps2.font.size = Pt(16)
    d.add_heading("过去一年工作回顾", level=1)
    p = d.add_paragraph("全县地区生产总值达到156.32亿元，比上年增长5.6%。")
    reference(p, 1)
    d.add_paragraph("经济运行稳中有进", style="标题 2")
    d.add_paragraph("一般公共预算收入完成8.27亿元，增长6.1%。")
    outline_level(d.add_paragraph("项目建设提速增效"), 1)
    d.add_paragraph("全年实施重点项目120个，完成投资45.6亿元。")
    d.add_paragraph("表1  2025年主要指标")
    t = d.add_table(rows=4, cols=3)
    rows = [["指标", "绝对数", "比上年增长（%）"], ["地区生产总值（亿元）", "156.32", "5.6"],
            ["其中：第一产业", "30.10", ""], ["第二产业", "", ""]]
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            t.cell(r, c).text = v
    t.cell(3, 1).merge(t.cell(3, 2)).text = "42.50"  # a horizontal merge: w:gridSpan
    t.cell(1, 2).merge(t.cell(2, 2)).text = "5.6"  # a vertical merge: w:vMerge, the 5.6 cell spans two rows
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader {W}/>'))
    d.add_heading("2026年工作安排", level=1)
    d.add_paragraph("图1  2021—2025年地区生产总值")
    d.add_picture(io.BytesIO(png()))
    d.add_paragraph("全年地区生产总值预期增长5.5%左右。")
    add_footnotes(d, ["地区生产总值按现价计算，增长速度按不变价格计算。"])
    d.save(os.path.join(HERE, "styled_report.docx"))


NUMBERING = f'''<w:abstractNum {W} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
</w:abstractNum>'''


def numbered(paragraph, level):
    """Puts `paragraph` in list 90 at `level`."""
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def numbered_report():
    """Headings numbered by Word's list numbering (numbering.xml), not typed: 一、（一）1.（1）."""
    d = opening()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, level in [("主要工作成效", 0), ("经济发展", 1), ("农业生产", 2), ("粮食", 3), ("蔬菜", 3),
                        ("工业生产", 2), ("社会事业", 1), ("存在的问题", 0), ("下一步打算", 0)]:
        numbered(d.add_paragraph(text), level)
        d.add_paragraph(f"{text}方面的工作稳步推进。")
    d.save(os.path.join(HERE, "numbered_report.docx"))


def wide_table():
    """A table of 30 grid columns, more than the 24 a dataset's table may have: a header cell merged over 26 columns
    (w:gridSpan past 24) and one over the columns 20–25 the split cuts through; one row marked as the header."""
    d = opening()
    d.add_heading("主要指标", level=1)
    d.add_paragraph("表1  各村主要指标")
    t = d.add_table(rows=4, cols=30)
    t.cell(0, 0).text = "指标"
    t.cell(0, 1).merge(t.cell(0, 26)).text = "各村"   # w:gridSpan 26
    t.cell(0, 27).text = "合计"
    t.cell(0, 28).merge(t.cell(0, 29)).text = "增长（%）"
    t.cell(1, 0).text = "村"
    for c in range(1, 30):
        t.cell(1, c).text = f"村{c}"
    t.cell(1, 20).merge(t.cell(1, 25)).text = "片区"   # over the cut after column 24
    for r, name in [(2, "人口（人）"), (3, "收入（万元）")]:
        t.cell(r, 0).text = name
        for c in range(1, 30):
            t.cell(r, c).text = str(r * 100 + c)
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W}/>'))
    d.add_paragraph("各村指标稳步提升。")
    d.save(os.path.join(HERE, "wide_table.docx"))


def one_row_tables():
    """A one-row table under a “表N …” caption (its rows lost: a table to fill in), a one-row table with nothing
    above it (a layout table: a paragraph), and a table whose every row is marked as a header row."""
    d = opening()
    d.add_heading("概况", level=1)
    d.add_paragraph("表1  主要指标")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "指标", "2025年"
    d.add_paragraph("全年工作平稳推进。")
    t = d.add_table(rows=1, cols=3)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "联系人：张三", "", "电话：1234567"
    d.add_paragraph("表2  收支情况")
    t = d.add_table(rows=2, cols=2)
    for r, values in enumerate([["项目", "金额"], ["收入", "8.6"]]):
        for c, v in enumerate(values):
            t.cell(r, c).text = v
        t.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W}/>'))
    d.add_paragraph("下一步继续做好各项工作。")
    d.save(os.path.join(HERE, "one_row_tables.docx"))


def same_name_images():
    """Two different pictures whose parts have one file name in two folders: word/media/x.png and word/other/x.png
    (python-docx names them image1.png and image2.png; the zip is rewritten to move them)."""
    d = opening()
    d.add_paragraph("全镇面貌焕然一新。")
    d.add_picture(io.BytesIO(png(4, 3)))
    d.add_paragraph("新建道路12公里。")
    d.add_picture(io.BytesIO(png(5, 2)))
    d.add_paragraph("各项工作稳步推进。")
    buffer = io.BytesIO()
    d.save(buffer)
    moved = {"word/media/image1.png": "word/media/x.png", "word/media/image2.png": "word/other/x.png"}
    with zipfile.ZipFile(buffer) as source, \
            zipfile.ZipFile(os.path.join(HERE, "same_name_images.docx"), "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b'Target="media/image1.png"', b'Target="media/x.png"')
                data = data.replace(b'Target="media/image2.png"', b'Target="other/x.png"')
            target.writestr(moved.get(item.filename, item.filename), data)


def images_in_cells():
    """A table of photos under their labels (整治前 | 整治后): the pictures are in the cells of a row with no text."""
    d = opening()
    d.add_paragraph("村容村貌整治前后对比如下。")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "整治前"
    t.cell(0, 1).text = "整治后"
    t.cell(1, 0).paragraphs[0].add_run().add_picture(io.BytesIO(png(4, 3)))
    t.cell(1, 1).paragraphs[0].add_run().add_picture(io.BytesIO(png(5, 2)))
    d.add_paragraph("群众满意度明显提升。")
    d.save(os.path.join(HERE, "images_in_cells.docx"))


def empty_first_cells():
    """Rows whose first cells are empty: one continuing a vertical merge in the first column (其中：税收 stays in the
    second column), one left empty, one with text in its last cell only."""
    d = opening()
    d.add_heading("收支情况", level=1)
    d.add_paragraph("表1  收支")
    rows = [["项目", "2024年", "2025年"], ["收入", "8.6", "9.1"], ["", "其中：税收", "5.2"], ["", "非税", "3.9"],
            ["", "", "7.0"]]
    t = d.add_table(rows=len(rows), cols=3)
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            t.cell(r, c).text = v
    t.cell(1, 0).merge(t.cell(2, 0))   # 收入 over two rows: the second row's first cell continues the merge
    d.add_paragraph("收支平稳。")
    d.save(os.path.join(HERE, "empty_first_cells.docx"))


def adjacent_tables():
    """Two tables with only an empty paragraph between them, as Word keeps two tables apart, and of other widths."""
    d = opening()
    d.add_heading("收支情况", level=1)
    for rows in [[["项目", "金额"], ["收入", "8.6"]], [["村", "人口", "面积"], ["甲村", "1200", "3.5"]]]:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                t.cell(r, c).text = v
        d.add_paragraph("")
    d.add_paragraph("收支平稳。")
    d.save(os.path.join(HERE, "adjacent_tables.docx"))


def spanned_table(d, columns, rows):
    """A table of `columns` grid columns whose rows are lists of (text, first grid column, last grid column): each
    cell merged across its columns (w:gridSpan), its text set after merging. Returns the table."""
    t = d.add_table(rows=len(rows), cols=columns)
    for r, cells in enumerate(rows):
        for text, first, last in cells:
            cell = t.cell(r, first) if first == last else t.cell(r, first).merge(t.cell(r, last))
            cell.text = text
    return t


def paired(texts, width=12):
    """A row of cells two grid columns wide each, as Word writes a table pasted from Excel over a fine grid; the grid
    columns after them are left empty."""
    return [(text, 2 * i, 2 * i + 1) for i, text in enumerate(texts)] + [("", c, c) for c in range(2 * len(texts), width)]


def fine_grid_table():
    """Two 附表 typed into one Word table over a grid of 12 columns, as 承德's budget report has them: each real
    column two grid columns wide (w:gridSpan 2), two grid columns at the right empty in every row, a number label
    row, a title row across the whole table, a unit row, and a row label merged over two rows (w:vMerge)."""
    d = opening("XX市2025年预算执行情况的报告", "XX市财政局", "2026年1月10日")
    d.add_heading("附表", level=1)
    empty = ["", "", "", "", ""]
    rows = [
        paired(["附表1"] + empty[1:]),
        [("2025年全市一般公共预算收入完成情况表", 0, 11)],
        paired(empty[:3]) + [("单位：万元", 6, 11)],
        paired(["预算科目", "预算数", "完成数", "占预算(%)", "比上年增长(%)"]),
        paired(["本年收入合计", "1448485", "1448177", "100", "3"]),
        paired(["税收收入", "927210", "848910", "91.6", "0.5"]),
        paired(["", "362300", "274175", "75.7", "-0.9"]),
        paired(["附表2"] + empty[1:]),
        [("2025年全市国有资本经营预算收入完成情况表", 0, 11)],
        [("项目", 0, 4), ("金额", 5, 9), ("", 10, 10), ("", 11, 11)],
        [("合计", 0, 4), ("83394", 5, 9), ("", 10, 10), ("", 11, 11)],
        [("利润收入", 0, 4), ("16845", 5, 9), ("", 10, 10), ("", 11, 11)],
    ]
    t = spanned_table(d, 12, rows)
    t.cell(5, 0).merge(t.cell(6, 1)).text = "税收收入"   # over two rows and its two grid columns
    d.add_paragraph("以上为预算执行情况。")
    d.save(os.path.join(HERE, "fine_grid_table.docx"))


def titled_tables():
    """Tables titled as real reports title them: by a first row across all columns (和田's statistical bulletin),
    by a short paragraph right above ending in 表 (彭水), and one with neither."""
    d = opening("XX地区2025年国民经济和社会发展统计公报", "XX地区统计局", "2026年3月20日")
    d.add_heading("综合", level=1)
    d.add_paragraph("全年居民消费价格比上年上涨0.6%。")
    spanned_table(d, 3, [
        [("2025年居民消费价格比上年涨跌幅度", 0, 2)],
        [("指标", 0, 0), ("价格指数", 1, 1), ("比上年涨跌幅度（%）", 2, 2)],
        [("居民消费价格", 0, 0), ("100.6", 1, 1), ("0.6", 2, 2)],
        [("食品烟酒", 0, 0), ("101.2", 1, 1), ("1.2", 2, 2)],
    ])
    d.add_paragraph("2024年全县一般公共预算收支平衡表")
    d.add_paragraph("单位：万元")
    spanned_table(d, 4, [
        [("收入", 0, 0), ("执行数", 1, 1), ("支出", 2, 2), ("执行数", 3, 3)],
        [("总计", 0, 0), ("961745", 1, 1), ("总计", 2, 2), ("961745", 3, 3)],
    ])
    d.add_paragraph("收支平衡。")
    spanned_table(d, 2, [[("项目", 0, 0), ("金额", 1, 1)], [("合计", 0, 0), ("12", 1, 1)]])
    d.add_paragraph("完。")
    d.save(os.path.join(HERE, "titled_tables.docx"))


def heading_levels():
    """Word heading styles whose texts are numbered apart from their levels, as a township's report has them: a
    Heading 1 without a number, the Heading 2 under it typed 一、 二、."""
    d = opening("XX镇政府工作报告", "XX镇人民政府", "2014年1月5日")
    d.add_heading("2013年工作回顾", level=1)
    d.add_paragraph("过去的一年，全镇经济平稳发展。")
    d.add_heading("一、农业农村经济稳中有升", level=2)
    d.add_paragraph("粮食播种面积84911亩。")
    d.add_heading("二、工业经济加快发展", level=2)
    d.add_paragraph("工业总产值增长12%。")
    d.add_heading("2014年工作安排", level=1)
    d.add_heading("一、抓好农业生产", level=2)
    d.add_paragraph("稳定粮食生产。")
    d.save(os.path.join(HERE, "heading_levels.docx"))


def indented_items():
    """A budget table whose sub-items stand in under their items, as drafters set them in Word: two full-width
    spaces typed before 税收收入, a paragraph indent of four characters (w:leftChars) on 其中：增值税, one of 420
    twips (two characters at 五号, w:left) on 非税收入."""
    d = opening("XX县2025年预算执行情况的报告", "XX县财政局", "2026年1月10日")
    d.add_paragraph("全县一般公共预算收入完成情况如下表。")
    d.add_paragraph("表1 2025年全县一般公共预算收入完成情况表")
    table = d.add_table(rows=5, cols=3)
    rows = [["项目", "预算数", "完成数"], ["一般公共预算收入", "1691", "1771"], ["\u3000\u3000税收收入", "1234", "1301"],
            ["其中：增值税", "534", "551"], ["非税收入", "457", "470"]]
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    first = table.cell(3, 0).paragraphs[0]
    first._p.get_or_add_pPr().append(parse_xml(f'<w:ind {W} w:leftChars="400" w:left="840"/>'))
    table.cell(4, 0).paragraphs[0].paragraph_format.left_indent = Pt(21)
    d.add_paragraph("以上情况，请予审议。")
    d.save(os.path.join(HERE, "indented_items.docx"))


def landscape_section():
    """A report whose 附表 stands in a section of its own set landscape, as drafters turn a wide table in Word: the
    text before and after it upright."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    d = opening("XX县2025年财政预算执行情况的报告", "XX县财政局", "2026年1月20日")
    d.add_paragraph("全县一般公共预算收入分月完成情况见附表1。")
    section = d.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    d.add_paragraph("附表1 2025年全县一般公共预算收入分月完成情况表")
    t = d.add_table(rows=3, cols=14)
    for c, text in enumerate(["项目"] + [f"{m}月" for m in range(1, 13)] + ["合计"]):
        t.cell(0, c).text = text
    for r, item in enumerate(["税收收入", "非税收入"], start=1):
        t.cell(r, 0).text = item
        for c in range(1, 14):
            t.cell(r, c).text = f"{r * 1000 + c * 37:,}.{c:02d}"
    back = d.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = back.page_height, back.page_width
    d.add_paragraph("附表2 2025年全县一般公共预算支出完成情况表")
    u = d.add_table(rows=2, cols=3)
    for c, text in enumerate(["项目", "预算数", "执行数"]):
        u.cell(0, c).text = text
    for c, text in enumerate(["教育支出", "1,200.00", "1,180.50"]):
        u.cell(1, c).text = text
    d.save(os.path.join(HERE, "landscape_section.docx"))


def hostile():
    """Files a hostile or broken .docx could be: each must be refused with exit 65, never a crash."""
    with open(os.path.join(HERE, "not_a_zip.docx"), "wb") as f:
        f.write("这不是一个 Word 文档。\n".encode("utf-8"))
    with zipfile.ZipFile(os.path.join(HERE, "no_document.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    entity = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">'
              '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              f'<w:document {W}><w:body><w:p><w:r><w:t>&x;&b;</w:t></w:r></w:p></w:body></w:document>')
    with zipfile.ZipFile(os.path.join(HERE, "external_entity.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", entity)
    # 80 MiB of spaces inside one paragraph: about 80 KB compressed, over the 64 MiB part limit when inflated.
    with zipfile.ZipFile(os.path.join(HERE, "bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode())
            block = b" " * (1 << 20)
            for _ in range(80):
                f.write(block)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 1:   # only the fixtures named: python3 make_docx.py fine_grid_table titled_tables
        for name in sys.argv[1:]:
            globals()[name]()
        sys.exit(0)
    styled_report()
    numbered_report()
    wide_table()
    one_row_tables()
    same_name_images()
    images_in_cells()
    empty_first_cells()
    adjacent_tables()
    hostile()
    fine_grid_table()
    titled_tables()
    heading_levels()
    landscape_section()
    indented_items()

"""A small fuzz of `folio import` on tables: random .docx tables (python-docx: rows, columns, merges, empty cells,
header rows, sometimes wider than 24 columns) and random .txt tables; each imported, then `folio check` and
`folio build --draft` on the result. Usage: fuzz.py FOLIO OUTDIR [N]"""
import collections, os, random, re, subprocess, sys
from docx import Document
from docx.oxml import parse_xml
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
folio, out = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
os.makedirs(out, exist_ok=True)
TEXTS = ["", "", "", "指标", "单位", "2019年", "2020年", "增长（%）", "收入", "万元", "12.5", "100", "-3", "合计",
         "其中：", "x", "2020", "（一）", "%", "年份", "数值", "地区生产总值（亿元）", "5.6", "{a}", "a\"b", "一、概况"]
LEAD = ["", "表1 主要指标", "表2  2025年收支", "单位：万元", "表1 主要指标\n单位：亿元", "（单位：元）"]

def docx_case(rnd, path):
    d = Document()
    d.add_paragraph("XX镇2025年工作总结")
    d.add_paragraph("XX镇人民政府")
    d.add_paragraph("2025年12月20日")
    d.add_paragraph("一、概况")
    d.add_paragraph("全年收入5万元，比上年增长10%。")
    for _ in range(rnd.randint(1, 2)):
        for line in rnd.choice(LEAD).split("\n"):
            if line: d.add_paragraph(line)
        rows = rnd.choice([1, 1, 2, 2, 3, 4, 5, 6])
        cols = rnd.choice([1, 2, 3, 4, 5, 6, 8]) if rnd.random() > 0.08 else rnd.choice([23, 24, 25, 26, 30])
        t = d.add_table(rows=rows, cols=cols)
        for r in range(rows):
            for c in range(cols):
                t.cell(r, c).text = rnd.choice(TEXTS)
        for _ in range(rnd.choice([0, 0, 1, 1, 2, 3])):
            r0, c0 = rnd.randrange(rows), rnd.randrange(cols)
            r1, c1 = rnd.randint(r0, min(rows - 1, r0 + 2)), rnd.randint(c0, min(cols - 1, c0 + 3))
            if (r0, c0) == (r1, c1): continue
            try:
                t.cell(r0, c0).merge(t.cell(r1, c1))
            except Exception:
                pass
        for r in range(min(rows, rnd.choice([0, 0, 0, 1, 1, 2, rows]))):
            t.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W}/>'))
        if rnd.random() < 0.7:
            d.add_paragraph("正文继续。")
    d.save(path)

def txt_case(rnd, path):
    lines = ["XX镇2025年工作总结", "XX镇人民政府", "2025年12月20日", "一、概况", "全年收入5万元，比上年增长10%。"]
    for _ in range(rnd.randint(1, 2)):
        lines += [l for l in rnd.choice(LEAD).split("\n") if l]
        rows = rnd.choice([1, 1, 2, 2, 3, 4, 5])
        cols = rnd.choice([2, 2, 3, 4, 5]) if rnd.random() > 0.08 else rnd.choice([24, 25, 30])
        ragged = rnd.random() < 0.3
        for r in range(rows):
            k = rnd.randint(1, cols) if ragged and r else cols
            cells = [rnd.choice(TEXTS) for _ in range(k)]
            if r == 0: cells = [c or "项目" for c in cells]
            lines.append("\t".join(cells))
        if rnd.random() < 0.7: lines.append("正文继续。")
    open(path, "w").write("\n".join(lines) + "\n")

def run(args):
    return subprocess.run([folio, "--lang", "en"] + args, capture_output=True, timeout=120)

stats = collections.Counter(); fails = collections.defaultdict(list)
for kind in ["docx", "txt"]:
    for i in range(n):
        rnd = random.Random(f"{kind}{i}")
        src = os.path.join(out, f"{kind}{i}.{kind}")
        (docx_case if kind == "docx" else txt_case)(rnd, src)
        y = os.path.join(out, f"{kind}{i}.yaml")
        r = run(["import", src, "-o", y, "--force"])
        if r.returncode != 0:
            key = f"{kind} import {r.returncode}"; stats[key] += 1; fails[key].append(src); continue
        c = run(["check", y])
        b = run(["build", y, "--draft", "--force", "-o", os.path.join(out, f"{kind}{i}.pdf")])
        if b.returncode == 0 and c.returncode == 0:
            stats[f"{kind} ok"] += 1; continue
        err = re.findall(rb"error: ([^\n]{0,60})", b.stderr + c.stderr + c.stdout)
        key = f"{kind} check {c.returncode} build {b.returncode}: " + re.sub(r"\d+", "N", (err[0].decode("utf-8", "replace") if err else "?"))
        stats[key] += 1; fails[key].append(y)
for k, v in sorted(stats.items()): print(f"{v:4d}  {k}")
for k, v in fails.items(): print(k, "e.g.", v[:3])

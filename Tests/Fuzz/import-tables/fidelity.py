"""For the .docx cases of a fuzz run: whether every source table's cell texts come out in the same rows and grid
columns in the imported dataset (tables split past 24 columns and one-row tables excluded). Usage: fidelity.py DIR"""
import glob, os, re, sys, yaml
from docx import Document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def source_tables(path):
    """Each table's (grid columns, rows, [(column, text) of each cell that starts in the row]) from the XML."""
    out = []
    for t in Document(path).tables:
        rows, width = [], 0
        for tr in t._tbl.findall(W + "tr"):
            c, entries = 0, []
            for tc in tr.findall(W + "tc"):
                pr = tc.find(W + "tcPr")
                span = pr.find(W + "gridSpan") if pr is not None else None
                vm = pr.find(W + "vMerge") if pr is not None else None
                n = max(1, min(64, int(span.get(W + "val")))) if span is not None else 1
                text = "".join(x.text or "" for x in tc.iter(W + "t")).strip()
                continued = vm is not None and vm.get(W + "val") != "restart"
                if text and not continued:
                    entries.append((c, re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text)))
                c += n
            width = max(width, c)
            if entries: rows.append(entries)
        out.append((width, len(rows), rows))
    return out

def place(rows):
    """(column, text) of each cell with text, per row, placing spans as the loader does."""
    covered = {}
    out = []
    for r, row in enumerate(rows):
        c, entries = 0, []
        for cell in row:
            while covered.get((r, c)): c += 1
            if isinstance(cell, dict):
                text, cs, rs = cell.get("text"), cell.get("colspan", 1), cell.get("rowspan", 1)
            else:
                text, cs, rs = cell, 1, 1
            text = "" if text is None else str(text)
            for dr in range(rs):
                for dc in range(cs): covered[(r + dr, c + dc)] = True
            if text: entries.append((c, text.replace("{{", "{").replace("}}", "}")))
            c += cs
        if entries: out.append(entries)
    return out

def imported_tables(path):
    text = re.sub(r"!todo ", "", open(path).read())
    data = yaml.safe_load(text)
    out = []
    def walk(items):
        for it in items or []:
            if "table" in it:
                t = it["table"]; cols = t["columns"]
                header = cols if cols and isinstance(cols[0], list) else [cols]
                out.append((t.get("caption", ""), place(header) + place(t["rows"] or [])))
            if "section" in it: walk(it.get("body"))
    walk(data.get("body"))
    return out

ok = bad = skipped = 0
for src in sorted(glob.glob(os.path.join(sys.argv[1], "docx*.docx")), key=lambda p: int(re.findall(r"\d+", os.path.basename(p))[0])):
    y = src[:-5] + ".yaml"
    if not os.path.exists(y): continue
    sources = source_tables(src)
    try:
        imported = [t for t in imported_tables(y) if "（续表）" not in str(t[0])]
    except Exception as e:
        bad += 1; print("unreadable", y, e); continue
    # Tables the importer keeps as tables: two grid columns or more and at least two rows with text, at most 24 columns.
    kept = [s for s in sources if s[0] > 1 and len(s[2]) >= 2]
    if any(s[0] > 24 for s in sources) or len(kept) != len(imported):
        skipped += 1; continue
    # Rows with 【待填】 only are added by the importer.
    same = all(s[2] == [row for row in i[1] if any(t != "【待填】" for _, t in row)] for s, i in zip(kept, imported))
    if same: ok += 1
    else:
        bad += 1
        if bad <= 5:
            for s, i in zip(kept, imported):
                if s[2] != i[1]: print(src, "\n  source  ", s[2], "\n  imported", i[1])
print(f"cells in place: {ok}, differ: {bad}, not compared: {skipped}")

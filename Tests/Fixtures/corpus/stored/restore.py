#!/usr/bin/env python3
"""Rebuilds the corpus fixtures sunmiao_2025_gzbg.txt, quxian_2024_final_accounts.txt and qdndz_2015_tjgb.txt from the
excerpts the search store holds (the *.stored.txt files beside this script, copied from the store's answer unchanged).

The store keeps a web page NFKC-folded: the full-width ，：；？！（） of the published page come back as ASCII. This
script undoes that one fold where the page was Chinese text — a mark whose neighbours are not both ASCII letters or
digits becomes full-width again (so “41,541” and “25.72:26.84” stay as they are), and so does the colon after a
caption's label (“图1:”) — and trims the excerpt after its
last complete sentence (the store cuts each excerpt at 2,000 bytes, mid-sentence). Nothing else is changed.
Run: python3 Tests/Fixtures/corpus/stored/restore.py"""
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
WIDE = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
ENDS = "。！？”"


def ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def unfold(text: str) -> str:
    # A caption's label, “图1:” or “表2:” at a line's start, is followed by a full-width colon on a Chinese page.
    text = re.sub(r"^([图表]\d+):", r"\1：", text, flags=re.M)
    out = []
    for i, c in enumerate(text):
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if c in WIDE and not (ascii_alnum(before) and ascii_alnum(after)):
            out.append(WIDE[c])
        else:
            out.append(c)
    return "".join(out)


def trim(text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    last = lines[-1]
    cut = max(last.rfind(e) for e in ENDS)
    lines[-1] = last[: cut + 1] if cut >= 0 else ""
    return "\n".join(l for l in lines if l) + "\n"


for stored in sorted(HERE.glob("*.stored.txt")):
    target = HERE.parent / stored.name.replace(".stored", "")
    target.write_text(trim(unfold(stored.read_text(encoding="utf-8"))), encoding="utf-8")
    print(target.name)

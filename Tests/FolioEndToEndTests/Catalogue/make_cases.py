#!/usr/bin/env python3
"""Writes the committed cases of the hostile-input catalogue (issue 9) from one valid base dataset.
Generated cases (huge, binary, other encodings) are written by CatalogueGenerators.swift at test time.
Run from this folder: python3 make_cases.py"""
import os, shutil

BASE = """report:
  title: 测试镇2020年工作报告
  issuer: 测试镇人民政府
  date: 2021-01-15
data:
  农民人均纯收入:
    unit: 元
    values: {2015: 8740, 2020: 11379}
body:
  - 2020年农民人均纯收入达到{农民人均纯收入[2020]}元。
"""

def sub(old, new):
    assert old in BASE, old
    return BASE.replace(old, new)

CASES = {
    "empty": "",
    "whitespace-only": "   \n\n\t\n",
    "comment-only": "# nothing but a comment\n",
    "scalar-root": "just a sentence\n",
    "list-root": "- a\n- b\n",
    "yaml-syntax-unclosed-quote": sub("测试镇人民政府", "\"测试镇人民政府"),
    "yaml-tab-indent": sub("  issuer:", "\tissuer:"),
    "billion-laughs": "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "".join(f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))
        + "report: *i\nbody: []\n",
    "alias-undefined": sub("values: {2015: 8740, 2020: 11379}", "values: *nowhere"),
    "number-nan": sub("8740", ".nan"),
    "number-infinity": sub("8740", ".inf"),
    "number-exponent-1e308": sub("8740", "1e308"),
    "number-309-digits": sub("8740", "1" + "0" * 308),
    "number-16-digits": sub("8740", "1234567890123456"),
    "number-minus-zero": sub("8740", "-0"),
    "number-12-decimals": sub("8740", "8740.123456789012"),
    "number-with-unit": sub("8740", "8740元"),
    "number-thousands-separator": sub("8740", "\"8,740\""),
    "year-0": sub("2015: 8740", "0: 8740"),
    "year-minus-1": sub("2015: 8740", "-1: 8740"),
    "year-99999": sub("2015: 8740", "99999: 8740"),
    "year-0000": sub("2015: 8740", "0000: 8740"),
    "date-invalid": sub("2021-01-15", "2021-02-30"),
    "date-year-zero": sub("2021-01-15", "0000-01-01"),
    "date-plus-sign": sub("2021-01-15", '"+999-01-01"'),
    "duplicate-top-key": BASE + "report:\n  title: again\n",
    "duplicate-data-name": sub("body:", "  农民人均纯收入: 5\nbody:"),
    "duplicate-year": sub("2020: 11379}", "2020: 11379, 2020: 11380}"),
    "series-with-strings": sub("8740", "很多"),
    "series-is-list": sub("values: {2015: 8740, 2020: 11379}", "values: [8740, 11379]"),
    "expression-divide-by-zero": sub("  农民人均纯收入:\n", "  零值:\n    unit: 元\n    values: {2015: 0, 2020: 5}\n  农民人均纯收入:\n")
        .replace("{农民人均纯收入[2020]}元", "{农民人均纯收入[2020]}元，某项增长{增长率(零值, 2015, 2020)}"),
    "expression-unknown-name": sub("{农民人均纯收入[2020]}", "{不存在的指标}"),
    "expression-unknown-year": sub("{农民人均纯收入[2020]}", "{农民人均纯收入[1999]}"),
    "expression-syntax": sub("{农民人均纯收入[2020]}", "{农民人均纯收入[2020}"),
    "expression-unbalanced-brace": sub("{农民人均纯收入[2020]}元", "{农民人均纯收入[2020]元"),
    "expression-unknown-function": sub("{农民人均纯收入[2020]}", "{平方根(农民人均纯收入, 2015)}"),
    "control-character-raw": sub("达到", "达\x07到"),
    "control-character-escaped": sub("  - 2020年农民人均纯收入达到{农民人均纯收入[2020]}元。",
                                     "  - \"2020年农民人均纯收入\\x1B达到{农民人均纯收入[2020]}元。\""),
    "unknown-top-key": BASE + "charst: []\n",
    "missing-body": BASE.split("body:")[0],
    "body-wrong-type": sub("body:\n  - 2020年农民人均纯收入达到{农民人均纯收入[2020]}元。", "body: 5"),
    "section-too-deep": sub("body:\n  - 2020年农民人均纯收入达到{农民人均纯收入[2020]}元。",
        "body:\n" + "".join("  " * (2 * i) + "  - section: 第" + str(i + 1) + "层\n" + "  " * (2 * i) + "    body:\n" for i in range(6))
        + "  " * 12 + "  - 2020年收入{农民人均纯收入[2020]}元。"),
    "chart-years-out-of-range": sub("body:", "charts:\n  - id: 收入\n    title: 收入\n    series: [农民人均纯收入]\n    years: [0, 99999]\nbody:"),
    "chart-too-many-series": sub("body:", "charts:\n  - id: 收入\n    title: 收入\n    series: ["
        + ", ".join(["农民人均纯收入"] * 21) + "]\nbody:"),
    "chart-extreme-values": sub("values: {2015: 8740, 2020: 11379}", "values: {2015: -999999999999999, 2020: 999999999999999}")
        .replace("body:", "charts:\n  - id: 收入\n    title: 收入\n    series: [农民人均纯收入]\n    growth: true\nbody:")
        + "  - chart: 收入\n",
    "chart-201-years": sub("values: {2015: 8740, 2020: 11379}", "values: {" + ", ".join(f"{y}: {y * 7 % 13}" for y in range(1900, 2101)) + "}")
        .replace("{农民人均纯收入[2020]}", "{农民人均纯收入[2020]}")
        .replace("body:", "charts:\n  - id: 收入\n    title: 收入\n    series: [农民人均纯收入]\n    growth: true\nbody:")
        + "  - chart: 收入\n",
    "missing-theme": sub("  date: 2021-01-15\n", "  date: 2021-01-15\n  theme: 不存在的主题\n"),
    "unknown-unit": sub("unit: 元", "unit: 块钱"),
    "checks-disable-unknown": BASE + "checks:\n  disable: [repeat.char, no-such-rule]\n",
    "checks-disable-wrong-type": BASE + "checks: everything\n",
    "checks-doubled-punctuation": sub("元。", "元。。"),
    "build-stops-on-check-error": sub("元。", "元。。"),
    "checks-doubled-punctuation-disabled": sub("元。", "元。。") + "checks:\n  disable: [punctuation.doubled]\n",
    "valid-control": BASE,
    "emoji": sub("元。", "元😀。"),
    "right-to-left": sub("元。", "元（مرحبا שלום）。"),
    "missing-glyph": sub("元。", "元\U0010FFFD\uE000。"),
}

FOLDERS = {
    "outside-path-relative": {"dataset.yaml": sub("body:", "data-files: [../secret.csv]\nbody:")},
    "outside-path-absolute": {"dataset.yaml": sub("body:", "data-files: [/etc/passwd]\nbody:")},
    "outside-path-allowed": {"data/dataset.yaml": sub("body:", "data-files: [../figures.csv]\nbody:")
                                 .replace("{农民人均纯收入[2020]}", "{户籍人口[2020]}"),
                             "figures.csv": "指标,单位,2015,2020\n户籍人口,人,30000,31000\n"},
    "outside-path-refused": {"data/dataset.yaml": sub("body:", "data-files: [../figures.csv]\nbody:")
                                 .replace("{农民人均纯收入[2020]}", "{户籍人口[2020]}"),
                             "figures.csv": "指标,单位,2015,2020\n户籍人口,人,30000,31000\n"},
    "csv-ragged-rows": {"dataset.yaml": sub("body:", "data-files: [figures.csv]\nbody:"),
                        "figures.csv": "指标,单位,2015,2020\n户籍人口,人,30000,31000,99,100\n耕地面积,亩\n"},
    "csv-unclosed-quote": {"dataset.yaml": sub("body:", "data-files: [figures.csv]\nbody:"),
                           "figures.csv": "指标,单位,2015,2020\n户籍人口,人,30000,31000\n\"耕地面积,亩,1,2\n"},
    "csv-is-folder": {"dataset.yaml": sub("body:", "data-files: [figures.csv]\nbody:"), "figures.csv/README": "a folder\n"},
    "csv-missing": {"dataset.yaml": sub("body:", "data-files: [nowhere.csv]\nbody:")},
    "csv-not-utf8-declared": {"dataset.yaml": sub("body:", "data-files: [{file: figures.csv, encoding: utf-8}]\nbody:"),
                              "figures.csv": "指标,单位,2015,2020\n户籍人口,人,30000,31000\n".encode("gb18030")},
    "xlsx-not-a-zip": {"dataset.yaml": sub("body:", "data-files: [统计表.xlsx]\nbody:"),
                       "统计表.xlsx": "this is not a zip archive\n"},
    "xlsx-empty-file": {"dataset.yaml": sub("body:", "data-files: [统计表.xlsx]\nbody:"), "统计表.xlsx": ""},
    "theme-file-broken": {"dataset.yaml": BASE, "broken.yaml": "page: [1, 2\n"},
    "theme-file-wrong-type": {"dataset.yaml": BASE, "wrong.yaml": "page: 5\n"},
    "missing-fonts": {"dataset.yaml": BASE, "fonts.conf":
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n'},
    "dataset-is-folder": {"dataset.yaml/README": "a folder named like a dataset\n"},
    "output-is-folder": {"dataset.yaml": BASE, "out-folder/README": "the output path is this folder\n"},
    "output-read-only": {"dataset.yaml": BASE, "ro/README": "made read-only by the test\n"},
    "output-dev-full": {"dataset.yaml": BASE},
    "output-folder-missing": {"dataset.yaml": BASE},
}

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "cases")
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root)
for name, text in CASES.items():
    with open(os.path.join(root, name + ".yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
for name, files in FOLDERS.items():
    for rel, content in files.items():
        path = os.path.join(root, name, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
print(len(CASES) + len(FOLDERS), "cases written")

#!/usr/bin/env python3
"""Writes the seals of the GB/T 9704 sample-page fixtures (committed; run again only to change them, with the tests' Python: it needs fontTools): three round
seals (seal-1.svg … seal-3.svg, 42 mm, red ring, star and lettering) and two 签名章 (signature-1.svg, signature-2.svg,
red rectangles with a name). Each is drawn for these tests, reads 示例 and imitates no organisation's seal."""
import os

from outline_text import rewrite  # the lettering as outlines, not text (see outline_text.py)

HERE = os.path.dirname(os.path.abspath(__file__))

ROUND = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Drawn for Folio's tests: it imitates no organisation's seal (示例, not valid). -->
<svg xmlns="http://www.w3.org/2000/svg" width="42mm" height="42mm" viewBox="0 0 420 420">
  <circle cx="210" cy="210" r="196" fill="none" stroke="#e00000" stroke-width="14"/>
  <g fill="#e00000" font-family="Noto Sans CJK SC, sans-serif" text-anchor="middle">
    <polygon points="210,130 228,185 286,185 239,219 257,274 210,240 163,274 181,219 134,185 192,185"/>
    <text x="210" y="110" font-size="44">{name}</text>
    <text x="210" y="340" font-size="40">示例专用</text>
  </g>
</svg>
"""

NAME = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Drawn for Folio's tests: no one's signature seal (示例, not valid). -->
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
  <rect x="6" y="6" width="188" height="88" fill="none" stroke="#e00000" stroke-width="8"/>
  <text x="100" y="68" font-size="44" fill="#e00000" text-anchor="middle"
        font-family="Noto Sans CJK SC, sans-serif">{name}</text>
</svg>
"""

for i, name in enumerate(["示例机关甲", "示例机关乙", "示例机关丙"], 1):
    with open(os.path.join(HERE, f"seal-{i}.svg"), "w") as f:
        f.write(ROUND.format(name=name))
for i, name in enumerate(["甲之印", "乙之印"], 1):
    with open(os.path.join(HERE, f"signature-{i}.svg"), "w") as f:
        f.write(NAME.format(name=name))
for name in [f"seal-{i}.svg" for i in range(1, 4)] + [f"signature-{i}.svg" for i in range(1, 3)]:
    rewrite(os.path.join(HERE, name))

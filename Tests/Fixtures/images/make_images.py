#!/usr/bin/env python3
"""Writes the image fixtures of the image-block tests (committed; run again only to change them):
square.png (a 120 × 80 PNG with a red, green and blue band, pure Python), photo.jpg (the same picture as a
baseline JPEG, by cjpeg of Debian's libjpeg-turbo-progs; left as it is when cjpeg is absent) and emblem.svg (a 200 × 100 SVG)."""
import os, struct, subprocess, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = 120, 80


def band(y):
    return (200, 30, 30) if y < H // 3 else (30, 160, 60) if y < 2 * H // 3 else (40, 60, 190)


def ppm():
    return f"P6 {W} {H} 255\n".encode() + b"".join(bytes(band(y)) * W for y in range(H))


def png():
    raw = b"".join(b"\x00" + bytes(band(y)) * W for y in range(H))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
  <rect x="0" y="0" width="200" height="100" fill="#ffffff" stroke="#c00000" stroke-width="4"/>
  <circle cx="50" cy="50" r="30" fill="#c00000"/>
  <rect x="100" y="25" width="80" height="50" fill="#1f4e99"/>
</svg>
"""

if __name__ == "__main__":
    with open(os.path.join(HERE, "square.png"), "wb") as f:
        f.write(png())
    with open(os.path.join(HERE, "emblem.svg"), "w") as f:
        f.write(SVG)
    try:
        jpeg = subprocess.run(["cjpeg", "-quality", "85"], input=ppm(), capture_output=True, check=True).stdout
        with open(os.path.join(HERE, "photo.jpg"), "wb") as f:
            f.write(jpeg)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"photo.jpg not rewritten: {e}")

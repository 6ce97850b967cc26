#!/usr/bin/env python3
"""Prints the RGB of every pixel of column X, top to bottom, of an 8-bit, non-interlaced PNG (what Cairo
writes), one "R G B" line a row: png_column.py FILE X.
Pure Python (zlib), so the image tests need no imaging library."""
import struct, sys, zlib


def column(path, x):
    data = open(path, "rb").read()
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = header[0], header[1], header[2], header[3]
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    assert depth == 8 and header[6] == 0, "8-bit, non-interlaced only"
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for r in range(height):
        kind, line = raw[r * (stride + 1)], bytearray(raw[r * (stride + 1) + 1:(r + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + a) & 255
            elif kind == 2: line[i] = (line[i] + b) & 255
            elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    out = []
    for row in rows:
        px = row[x * channels:(x + 1) * channels]
        out.append(tuple(px[:3]) if channels >= 3 else (px[0],) * 3)
    return out


if __name__ == "__main__":
    for rgb in column(sys.argv[1], int(sys.argv[2])):
        print(*rgb)

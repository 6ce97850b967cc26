import Foundation

/// A binary greymap (PGM, P5, 8 bit), as `pdftoppm -gray`, `mutool draw` and Ghostscript's `pgmraw` write them
/// (header comments allowed): how the tests compare what readers draw.
public struct Graymap: Sendable, Equatable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Grey levels (0 black … 255 white), row by row.
    public var pixels: [UInt8]

    /// Reads a P5 file.
    public init(contentsOf url: URL) throws {
        guard let map = Graymap(data: try Data(contentsOf: url)) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        self = map
    }

    /// Parses P5 bytes; nil when they are not an 8-bit P5 image.
    public init?(data: Data) {
        let bytes = [UInt8](data)
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
        var i = 0
        var tokens: [String] = []
        while tokens.count < 4 {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "#") {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                continue
            }
            var j = i
            while j < bytes.count, !isSpace(bytes[j]) { j += 1 }
            tokens.append(String(decoding: bytes[i..<j], as: UTF8.self))
            i = j
        }
        i += 1   // the single whitespace byte after the maximum value
        guard tokens[0] == "P5", let w = Int(tokens[1]), let h = Int(tokens[2]), tokens[3] == "255",
            w > 0, h > 0, bytes.count >= i + w * h
        else { return nil }
        width = w
        height = h
        pixels = Array(bytes[i..<(i + w * h)])
    }

    /// Mean absolute difference in grey levels (0–255), and the share of pixels differing by more than
    /// `strongAbove` levels, over the common area (readers round the page size to pixels differently).
    public func difference(_ other: Graymap, strongAbove: Int = 128) -> (mean: Double, strongShare: Double) {
        let w = min(width, other.width), h = min(height, other.height)
        var total = 0, strong = 0
        for y in 0..<h {
            for x in 0..<w {
                let d = abs(Int(pixels[y * width + x]) - Int(other.pixels[y * other.width + x]))
                total += d
                if d > strongAbove { strong += 1 }
            }
        }
        let n = Double(max(1, w * h))
        return (Double(total) / n, Double(strong) / n)
    }

    /// The largest difference of one pixel, in grey levels, over the common area.
    public func maxDifference(_ other: Graymap) -> Int {
        let w = min(width, other.width), h = min(height, other.height)
        var most = 0
        for y in 0..<h {
            for x in 0..<w {
                most = max(most, abs(Int(pixels[y * width + x]) - Int(other.pixels[y * other.width + x])))
            }
        }
        return most
    }
}

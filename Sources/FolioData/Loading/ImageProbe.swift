import FolioMessages
import Foundation

/// Reads an image file's header — PNG's IHDR, JPEG's start-of-frame, SVG's root element — to learn its format
/// and size before anything decodes it, so that a file that is not what it claims, or that would decode to
/// more pixels than `InputLimits.maxImagePixels`, is refused with a message instead of reaching a decoder.
public enum ImageProbe {
    /// Why a file cannot be used as an image.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// Not PNG, JPEG or SVG (by content, whatever the name says).
        case unknownFormat
        /// The header ends early or contradicts itself.
        case damaged(Message)
        /// The size in pixels is zero or past the limits.
        case size(width: Int, height: Int)
        /// An SVG gives neither width and height nor a viewBox.
        case svgWithoutSize
        /// An SVG declares entities (the "billion laughs" expansion) — never needed for a picture.
        case svgEntities
        /// A JPEG with arithmetic coding (SOF9–SOF11, SOF13–SOF15): PDF viewers and Word cannot show it, and
        /// gdk-pixbuf's decoder can loop on a damaged one.
        case jpegArithmetic

        /// What is wrong, in a sentence.
        public var message: Message {
            switch self {
            case .unknownFormat: Message("image.probe.unknown-format")
            case .damaged(let why): Message("image.probe.damaged", ["why": .message(why)])
            case .size(let w, let h):
                Message(
                    "image.probe.size",
                    [
                        "width": .number(w), "height": .number(h), "side": .number(InputLimits.maxImageSide),
                        "pixels": .number(InputLimits.maxImagePixels),
                    ])
            case .svgWithoutSize: Message("image.probe.svg-size")
            case .svgEntities: Message("image.probe.svg-entities")
            case .jpegArithmetic: Message("image.probe.jpeg-arithmetic")
            }
        }

        /// What is wrong, in English.
        public var description: String { message.english }
    }

    /// The file's format and size in pixels.
    public static func probe(_ data: Data) throws(Problem) -> ImageFile {
        let bytes = [UInt8](data.prefix(64 * 1024))
        let file: ImageFile
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            file = try png(bytes, data)
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            file = try jpeg([UInt8](data), data)
        } else if let text = String(data: data.prefix(256 * 1024), encoding: .utf8), text.contains("<svg") {
            file = try svg(text, data)
        } else {
            throw .unknownFormat
        }
        let (w, h) = (file.pixelWidth, file.pixelHeight)
        guard (1...InputLimits.maxImageSide).contains(w), (1...InputLimits.maxImageSide).contains(h),
            w * h <= InputLimits.maxImagePixels
        else { throw .size(width: w, height: h) }
        return file
    }

    /// A big-endian integer of `count` bytes at `at`, or nil past the end.
    static func integer(_ b: [UInt8], at: Int, count: Int) -> Int? {
        guard at >= 0, at + count <= b.count else { return nil }
        return b[at..<at + count].reduce(0) { $0 << 8 | Int($1) }
    }

    /// PNG: the first chunk must be IHDR (width and height as 4-byte integers).
    static func png(_ b: [UInt8], _ data: Data) throws(Problem) -> ImageFile {
        guard b.count >= 24, b[12..<16].elementsEqual("IHDR".utf8), let w = integer(b, at: 16, count: 4),
            let h = integer(b, at: 20, count: 4)
        else { throw .damaged(Message("image.probe.png-ihdr")) }
        return ImageFile(format: .png, data: data, pixelWidth: w, pixelHeight: h)
    }

    /// JPEG: walks the markers to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC).
    static func jpeg(_ b: [UInt8], _ data: Data) throws(Problem) -> ImageFile {
        var i = 2
        while i + 3 < b.count {
            guard b[i] == 0xFF else { throw .damaged(Message("image.probe.jpeg-marker", ["byte": .number(i)])) }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            guard let length = integer(b, at: i + 2, count: 2), length >= 2 else {
                throw .damaged(Message("image.probe.jpeg-segment", ["byte": .number(i)]))
            }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                if marker >= 0xC9 { throw .jpegArithmetic }
                guard let h = integer(b, at: i + 5, count: 2), let w = integer(b, at: i + 7, count: 2) else {
                    throw .damaged(Message("image.probe.jpeg-frame-short"))
                }
                return ImageFile(format: .jpeg, data: data, pixelWidth: w, pixelHeight: h)
            }
            if marker == 0xDA || marker == 0xD9 { break }
            i += 2 + length
        }
        throw .damaged(Message("image.probe.jpeg-no-frame"))
    }

    /// SVG: width and height of the root element (px, mm, cm, in, pt; unitless is px), else its viewBox.
    static func svg(_ text: String, _ data: Data) throws(Problem) -> ImageFile {
        if text.contains("<!ENTITY") { throw .svgEntities }
        guard let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else {
            throw .damaged(Message("image.probe.svg-open"))
        }
        let tag = String(text[open.upperBound..<close])
        let box = attribute("viewBox", in: tag).map {
            $0.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        }
        let width = attribute("width", in: tag).flatMap(cssPixels) ?? box.flatMap { $0.count == 4 ? $0[2] : nil }
        let height = attribute("height", in: tag).flatMap(cssPixels) ?? box.flatMap { $0.count == 4 ? $0[3] : nil }
        guard let width, let height, width.isFinite, height.isFinite else { throw .svgWithoutSize }
        guard width >= 1, height >= 1, width <= Double(InputLimits.maxImageSide),
            height <= Double(InputLimits.maxImageSide)
        else { throw .size(width: Int(max(0, min(width, 1e9))), height: Int(max(0, min(height, 1e9)))) }
        return ImageFile(format: .svg, data: data, pixelWidth: Int(width.rounded()), pixelHeight: Int(height.rounded()))
    }

    /// The value of `name="…"` (or '…') in a start tag's text.
    static func attribute(_ name: String, in tag: String) -> String? {
        var rest = Substring(tag)
        while let r = rest.range(of: name) {
            let before = rest[..<r.lowerBound].last
            var after = rest[r.upperBound...].drop { $0 == " " }
            rest = rest[r.upperBound...]
            guard before == nil || before == " " || before == "\n" || before == "\t", after.first == "=" else {
                continue
            }
            after = after.dropFirst().drop { $0 == " " }
            guard let quote = after.first, quote == "\"" || quote == "'" else { continue }
            let value = after.dropFirst().prefix { $0 != quote }
            return String(value)
        }
        return nil
    }

    /// A CSS length in pixels (96 an inch); nil for percentages and what is not a length.
    static func cssPixels(_ value: String) -> Double? {
        let t = value.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [("px", 1), ("mm", 96 / 25.4), ("cm", 96 / 2.54), ("in", 96), ("pt", 96 / 72)]
        for (unit, factor) in units where t.hasSuffix(unit) {
            return Double(t.dropLast(unit.count)).map { $0 * factor }
        }
        return Double(t)
    }
}

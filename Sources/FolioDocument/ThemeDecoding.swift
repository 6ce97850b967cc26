import FolioMessages
import FolioData
import FolioDisplay

/// Reading theme values with their ranges (docs/limits.md, "Theme"): every number is checked where it is
/// decoded, so that a value such as 1e300pt or a negative margin stops with its file:line:col instead of
/// trapping or drawing a blank page. A key left out takes the default given here by the caller, which is
/// always the value of the type's own `init` (each default is stated once, there).
extension KeyedDecodingContainer {
    /// The length at `key`, or `fallback` when absent; in points (ems against `em`) it must lie in `range`.
    func length(_ key: Key, em: Double, in range: ClosedRange<Double>, default fallback: Length? = nil) throws -> Length
    {
        let value =
            try fallback.map { try decodeIfPresent(Length.self, forKey: key) ?? $0 }
            ?? decode(Length.self, forKey: key)
        try value.check(em: em, in: range, at: codingPath + [key])
        return value
    }

    /// The whole number at `key`, or `fallback` when absent; it must lie in `range`.
    func count(_ key: Key, in range: ClosedRange<Int>, default fallback: Int? = nil) throws -> Int {
        let value =
            try fallback.map { try decodeIfPresent(Int.self, forKey: key) ?? $0 } ?? decode(Int.self, forKey: key)
        guard range.contains(value) else {
            throw SchemaProblem(
                at: codingPath + [key], Message("theme.range.out-of-range", ["value": "\(value)"]),
                hint: Message(
                    "theme.range.write-whole-number-from.hint",
                    ["lower-bound": "\(range.lowerBound)", "upper-bound": "\(range.upperBound)"]), code: "theme.range")
        }
        return value
    }

    /// The number at `key`; it must lie in `range`.
    func number(_ key: Key, in range: ClosedRange<Double>) throws -> Double {
        let value = try decode(Double.self, forKey: key)
        guard value.isFinite, range.contains(value) else {
            throw SchemaProblem(
                at: codingPath + [key], Message("theme.range.out-of-range", ["value": "\(value)"]),
                hint: Message(
                    "theme.range.write-number-from-lower.hint",
                    ["lower-bound": "\(range.lowerBound)", "upper-bound": "\(range.upperBound)"]), code: "theme.range")
        }
        return value
    }

    /// The value at `key`, or `fallback` when absent.
    func value<T: Decodable>(_ key: Key, default fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }

    /// The colour written "#RRGGBB" at `key`, or `fallback` when absent.
    func colour(_ key: Key, default fallback: Color) throws -> Color {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return fallback }
        guard let colour = Color(hex: text) else {
            throw SchemaProblem(
                at: codingPath + [key], Message("theme.colour.not-colour", ["text": "\(text)"]),
                hint: Message("theme.colour.write-six-hex-digits.hint"), code: "theme.colour")
        }
        return colour
    }

    /// The enumeration case named at `key`, or `fallback` when absent; an unknown name lists the known ones.
    func choice<T: RawRepresentable & CaseIterable & Decodable>(
        _ key: Key, default fallback: T? = nil,
        what: Message
    ) throws -> T where T.RawValue == String {
        let name: String
        if let fallback {
            guard let written = try decodeIfPresent(String.self, forKey: key) else { return fallback }
            name = written
        } else {
            name = try decode(String.self, forKey: key)
        }
        guard let value = T(rawValue: name) else {
            let names = T.allCases.map(\.rawValue)
            throw SchemaProblem(
                at: codingPath + [key], Message("theme.choice.unknown", ["what": .message(what), "name": "\(name)"]),
                hint: Suggestion.advice(for: name, among: names),
                code: "theme.choice")
        }
        return value
    }

}

extension Length {
    /// Throws a located `SchemaProblem` unless the length, in points with ems against `em`, lies in `range`.
    func check(em: Double, in range: ClosedRange<Double>, at path: [any CodingKey]) throws {
        let points = self.points(em: em)
        guard points.isFinite, range.contains(points) else {
            throw SchemaProblem(
                at: path, Message("theme.range.out-of-range", ["value": "\(self)"]),
                hint: Message(
                    "theme.range.write-length-from-value.hint",
                    [
                        "value": "\(Self.pt((range.lowerBound * 100).rounded(.up) / 100))",
                        "upper": "\(Self.pt((range.upperBound * 100).rounded(.down) / 100))",
                    ]),
                code: "theme.range")
        }
    }
}

extension Color {
    /// The colour written "#RRGGBB" (or "RRGGBB"); nil for anything else.
    public init?(hex text: String) {
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else { return nil }
        self.init(
            red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255,
            blue: Double(value & 0xFF) / 255)
    }
}

import FolioData
import FolioMessages
import Foundation

/// A length as a theme writes it: "37mm", "16pt", "2em" or a bare number of points.
///
/// FolioDocument sits above the display contract, so it keeps its own small length type;
/// layout converts it to `Pt` (ems against the size of the text it applies to).
public struct Length: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The unit a length was written in.
    public enum Unit: String, Sendable, Hashable, Codable {
        /// PostScript points.
        case pt
        /// Millimetres.
        case mm
        /// Ems of the text the length applies to.
        case em
    }
    /// The number.
    public var value: Double
    /// Its unit.
    public var unit: Unit

    /// Creates a length.
    public init(_ value: Double, _ unit: Unit) { self.value = value; self.unit = unit }
    /// Points.
    public static func pt(_ v: Double) -> Length { Length(v, .pt) }
    /// Millimetres.
    public static func mm(_ v: Double) -> Length { Length(v, .mm) }
    /// Ems.
    public static func em(_ v: Double) -> Length { Length(v, .em) }

    /// The length in points, with `em` the size one em stands for.
    public func points(em: Double) -> Double {
        switch unit {
        case .pt: return value
        case .mm: return value * 72.0 / 25.4
        case .em: return value * em
        }
    }

    /// Parses "37mm", "28.95pt", "2em", "16"; nil when it is none of these.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        for unit in [Unit.mm, .pt, .em] where t.hasSuffix(unit.rawValue) {
            guard let v = Double(t.dropLast(2).trimmingCharacters(in: .whitespaces)), v.isFinite else { return nil }
            self.init(v, unit); return
        }
        guard let v = Double(t), v.isFinite else { return nil }
        self.init(v, .pt)
    }

    /// Decodes from a string with a unit or a bare number of points.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Double.self), v.isFinite { self.init(v, .pt); return }
        let s = try c.decode(String.self)
        guard let l = Length(parsing: s) else {
            throw SchemaProblem(
                at: decoder.codingPath, Message("theme.length.invalid", ["value": "\(s)"]), code: "theme.length")
        }
        self = l
    }
    /// Encodes as "37mm".
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer(); try c.encode(description)
    }
    /// "37mm".
    public var description: String {
        let v = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return v + unit.rawValue
    }
}

/// A length in PostScript points (1/72 inch), the unit of PDF and Cairo user space.
///
/// Every geometric quantity that crosses a module boundary is a `Pt`, never a bare `Double`.
public struct Pt: Hashable, Comparable, Sendable, AdditiveArithmetic, Codable,
    ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible
{
    /// The length in points.
    public var value: Double

    /// Creates a length of `value` points.
    public init(_ value: Double) { self.value = value }
    /// Creates a length from a float literal in points.
    public init(floatLiteral value: Double) { self.value = value }
    /// Creates a length from an integer literal in points.
    public init(integerLiteral value: Int) { self.value = Double(value) }
    /// Decodes a bare number of points.
    public init(from decoder: Decoder) throws { value = try decoder.singleValueContainer().decode(Double.self) }
    /// Encodes as a bare number of points.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer(); try c.encode(value)
    }

    /// A length given in millimetres (1 mm = 72 / 25.4 pt).
    public static func mm(_ millimetres: Double) -> Pt { Pt(millimetres * 72.0 / 25.4) }
    /// The length in millimetres.
    public var millimetres: Double { value * 25.4 / 72.0 }
    /// Zero points.
    public static let zero = Pt(0)

    /// The sum of two lengths.
    public static func + (a: Pt, b: Pt) -> Pt { Pt(a.value + b.value) }
    /// The difference of two lengths.
    public static func - (a: Pt, b: Pt) -> Pt { Pt(a.value - b.value) }
    /// A length scaled by a factor.
    public static func * (a: Pt, k: Double) -> Pt { Pt(a.value * k) }
    /// A length scaled by a factor.
    public static func * (k: Double, a: Pt) -> Pt { Pt(a.value * k) }
    /// A length divided by a factor.
    public static func / (a: Pt, k: Double) -> Pt { Pt(a.value / k) }
    /// The ratio of two lengths.
    public static func / (a: Pt, b: Pt) -> Double { a.value / b.value }
    /// The length negated.
    public static prefix func - (a: Pt) -> Pt { Pt(-a.value) }
    /// Adds a length in place.
    public static func += (a: inout Pt, b: Pt) { a.value += b.value }
    /// Subtracts a length in place.
    public static func -= (a: inout Pt, b: Pt) { a.value -= b.value }
    /// Orders lengths.
    public static func < (a: Pt, b: Pt) -> Bool { a.value < b.value }
    /// A short decimal form for dumps ("15.793").
    public var description: String { formatPoints(value) }
}

/// Formats a number of points with at most three decimals and no trailing zeros, for dumps.
public func formatPoints(_ v: Double) -> String {
    let milli = Int((v * 1000).rounded())
    let sign = milli < 0 ? "-" : ""
    let whole = abs(milli) / 1000, frac = abs(milli) % 1000
    if frac == 0 { return sign + String(whole) }
    var f = String(frac)
    while f.count < 3 { f = "0" + f }
    while f.hasSuffix("0") { f.removeLast() }
    return sign + String(whole) + "." + f
}

/// A point in a frame's coordinate space: x to the right, y downwards (top-left origin, as Cairo).
public struct Point: Hashable, Sendable, Codable {
    /// Horizontal coordinate.
    public var x: Pt
    /// Vertical coordinate, growing downwards.
    public var y: Pt
    /// Creates a point.
    public init(x: Pt, y: Pt) { self.x = x; self.y = y }
    /// The origin.
    public static let zero = Point(x: .zero, y: .zero)
    /// This point moved by `dx`, `dy`.
    public func offset(dx: Pt = .zero, dy: Pt = .zero) -> Point { Point(x: x + dx, y: y + dy) }
}

/// A width and a height.
public struct Size: Hashable, Sendable, Codable {
    /// Horizontal extent.
    public var width: Pt
    /// Vertical extent.
    public var height: Pt
    /// Creates a size.
    public init(width: Pt, height: Pt) { self.width = width; self.height = height }
    /// A4 portrait, 210 × 297 mm (GB/T 148), the paper of GB/T 9704 §5.1.
    public static let a4 = Size(width: .mm(210), height: .mm(297))
}

/// An axis-aligned rectangle.
public struct Rect: Hashable, Sendable, Codable {
    /// The top-left corner.
    public var origin: Point
    /// The extent.
    public var size: Size
    /// Creates a rectangle from its corner and size.
    public init(origin: Point, size: Size) { self.origin = origin; self.size = size }
    /// Creates a rectangle from coordinates.
    public init(x: Pt, y: Pt, width: Pt, height: Pt) {
        origin = Point(x: x, y: y); size = Size(width: width, height: height)
    }
    /// The smallest rectangle holding `points` (an empty one at the origin for none).
    public init(bounding points: [Point]) {
        let xs = points.map(\.x), ys = points.map(\.y)
        let x0 = xs.min() ?? .zero, y0 = ys.min() ?? .zero
        self.init(x: x0, y: y0, width: (xs.max() ?? .zero) - x0, height: (ys.max() ?? .zero) - y0)
    }
    /// Left edge.
    public var minX: Pt { origin.x }
    /// Top edge.
    public var minY: Pt { origin.y }
    /// Right edge.
    public var maxX: Pt { origin.x + size.width }
    /// Bottom edge.
    public var maxY: Pt { origin.y + size.height }
    /// Whether the two rectangles share interior area.
    public func intersects(_ o: Rect) -> Bool {
        minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY
    }
    /// Whether `p` lies inside (the top and left edges included, the bottom and right excluded).
    public func contains(_ p: Point) -> Bool { minX <= p.x && p.x < maxX && minY <= p.y && p.y < maxY }
    /// This rectangle moved by `dx`, `dy`.
    public func offset(dx: Pt, dy: Pt) -> Rect { Rect(origin: origin.offset(dx: dx, dy: dy), size: size) }
    /// The smallest rectangle holding both.
    public func union(_ o: Rect) -> Rect {
        let x0 = min(minX, o.minX), y0 = min(minY, o.minY)
        return Rect(x: x0, y: y0, width: max(maxX, o.maxX) - x0, height: max(maxY, o.maxY) - y0)
    }
}

/// An RGB colour with alpha, components in 0…1.
public struct Color: Hashable, Sendable, Codable {
    /// Red, green, blue and alpha components, each 0…1.
    public var red, green, blue, alpha: Double
    /// Creates a colour.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }
    /// A grey of lightness `level` (0 black … 1 white).
    public static func gray(_ level: Double) -> Color { Color(red: level, green: level, blue: level) }
    /// Black (GB/T 9704 §5.2.4: text is black unless stated).
    public static let black = Color(red: 0, green: 0, blue: 0)
    /// White.
    public static let white = Color(red: 1, green: 1, blue: 1)
    /// Relative luminance (Rec. 709 weights), used to check grayscale legibility.
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }
}

/// An affine transform `x' = a·x + c·y + tx`, `y' = b·x + d·y + ty` (Cairo's matrix layout).
public struct Transform: Hashable, Sendable {
    /// Matrix coefficients.
    public var a, b, c, d: Double
    /// Translation.
    public var tx, ty: Pt
    /// Creates a transform from its coefficients.
    public init(a: Double, b: Double, c: Double, d: Double, tx: Pt, ty: Pt) {
        self.a = a; self.b = b; self.c = c; self.d = d; self.tx = tx; self.ty = ty
    }
    /// The identity.
    public static let identity = Transform(a: 1, b: 0, c: 0, d: 1, tx: .zero, ty: .zero)
    /// A translation.
    public static func translate(_ x: Pt, _ y: Pt) -> Transform {
        Transform(a: 1, b: 0, c: 0, d: 1, tx: x, ty: y)
    }
    /// A rotation by `radians` (positive turns x towards y, i.e. clockwise on the page).
    public static func rotate(_ radians: Double) -> Transform {
        Transform(a: cos(radians), b: sin(radians), c: -sin(radians), d: cos(radians), tx: .zero, ty: .zero)
    }
    /// `self` applied after `other` (first `other`, then `self`).
    public func concatenating(_ other: Transform) -> Transform {
        Transform(
            a: a * other.a + c * other.b, b: b * other.a + d * other.b,
            c: a * other.c + c * other.d, d: b * other.c + d * other.d,
            tx: Pt(a * other.tx.value + c * other.ty.value + tx.value),
            ty: Pt(b * other.tx.value + d * other.ty.value + ty.value))
    }
    /// Maps a point.
    public func apply(_ p: Point) -> Point {
        Point(x: Pt(a * p.x.value + c * p.y.value + tx.value), y: Pt(b * p.x.value + d * p.y.value + ty.value))
    }
    /// The smallest rectangle holding `r` mapped: the bounds of its four corners mapped.
    public func bounds(of r: Rect) -> Rect {
        Rect(
            bounding: [r.origin, Point(x: r.maxX, y: r.minY), Point(x: r.maxX, y: r.maxY), Point(x: r.minX, y: r.maxY)]
                .map(apply))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

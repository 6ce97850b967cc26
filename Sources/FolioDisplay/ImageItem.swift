import Foundation

/// A raster or vector image as the display list carries it: the file's bytes as they are, its format and its
/// intrinsic size. Backends decode or embed it (a JPEG goes into a PDF unchanged); layout only scales it.
public struct ImageItem: Hashable, Sendable {
    /// The encodings a backend draws.
    public enum Format: String, Hashable, Sendable {
        /// PNG (any bit depth and colour type libpng reads).
        case png
        /// Baseline or progressive JPEG, embedded unchanged where the output can hold it.
        case jpeg
        /// SVG, drawn as vectors.
        case svg
    }

    /// The encoding of `data`.
    public var format: Format
    /// The file's bytes.
    public var data: Data
    /// The width in pixels (for SVG, in CSS pixels of its intrinsic size).
    public var pixelWidth: Int
    /// The height in pixels (for SVG, in CSS pixels of its intrinsic size).
    public var pixelHeight: Int
    /// A short stable name of the bytes, so a backend embeds an image used twice once.
    public var identity: String

    /// Creates an image item; `identity` names its bytes (e.g. a digest).
    public init(format: Format, data: Data, pixelWidth: Int, pixelHeight: Int, identity: String) {
        self.format = format; self.data = data; self.pixelWidth = pixelWidth; self.pixelHeight = pixelHeight
        self.identity = identity
    }
}

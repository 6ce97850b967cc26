import Foundation

/// A picture the Word document embeds: a chart drawn as PNG by the caller, or an image block's own bytes.
public struct WordPicture: Sendable {
    /// The file's bytes.
    public var data: Data
    /// "png" or "jpeg".
    public var format: String
    /// The width it is set at, in points.
    public var width: Double
    /// The height it is set at, in points.
    public var height: Double

    /// Creates a picture.
    public init(data: Data, format: String, width: Double, height: Double) {
        self.data = data; self.format = format; self.width = width; self.height = height
    }
}

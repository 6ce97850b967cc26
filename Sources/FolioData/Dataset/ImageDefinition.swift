import Foundation

/// An image placed in the body (`- image: { file: 广场.jpg, caption: …, width: 120mm, align: center }`): the
/// file read and probed at load, its caption (numbered 图N with the charts) and how wide it is set.
public struct ImageDefinition: Sendable {
    /// How wide the image is set.
    public enum Width: Sendable, Hashable {
        /// An absolute width in points (from mm, cm or pt).
        case points(Double)
        /// A share of the type area's width, from 0 (exclusive) to 1.
        case fraction(Double)
    }

    /// Where the image stands across the type area.
    public enum Alignment: String, Sendable, Hashable, CaseIterable {
        /// Centred (the default).
        case center
        /// Against the left edge of the type area.
        case left
        /// Against the right edge of the type area.
        case right
    }

    /// The path as the dataset gives it.
    public var path: String
    /// The file's bytes, format and size.
    public var file: ImageFile
    /// The caption, printed as 图N above the image; nil for an image without one (a logo).
    public var caption: TextTemplate?
    /// A description for readers who cannot see the image (the PDF's alternative text); the caption when nil.
    public var alt: TextTemplate?
    /// The width asked for; nil: the image's natural size at 96 pixels an inch, at most the type width.
    public var width: Width?
    /// The horizontal alignment.
    public var alignment: Alignment
    /// Where the `image:` key is.
    public var location: SourceLocation?

    /// Creates an image definition.
    public init(
        path: String, file: ImageFile, caption: TextTemplate? = nil, alt: TextTemplate? = nil, width: Width? = nil,
        alignment: Alignment = .center, location: SourceLocation? = nil
    ) {
        self.path = path; self.file = file; self.caption = caption; self.alt = alt; self.width = width
        self.alignment = alignment; self.location = location
    }
}

/// An image file's bytes with what its header says: the format and the size in pixels.
public struct ImageFile: Sendable, Hashable {
    /// The encodings Folio reads.
    public enum Format: String, Sendable, Hashable {
        /// PNG.
        case png
        /// JPEG (JFIF or Exif).
        case jpeg
        /// SVG.
        case svg
    }

    /// The encoding.
    public var format: Format
    /// The bytes, unchanged.
    public var data: Data
    /// Width in pixels (SVG: CSS pixels, 96 an inch).
    public var pixelWidth: Int
    /// Height in pixels (SVG: CSS pixels, 96 an inch).
    public var pixelHeight: Int

    /// Creates an image file.
    public init(format: Format, data: Data, pixelWidth: Int, pixelHeight: Int) {
        self.format = format; self.data = data; self.pixelWidth = pixelWidth; self.pixelHeight = pixelHeight
    }
}

import FolioData
import FolioDisplay
import Foundation

/// A resolved image block: the picture as the display list carries it, its numbered caption and how it is set.
public struct ImageSpec: Sendable, Hashable {
    /// How wide the image is set.
    public enum Width: Sendable, Hashable {
        /// Its natural size (96 pixels an inch), at most the type width.
        case natural
        /// An absolute width in points, at most the type width.
        case points(Double)
        /// A share of the type width, from 0 (exclusive) to 1.
        case fraction(Double)
    }

    /// Where the image stands across the type area.
    public enum Alignment: String, Sendable, Hashable {
        /// Centred.
        case center
        /// Against the left edge.
        case left
        /// Against the right edge.
        case right
    }

    /// The picture.
    public var image: ImageItem
    /// The caption as printed ("图3 新建的文化广场"), nil for an image without one.
    public var caption: String?
    /// The text that stands for the image where it cannot be seen (alt text): the `alt:` given, else the caption.
    public var alternativeText: String
    /// The width asked for.
    public var width: Width
    /// The alignment.
    public var alignment: Alignment
    /// Where the image is placed in the dataset's body (what the workbench maps a click on the image to).
    public var source: SourceLocation?

    /// Creates an image block.
    public init(
        image: ImageItem, caption: String?, alternativeText: String, width: Width = .natural,
        alignment: Alignment = .center
    ) {
        self.image = image; self.caption = caption; self.alternativeText = alternativeText; self.width = width
        self.alignment = alignment
    }

    /// The width and height it is set at on a type area `typeWidth` wide: the width asked for (natural, absolute or a
    /// share of the type width), at most the type width; the height from the picture. Layout then fits it to a page.
    public func size(typeWidth: Pt) -> (width: Pt, height: Pt) {
        let asked: Pt =
            switch width {
            case .natural: naturalWidth
            case .points(let p): Pt(p)
            case .fraction(let f): typeWidth * f
            }
        let w = min(asked, typeWidth)
        return (w, w * aspect)
    }

    /// The natural width in points: pixels at 96 an inch (CSS pixels).
    public var naturalWidth: Pt { Pt(Double(image.pixelWidth) * 72 / 96) }
    /// Height over width.
    public var aspect: Double { Double(image.pixelHeight) / Double(max(1, image.pixelWidth)) }
}

/// A font face as the display list names it: a file and a face index inside it (TTC collections),
/// plus whether the renderer must embolden it synthetically (faces with no bold, e.g. 仿宋).
///
/// The text engine chooses faces; the renderer only opens them. No C type appears here.
public struct FontFace: Hashable, Sendable, Codable {
    /// Absolute path of the font file.
    public var path: String
    /// Face index within the file (0 for single-face files; Noto CJK SC is 2 in Debian's TTCs).
    public var index: Int
    /// The family name, for reports and diagnostics.
    public var family: String
    /// The PostScript name, if known.
    public var postScriptName: String
    /// Draw with synthetic emboldening (advances unchanged, so the grid holds).
    public var syntheticBold: Bool
    /// Creates a face reference.
    public init(path: String, index: Int, family: String, postScriptName: String = "", syntheticBold: Bool = false) {
        self.path = path; self.index = index; self.family = family
        self.postScriptName = postScriptName; self.syntheticBold = syntheticBold
    }
}

/// One glyph placed relative to its run's origin (x to the right, y down, baseline at y = 0).
public struct PlacedGlyph: Hashable, Sendable {
    /// Glyph index in the face.
    public var id: UInt32
    /// Position of the glyph origin relative to the run origin.
    public var x: Pt
    /// Vertical offset relative to the baseline (down is positive).
    public var y: Pt
    /// The advance the layout gave the glyph (after grid, compression and justification), so
    /// tests and backends can measure line extents from the display list alone.
    public var advance: Pt
    /// Creates a placed glyph.
    public init(id: UInt32, x: Pt, y: Pt = .zero, advance: Pt = .zero) {
        self.id = id; self.x = x; self.y = y; self.advance = advance
    }
}

/// A mapping of source text to glyphs: `byteCount` UTF-8 bytes of `GlyphRun.text` produce
/// `glyphCount` glyphs (Cairo's `cairo_text_cluster_t`, forward direction).
public struct TextCluster: Hashable, Sendable {
    /// UTF-8 bytes of source text in the cluster.
    public var byteCount: Int
    /// Glyphs in the cluster.
    public var glyphCount: Int
    /// Creates a cluster.
    public init(byteCount: Int, glyphCount: Int) { self.byteCount = byteCount; self.glyphCount = glyphCount }
}

/// A run of glyphs in one face and size, with the source text it came from.
///
/// The renderer writes it with `cairo_show_text_glyphs` so that copying and searching the PDF
/// returns `text` (DESIGN.md: "Text goes to Cairo with its source clusters").
/// Invariant: the clusters cover all of `text`'s UTF-8 bytes and all glyphs, in order.
public struct GlyphRun: Hashable, Sendable {
    /// The face.
    public var font: FontFace
    /// The font size (em) in points.
    public var size: Pt
    /// The fill colour.
    public var color: Color
    /// The glyphs, relative to the run's origin (its baseline start).
    public var glyphs: [PlacedGlyph]
    /// The source text of the glyphs.
    public var text: String
    /// Source-to-glyph clusters covering `text` and `glyphs`.
    public var clusters: [TextCluster]
    /// Creates a glyph run.
    public init(
        font: FontFace, size: Pt, color: Color = .black, glyphs: [PlacedGlyph], text: String,
        clusters: [TextCluster]
    ) {
        self.font = font; self.size = size; self.color = color
        self.glyphs = glyphs; self.text = text; self.clusters = clusters
    }
}

/// One segment of a path, in frame coordinates.
public enum PathSegment: Hashable, Sendable {
    /// Start a new sub-path.
    case move(Point)
    /// A straight line.
    case line(Point)
    /// A cubic Bézier curve through two control points.
    case cubic(Point, Point, Point)
    /// Close the current sub-path.
    case close
}

/// How a path's outline is drawn.
public struct Stroke: Hashable, Sendable {
    /// Line colour.
    public var color: Color
    /// Line width.
    public var width: Pt
    /// Dash pattern (on, off, …); empty for solid.
    public var dash: [Pt]
    /// Creates a stroke.
    public init(color: Color = .black, width: Pt, dash: [Pt] = []) {
        self.color = color; self.width = width; self.dash = dash
    }
}

/// A vector shape: segments with an optional fill and an optional stroke.
public struct Path: Hashable, Sendable {
    /// The outline.
    public var segments: [PathSegment]
    /// Fill colour (non-zero winding), if filled.
    public var fill: Color?
    /// Outline stroke, if stroked.
    public var stroke: Stroke?
    /// Creates a path.
    public init(segments: [PathSegment], fill: Color? = nil, stroke: Stroke? = nil) {
        self.segments = segments; self.fill = fill; self.stroke = stroke
    }
    /// A rectangle.
    public static func rect(_ r: Rect, fill: Color? = nil, stroke: Stroke? = nil) -> Path {
        Path(
            segments: [
                .move(r.origin), .line(Point(x: r.maxX, y: r.minY)), .line(Point(x: r.maxX, y: r.maxY)),
                .line(Point(x: r.minX, y: r.maxY)), .close,
            ], fill: fill, stroke: stroke)
    }
    /// A straight line segment.
    public static func line(from a: Point, to b: Point, stroke: Stroke) -> Path {
        Path(segments: [.move(a), .line(b)], stroke: stroke)
    }
}

/// Where a link goes.
public enum LinkTarget: Hashable, Sendable {
    /// A position in this document (page index from 0, y from the page top).
    case page(index: Int, y: Pt)
    /// An external URI.
    case uri(String)
}

/// What a frame holds, positioned in the frame's coordinates.
public enum FrameItem: Hashable, Sendable {
    /// Glyphs with their text, the run's origin (baseline start) at the point.
    case text(GlyphRun, at: Point)
    /// A vector shape (its segments are already in frame coordinates).
    case path(Path)
    /// A nested frame drawn with a transform (e.g. a chart placed on a page, rotated labels).
    case group(Frame, Transform)
    /// A clickable area.
    case link(Rect, LinkTarget)
    /// An image scaled to fill the rectangle (its aspect ratio is layout's business).
    case image(ImageItem, Rect)
    /// The start of a structure element (a tagged PDF's reading order); what follows up to the matching
    /// `endStructure` is its content. Draws nothing.
    case beginStructure(StructureRole)
    /// The end of the innermost open structure element. Draws nothing.
    case endStructure
}

/// A sized box of positioned items: what layout produces and backends consume.
public struct Frame: Hashable, Sendable {
    /// The frame's extent.
    public var size: Size
    /// The items, in painting order.
    public var items: [FrameItem]
    /// Creates a frame.
    public init(size: Size, items: [FrameItem] = []) { self.size = size; self.items = items }
    /// Appends an item.
    public mutating func append(_ item: FrameItem) { items.append(item) }
    /// Places another frame at `point`.
    public mutating func place(_ frame: Frame, at point: Point) {
        items.append(.group(frame, .translate(point.x, point.y)))
    }
}

/// A bookmark: a heading's title, its depth, and where it lives.
public struct OutlineEntry: Hashable, Sendable {
    /// Visible title (with its number, e.g. "一、基本情况").
    public var title: String
    /// Depth, 1 for top level.
    public var level: Int
    /// Page index from 0.
    public var pageIndex: Int
    /// Vertical position on the page, from the top.
    public var y: Pt
    /// Creates an entry.
    public init(title: String, level: Int, pageIndex: Int, y: Pt) {
        self.title = title; self.level = level; self.pageIndex = pageIndex; self.y = y
    }
}

/// A finished page: its size, its content and its printed label ("1", "2", …).
public struct Page: Hashable, Sendable {
    /// Page index from 0.
    public var index: Int
    /// Printed page label, used for PDF page labels.
    public var label: String
    /// The page content; `frame.size` is the paper size.
    public var frame: Frame
    /// Bookmarks anchored on this page.
    public var outline: [OutlineEntry]
    /// Where each paragraph and heading of the body is printed on this page, with its dataset line (not drawn).
    public var sourceAreas: [SourceArea]
    /// Creates a page.
    public init(
        index: Int, label: String, frame: Frame, outline: [OutlineEntry] = [], sourceAreas: [SourceArea] = []
    ) {
        self.index = index; self.label = label; self.frame = frame; self.outline = outline
        self.sourceAreas = sourceAreas
    }
}

/// Document-level metadata written into the file.
public struct DocumentInfo: Hashable, Sendable {
    /// Title.
    public var title: String
    /// Author: the issuing body.
    public var author: String
    /// Subject.
    public var subject: String
    /// Keywords.
    public var keywords: [String]
    /// Creating application.
    public var creator: String
    /// Creation date as `YYYY-MM-DDTHH:MM:SSZ` (from the dataset or SOURCE_DATE_EPOCH, never the clock).
    public var creationDate: String
    /// Creates document info.
    public init(
        title: String, author: String, subject: String = "", keywords: [String] = [],
        creator: String = "Folio", creationDate: String
    ) {
        self.title = title; self.author = author; self.subject = subject
        self.keywords = keywords; self.creator = creator; self.creationDate = creationDate
    }
}

extension FrameItem {
    /// The item moved by `dx`, `dy`: how a block built at the origin is placed (a chart's parts, a flow unit on its page).
    public func offset(dx: Pt, dy: Pt) -> FrameItem {
        switch self {
        case .text(let run, let p):
            return .text(run, at: p.offset(dx: dx, dy: dy))
        case .path(var path):
            path.segments = path.segments.map { $0.offset(dx: dx, dy: dy) }
            return .path(path)
        case .group(let frame, let t):
            return .group(frame, Transform.translate(dx, dy).concatenating(t))
        case .link(let r, let target):
            return .link(r.offset(dx: dx, dy: dy), target)
        case .image(let image, let r):
            return .image(image, r.offset(dx: dx, dy: dy))
        case .beginStructure, .endStructure:
            return self
        }
    }
}

extension PathSegment {
    /// The segment moved by `dx`, `dy`.
    public func offset(dx: Pt, dy: Pt) -> PathSegment {
        switch self {
        case .move(let p): return .move(p.offset(dx: dx, dy: dy))
        case .line(let p): return .line(p.offset(dx: dx, dy: dy))
        case .cubic(let a, let b, let c):
            return .cubic(a.offset(dx: dx, dy: dy), b.offset(dx: dx, dy: dy), c.offset(dx: dx, dy: dy))
        case .close: return .close
        }
    }
}

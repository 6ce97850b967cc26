import XMLCoder

// The page parts of an OFD package (Content.xml) as XMLCoder values, as `OFDXML` has the package parts.

// MARK: - Content.xml (§8, page description; §9–§11 graphics, text, images)

/// A page: its area, its one body layer and its links.
struct OFDPage: Encodable {
    let area: PageArea
    let content: Content
    let actions: Actions?
    enum CodingKeys: String, CodingKey {
        case area = "ofd:Area"
        case content = "ofd:Content"
        case actions = "ofd:Actions"
    }

    /// The page's actions: its links.
    struct Actions: Encodable {
        let action: [LinkAction]
        enum CodingKeys: String, CodingKey { case action = "ofd:Action" }
    }

    /// The page content.
    struct Content: Encodable {
        let layer: Layer
        enum CodingKeys: String, CodingKey { case layer = "ofd:Layer" }
    }

    /// The body layer (CT_Layer): graphic units in painting order.
    struct Layer: Encodable, OFDAttributes {
        static let attributes: Set<String> = ["ID", "Type"]
        let id: Int
        let type = "Body"
        let objects: [OFDObject]
        enum CodingKeys: String, CodingKey {
            case id = "ID"
            case type = "Type"
            case objects = ""
        }
    }
}

/// A link: a click in a rectangle of the page goes to a place in the document or to a URI (CT_Action, §14.1, with
/// its region, §14.2).
struct LinkAction: Encodable, OFDAttributes {
    static let attributes: Set<String> = ["Event"]
    let event = "CLICK"
    let region: Region
    let goto: OutlineElem.Goto?
    let uri: URI?
    enum CodingKeys: String, CodingKey {
        case event = "Event"
        case region = "ofd:Region"
        case goto = "ofd:Goto"
        case uri = "ofd:URI"
    }

    /// The region: one closed area.
    struct Region: Encodable {
        let area: Area
        enum CodingKeys: String, CodingKey { case area = "ofd:Area" }
    }

    /// A closed outline from a start point through lines (CT_Region's Area).
    struct Area: Encodable, OFDAttributes {
        static let attributes: Set<String> = ["Start"]
        let start: String
        let segments: [Segment]
        enum CodingKeys: String, CodingKey {
            case start = "Start"
            case segments = ""
        }
    }

    /// A line to a point, or the closing of the area.
    enum Segment: Encodable {
        case line(String)
        case close

        enum CodingKeys: String, XMLChoiceCodingKey {
            case line = "ofd:Line"
            case close = "ofd:Close"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .line(let point): try container.encode(Point(point1: point), forKey: .line)
            case .close: try container.encode(Empty(), forKey: .close)
            }
        }
    }

    /// A point operand.
    struct Point: Encodable, OFDAttributes {
        static let attributes: Set<String> = ["Point1"]
        let point1: String
        enum CodingKeys: String, CodingKey { case point1 = "Point1" }
    }

    /// An element without content.
    struct Empty: Encodable {}

    /// A URI to open.
    struct URI: Encodable, OFDAttributes {
        static let attributes: Set<String> = ["URI"]
        let uri: String
        enum CodingKeys: String, CodingKey { case uri = "URI" }
    }
}

/// One graphic unit of a page block (CT_PageBlock, a choice of objects).
enum OFDObject: Encodable {
    case text(TextObject)
    case path(PathObject)
    case image(ImageObject)

    enum CodingKeys: String, XMLChoiceCodingKey {
        case text = "ofd:TextObject"
        case path = "ofd:PathObject"
        case image = "ofd:ImageObject"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let object): try container.encode(object, forKey: .text)
        case .path(let object): try container.encode(object, forKey: .path)
        case .image(let object): try container.encode(object, forKey: .image)
        }
    }
}

/// An RGB colour (CT_Color, §8.3.2).
struct OFDColor: Encodable, OFDAttributes {
    static let attributes: Set<String> = ["Value"]
    let value: String
    enum CodingKeys: String, CodingKey { case value = "Value" }
}

/// A text object (CT_Text, §11.2, Table 45): one font and size, character codes positioned from the boundary's
/// origin, glyph substitutions where shaping chose a glyph the font's cmap would not.
struct TextObject: Encodable, OFDAttributes {
    static let attributes: Set<String> = [
        "ID", "Boundary", "CTM", "Font", "Size", "Weight", "Stroke", "LineWidth", "Alpha",
    ]
    let id: Int
    let boundary: String
    let ctm: String?
    let font: Int
    let size: String
    let weight: Int?
    let stroke: Bool?
    let lineWidth: String?
    let alpha: Int?
    let fillColor: OFDColor?
    let strokeColor: OFDColor?
    let codes: [TextPart]
    enum CodingKeys: String, CodingKey {
        case id = "ID"
        case boundary = "Boundary"
        case ctm = "CTM"
        case font = "Font"
        case size = "Size"
        case weight = "Weight"
        case stroke = "Stroke"
        case lineWidth = "LineWidth"
        case alpha = "Alpha"
        case fillColor = "ofd:FillColor"
        case strokeColor = "ofd:StrokeColor"
        case codes = ""
    }
}

/// A text object's sequence of glyph transforms and text codes.
enum TextPart: Encodable {
    case transform(CGTransform)
    case code(TextCode)

    enum CodingKeys: String, XMLChoiceCodingKey {
        case transform = "ofd:CGTransform"
        case code = "ofd:TextCode"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .transform(let t): try container.encode(t, forKey: .transform)
        case .code(let c): try container.encode(c, forKey: .code)
        }
    }
}

/// Characters at a position, the following ones spaced by `DeltaX` (§11.3, Table 46).
struct TextCode: Encodable, OFDAttributes {
    static let attributes: Set<String> = ["X", "Y", "DeltaX"]
    let x: String
    let y: String
    let deltaX: String?
    let text: String
    enum CodingKeys: String, CodingKey {
        case x = "X"
        case y = "Y"
        case deltaX = "DeltaX"
        case text = ""
    }
}

/// Characters drawn with the given glyphs of the font (CT_CGTransform, §11.4, Table 47).
struct CGTransform: Encodable, OFDAttributes {
    static let attributes: Set<String> = ["CodePosition", "CodeCount", "GlyphCount"]
    let codePosition: Int
    let codeCount: Int
    let glyphCount: Int
    let glyphs: String
    enum CodingKeys: String, CodingKey {
        case codePosition = "CodePosition"
        case codeCount = "CodeCount"
        case glyphCount = "GlyphCount"
        case glyphs = "ofd:Glyphs"
    }
}

/// A path object (CT_Path, §9.1, Table 35) in abbreviated path data (§9.3.2, Table 37).
struct PathObject: Encodable, OFDAttributes {
    static let attributes: Set<String> = [
        "ID", "Boundary", "LineWidth", "DashPattern", "Stroke", "Fill", "Alpha",
    ]
    let id: Int
    let boundary: String
    let lineWidth: String?
    let dashPattern: String?
    let stroke: Bool
    let fill: Bool
    let alpha: Int?
    let strokeColor: OFDColor?
    let fillColor: OFDColor?
    let abbreviatedData: String
    enum CodingKeys: String, CodingKey {
        case id = "ID"
        case boundary = "Boundary"
        case lineWidth = "LineWidth"
        case dashPattern = "DashPattern"
        case stroke = "Stroke"
        case fill = "Fill"
        case alpha = "Alpha"
        case strokeColor = "ofd:StrokeColor"
        case fillColor = "ofd:FillColor"
        case abbreviatedData = "ofd:AbbreviatedData"
    }
}

/// An image object (CT_Image, §10.2, Table 43): the image's unit square mapped onto its boundary by the CTM.
struct ImageObject: Encodable, OFDAttributes {
    static let attributes: Set<String> = ["ID", "Boundary", "CTM", "ResourceID"]
    let id: Int
    let boundary: String
    let ctm: String
    let resourceID: Int
    enum CodingKeys: String, CodingKey {
        case id = "ID"
        case boundary = "Boundary"
        case ctm = "CTM"
        case resourceID = "ResourceID"
    }
}

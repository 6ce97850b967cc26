import Foundation
import XMLCoder

/// The parts of an OFD package (GB/T 33190-2016) Folio writes, as XMLCoder values. Element names carry the `ofd:`
/// prefix bound to `OFDXML.namespace` on each root; attributes are unqualified (the schemas' `attributeFormDefault`).
/// Optional values left nil are not written. Only the elements Folio needs are modelled.
enum OFDXML {
    /// The OFD namespace (§7.1).
    static let namespace = "http://www.ofdspec.org/2016"

    /// `value` as an XML file whose root element is `ofd:<root>`.
    static func encode<T: Encodable>(_ value: T, root: String) throws -> Data {
        let encoder = XMLEncoder()
        encoder.outputFormatting = []
        var data = try encoder.encode(
            value, withRootKey: "ofd:" + root, rootAttributes: ["xmlns:ofd": namespace],
            header: XMLHeader(version: 1.0, encoding: "UTF-8"))
        if data.last != 0x0A { data.append(0x0A) }
        return data
    }
}

/// Marks the properties listed in `attributes` as XML attributes, everything else as elements.
protocol OFDAttributes: DynamicNodeEncoding {
    /// The coding keys written as attributes.
    static var attributes: Set<String> { get }
}

extension OFDAttributes {
    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
        attributes.contains(key.stringValue) ? .attribute : .element
    }
}

// MARK: - OFD.xml (§7.4, Table 3; CT_DocInfo, Table 4)

/// The package's entry file.
struct OFDRoot: Encodable, OFDAttributes {
    static let attributes: Set<String> = ["Version", "DocType"]
    let version = "1.0"
    let docType = "OFD"
    let docBody: DocBody
    enum CodingKeys: String, CodingKey {
        case version = "Version"
        case docType = "DocType"
        case docBody = "ofd:DocBody"
    }

    /// One document of the package.
    struct DocBody: Encodable {
        let docInfo: DocInfo
        let docRoot: String
        enum CodingKeys: String, CodingKey {
            case docInfo = "ofd:DocInfo"
            case docRoot = "ofd:DocRoot"
        }
    }

    /// Document metadata (CT_DocInfo).
    struct DocInfo: Encodable {
        let docID: String
        let title: String?
        let author: String?
        let subject: String?
        let creationDate: String?
        let modDate: String?
        let keywords: Keywords?
        let creator: String?
        let creatorVersion: String?
        enum CodingKeys: String, CodingKey {
            case docID = "ofd:DocID"
            case title = "ofd:Title"
            case author = "ofd:Author"
            case subject = "ofd:Subject"
            case creationDate = "ofd:CreationDate"
            case modDate = "ofd:ModDate"
            case keywords = "ofd:Keywords"
            case creator = "ofd:Creator"
            case creatorVersion = "ofd:CreatorVersion"
        }
    }

    /// Keywords of the document.
    struct Keywords: Encodable {
        let keyword: [String]
        enum CodingKeys: String, CodingKey { case keyword = "ofd:Keyword" }
    }
}

// MARK: - Document.xml (§7.5, Table 5)

/// A document's root: common data, pages, outline.
struct OFDDocument: Encodable {
    let commonData: CommonData
    let pages: Pages
    let outlines: Outlines?
    enum CodingKeys: String, CodingKey {
        case commonData = "ofd:CommonData"
        case pages = "ofd:Pages"
        case outlines = "ofd:Outlines"
    }

    /// Common data (Table 6): the largest ID used, the default page area, the resource files.
    struct CommonData: Encodable {
        let maxUnitID: Int
        let pageArea: PageArea
        let publicRes: String?
        let documentRes: String?
        enum CodingKeys: String, CodingKey {
            case maxUnitID = "ofd:MaxUnitID"
            case pageArea = "ofd:PageArea"
            case publicRes = "ofd:PublicRes"
            case documentRes = "ofd:DocumentRes"
        }
    }

    /// The pages in order.
    struct Pages: Encodable {
        let page: [PageRef]
        enum CodingKeys: String, CodingKey { case page = "ofd:Page" }
    }

    /// One page's ID and content file.
    struct PageRef: Encodable, OFDAttributes {
        static let attributes: Set<String> = ["ID", "BaseLoc"]
        let id: Int
        let baseLoc: String
        enum CodingKeys: String, CodingKey {
            case id = "ID"
            case baseLoc = "BaseLoc"
        }
    }

    /// The outline (§7.8).
    struct Outlines: Encodable {
        let elements: [OutlineElem]
        enum CodingKeys: String, CodingKey { case elements = "ofd:OutlineElem" }
    }
}

/// A page area (CT_PageArea): the paper.
struct PageArea: Encodable {
    let physicalBox: String
    enum CodingKeys: String, CodingKey { case physicalBox = "ofd:PhysicalBox" }
}

/// One outline entry with its destination and children (CT_OutlineElem, Table 12).
struct OutlineElem: Encodable, OFDAttributes {
    static let attributes: Set<String> = ["Title", "Expanded"]
    let title: String
    let expanded: Bool?
    let actions: Actions
    let children: [OutlineElem]
    enum CodingKeys: String, CodingKey {
        case title = "Title"
        case expanded = "Expanded"
        case actions = "ofd:Actions"
        case children = "ofd:OutlineElem"
    }

    /// The click action.
    struct Actions: Encodable {
        let action: Action
        enum CodingKeys: String, CodingKey { case action = "ofd:Action" }
    }

    /// A go-to action on click (CT_Action, §14.1).
    struct Action: Encodable, OFDAttributes {
        static let attributes: Set<String> = ["Event"]
        let event = "CLICK"
        let goto: Goto
        enum CodingKeys: String, CodingKey {
            case event = "Event"
            case goto = "ofd:Goto"
        }
    }

    /// Where the action goes.
    struct Goto: Encodable {
        let dest: Dest
        enum CodingKeys: String, CodingKey { case dest = "ofd:Dest" }
    }

    /// A destination on a page (CT_Dest, Table 14): its left edge and a vertical position.
    struct Dest: Encodable, OFDAttributes {
        static let attributes: Set<String> = ["Type", "PageID", "Left", "Top"]
        let type = "XYZ"
        let pageID: Int
        let left: String
        let top: String
        enum CodingKeys: String, CodingKey {
            case type = "Type"
            case pageID = "PageID"
            case left = "Left"
            case top = "Top"
        }
    }
}

// MARK: - Resources (§7.9, Table 17)

/// A resource file: fonts (PublicRes.xml) or multimedia (DocumentRes.xml), their files under `baseLoc`.
struct OFDRes: Encodable, OFDAttributes {
    static let attributes: Set<String> = ["BaseLoc"]
    let baseLoc: String
    let fonts: Fonts?
    let multiMedias: MultiMedias?
    enum CodingKeys: String, CodingKey {
        case baseLoc = "BaseLoc"
        case fonts = "ofd:Fonts"
        case multiMedias = "ofd:MultiMedias"
    }

    /// The fonts.
    struct Fonts: Encodable {
        let font: [Font]
        enum CodingKeys: String, CodingKey { case font = "ofd:Font" }
    }

    /// An embedded font (CT_Font, §11.1, Table 44).
    struct Font: Encodable, OFDAttributes {
        static let attributes: Set<String> = ["ID", "FontName", "FamilyName", "Serif", "FixedWidth"]
        let id: Int
        let fontName: String
        let familyName: String
        let serif: Bool?
        let fontFile: String
        enum CodingKeys: String, CodingKey {
            case id = "ID"
            case fontName = "FontName"
            case familyName = "FamilyName"
            case serif = "Serif"
            case fontFile = "ofd:FontFile"
        }
    }

    /// The multimedia resources.
    struct MultiMedias: Encodable {
        let multiMedia: [MultiMedia]
        enum CodingKeys: String, CodingKey { case multiMedia = "ofd:MultiMedia" }
    }

    /// An image file (CT_MultiMedia, §15.1, Table 49).
    struct MultiMedia: Encodable, OFDAttributes {
        static let attributes: Set<String> = ["ID", "Type", "Format"]
        let id: Int
        let type = "Image"
        let format: String
        let mediaFile: String
        enum CodingKeys: String, CodingKey {
            case id = "ID"
            case type = "Type"
            case format = "Format"
            case mediaFile = "ofd:MediaFile"
        }
    }
}

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

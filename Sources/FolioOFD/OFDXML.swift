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

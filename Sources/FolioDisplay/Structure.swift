/// What a structure element is in the logical document (ISO 32000-1 §14.8.4, standard structure types): the
/// display list marks where each begins and ends (`FrameItem.beginStructure`, `.endStructure`), in reading
/// order, so a PDF backend can write a tagged PDF; other backends ignore the marks.
public enum StructureRole: Hashable, Sendable {
    /// The document's title (PDF 2.0 `Title`).
    case title
    /// A numbered heading, level 1–4 (`H1`…`H4`).
    case heading(level: Int)
    /// A paragraph, or a line of the signature, 版头, 版记 (`P`).
    case paragraph
    /// A table (`Table`): its caption, rows and cells are its children.
    case table
    /// A table row (`TR`).
    case tableRow
    /// A header cell (`TH`).
    case tableHeaderCell
    /// A body cell (`TD`).
    case tableCell
    /// A chart or picture (`Figure`), with the text that replaces it for a reader who cannot see it.
    case figure(alternativeText: String)
    /// A figure's or table's caption (`Caption`).
    case caption
    /// A table of contents (`TOC`): its entries are its children.
    case contents
    /// An entry of the table of contents (`TOCI`): its title and page number.
    case contentsEntry
    /// Page furniture that is not part of the document's content (page numbers, running headers, a table
    /// header repeated on a new page): left out of the structure tree.
    case artifact

    /// Whether the element holds content directly (a leaf of the structure tree) rather than other elements.
    public var holdsContent: Bool {
        switch self {
        case .table, .tableRow, .contents, .artifact: return false
        default: return true
        }
    }
}

extension Array where Element == FrameItem {
    /// The items wrapped in one element of `role`: its begin mark, the items, its end mark.
    public func tagged(_ role: StructureRole) -> [FrameItem] {
        [.beginStructure(role)] + self + [.endStructure]
    }

    /// The items without their structure marks, as an artifact (a table header repeated on a new page).
    public func asArtifact() -> [FrameItem] {
        filter {
            switch $0 {
            case .beginStructure, .endStructure: return false
            default: return true
            }
        }
        .tagged(.artifact)
    }
}

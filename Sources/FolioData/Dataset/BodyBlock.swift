/// One item of the body, in reading order.
public enum BodyBlock: Sendable {
    /// A paragraph (`- p: "…"` or a bare string).
    case paragraph(TextTemplate)
    /// A numbered section with its heading and content (`- section: 基本情况`).
    case section(Section)
    /// A chart placed here (`- chart: income`).
    case chart(ChartPlacement)
    /// A three-line table (`- table: { caption: …, columns: …, rows: … }`).
    case table(TableDefinition)
    /// An image (`- image: { file: 广场.jpg, caption: …, width: 120mm }`).
    case image(ImageDefinition)
    /// An attachment (附件, GB/T 9704 §7.3.7), from the top-level `attachments:`; it follows the body.
    case attachment(Attachment)
}

/// An attachment (附件): its title and its own body, set on new pages after the document (GB/T 9704 §7.3.7) and
/// listed in the 附件说明 under the body (§7.3.4).
public struct Attachment: Sendable {
    /// The title, as the 附件说明 lists it and the attachment's first page shows it; may hold expressions.
    public var title: TextTemplate
    /// The content: paragraphs, sections (numbered afresh), tables, charts, images.
    public var body: [BodyBlock]
    /// Where the item is.
    public var location: SourceLocation?

    /// Creates an attachment.
    public init(title: TextTemplate, body: [BodyBlock], location: SourceLocation? = nil) {
        self.title = title; self.body = body; self.location = location
    }
}

/// A section: a heading the theme numbers, and its content. Nesting gives the level.
public struct Section: Sendable {
    /// The heading text without a number; may hold expressions.
    public var title: TextTemplate
    /// 1 for a top-level section; GB/T 9704 §7.3.3 has four levels.
    public var level: Int
    /// For a run-in heading, the text that follows it in the same paragraph.
    public var runIn: TextTemplate?
    /// The section's content.
    public var body: [BodyBlock]
    /// Where the `section:` key is.
    public var location: SourceLocation?

    /// Creates a section.
    public init(
        title: TextTemplate, level: Int, runIn: TextTemplate? = nil, body: [BodyBlock] = [],
        location: SourceLocation? = nil
    ) {
        self.title = title; self.level = level; self.runIn = runIn; self.body = body; self.location = location
    }
}

/// A chart placed in the body.
public struct ChartPlacement: Sendable, Hashable {
    /// The chart's id.
    public var id: String
    /// Where it is placed.
    public var location: SourceLocation?
    /// Creates a placement.
    public init(id: String, location: SourceLocation? = nil) { self.id = id; self.location = location }
}

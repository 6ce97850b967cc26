import FolioDisplay
import FolioDocument

/// The role and weight of every kind of text the layout sets: the one table read both by the composers (to set
/// the text) and by the font plan (`LayoutEngine.charactersByStyle`, to cut each font file to what it draws).
enum TextStyle {
    /// The document title at the head of the body, and the cover's title (GB/T 9704 §7.3.1: 小标宋).
    static let title = CharacterStyle(role: .title)
    /// Paragraphs, the text after a run-in heading, the signature and its date (GB/T 9704 §7.3.3: 仿宋).
    static let body = CharacterStyle(role: .body)
    /// Chart and table text: captions, cells, notes.
    static let chart = CharacterStyle(role: .chart)
    /// The subtitle and speaker under the title: the theme's `title.subtitleFont` (楷体 in the 公文 themes).
    static func subtitle(_ theme: Theme) -> CharacterStyle { CharacterStyle(role: theme.title.subtitleFont) }
    /// Page numbers (GB/T 9704 §7.5: 宋体).
    static let folio = CharacterStyle(role: .pageNumber)
    /// The running header: set as the folios are.
    static let runningHeader = folio

    /// 版头, 主送机关, 附注 and 版记 (GB/T 9704 §7.2–7.4).
    enum Official {
        /// 发文机关标志 (§7.2.4: 小标宋, red).
        static let mark = TextStyle.title
        /// 份号, 发文字号, 签发人 label, 主送机关, 附注, 版记 (仿宋).
        static let text = TextStyle.body
        /// 密级和保密期限, 紧急程度 (§7.2.2–7.2.3: 黑体).
        static let corner = CharacterStyle(role: .heading1)
        /// 签发人's names (§7.2.6: 楷体).
        static let signer = CharacterStyle(role: .heading2)
        /// "附件N" at the top of an attachment (§7.3.7: 3号黑体).
        static let attachmentLabel = CharacterStyle(role: .heading1)
    }

    /// The cover page.
    enum Cover {
        /// The title.
        static let title = TextStyle.title
        /// The subject line under the title, and the date.
        static let text = TextStyle.body
        /// The issuing body.
        static let issuer = CharacterStyle(role: .heading1)
    }

    /// The table of contents.
    enum Contents {
        /// Its own heading ("目　录").
        static let title = CharacterStyle(role: .heading1)
        /// Entry page numbers.
        static let pageNumber = TextStyle.body
        /// An entry for a heading of `level`: level 1 in the level-1 heading face, deeper levels in the body face.
        static func entry(level: Int) -> CharacterStyle { level == 1 ? title : TextStyle.body }
    }
}

extension Theme {
    /// The role and weight a heading of `level` is set in: its style's font role and bold flag; a level the theme
    /// does not style (document resolution rejects those) in the role "heading<level>", or the body's.
    func headingStyle(level: Int) -> CharacterStyle {
        guard headings.indices.contains(level - 1) else {
            return CharacterStyle(role: FontRole(rawValue: "heading\(level)") ?? TextStyle.body.role)
        }
        let style = headings[level - 1]
        return CharacterStyle(role: style.font, bold: style.bold)
    }
}

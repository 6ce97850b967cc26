import Foundation
import FolioData

/// `folio import`: a report as plain text (pasted from Word or WPS) → a dataset.
///
/// Headings are recognised by their typed numbers (一、（一）1.（1）, GB/T 9704 §7.3.3) and become
/// sections; a level-2 heading that runs into its paragraph ("（一）倾力夯实党建基础，让组织“强起来”。坚持…")
/// becomes a run-in section. Paragraphs are kept as they are. Figures with a unit (元, 万元, 亿元, 亩, 人,
/// 户, %, 公里, 平方公里 …) become named data and the prose refers to them; the comparison
/// "X达到A元，比Y年的B元增加C元，增长D%" becomes a series of two years. Everything else stays as typed and
/// is listed in `notes`. A typed heading number that agrees with its place is dropped (the theme numbers
/// headings); one that does not is kept so that `folio check` reports it.
public struct ReportImporter: Sendable {
    /// Something the importer did not interpret, or changed, with the line of the text it is on.
    public struct Note: Sendable, Hashable, CustomStringConvertible {
        /// Line of the imported text, from 1.
        public var line: Int
        /// What happened.
        public var message: String
        /// `line N: message`.
        public var description: String { "line \(line): \(message)" }
    }

    /// What an import produced.
    public struct Result: Sendable {
        /// The dataset, as YAML.
        public var yaml: String
        /// What was left as typed, or kept for `folio check` to report.
        public var notes: [Note]
        /// How many figures became data.
        public var figureCount: Int
        /// How many sections were recognised.
        public var sectionCount: Int
    }

    /// The text file's name, for the header comment.
    public var sourceName: String
    /// The issuing body (发文机关); default: the place the title names ("XX镇").
    public var issuer: String?
    /// The date of writing; the dataset needs one.
    public var date: DatasetDate

    /// Creates an importer.
    public init(sourceName: String, issuer: String? = nil, date: DatasetDate) {
        self.sourceName = sourceName; self.issuer = issuer; self.date = date
    }

    /// A node of the imported body.
    indirect enum Item {
        case paragraph(String, line: Int)
        case section(title: String, runIn: String?, line: Int, body: [Item])
    }

    /// Imports `text`.
    public func run(_ text: String) -> Result {
        var notes: [Note] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { (line: $0.offset + 1, text: Self.trim(String($0.element))) }
            .filter { !$0.text.isEmpty }
        var title = "（标题）", rest = lines[...]
        if let first = lines.first, TypedNumber.at(start: Array(first.text)) == nil, first.text.count <= 60,
           !"。；：".contains(first.text.last ?? "。") {
            title = first.text; rest = lines.dropFirst()
        } else {
            notes.append(Note(line: 1, message: "no title line found; the title is a placeholder — set report.title"))
        }
        var figures = FigureExtractor()
        var sections = 0
        let body = structure(Array(rest), notes: &notes, sections: &sections, figures: &figures)
        notes += figures.notes
        let yaml = emit(title: title, body: body, figures: figures, notes: notes)
        return Result(yaml: yaml, notes: notes.sorted { $0.line < $1.line }, figureCount: figures.values.count,
                      sectionCount: sections)
    }

    /// Strips spaces, full-width spaces, tabs and a byte-order mark at both ends.
    static func trim(_ s: String) -> String {
        s.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}\u{FEFF}")))
    }

    /// A section being filled.
    private struct Open {
        var style: Int
        var title: String
        var runIn: String?
        var line: Int
        var body: [Item] = []
    }

    /// Builds the section tree from the lines, heading by heading.
    private func structure(_ lines: [(line: Int, text: String)], notes: inout [Note], sections: inout Int,
                           figures: inout FigureExtractor) -> [Item] {
        var top: [Item] = [], stack: [Open] = []
        func close() {
            guard let open = stack.popLast() else { return }
            counts.removeLast()
            let item = Item.section(title: open.title, runIn: open.runIn, line: open.line, body: open.body)
            if stack.isEmpty { top.append(item) } else { stack[stack.count - 1].body.append(item) }
        }
        // Sections so far at each open level (index 0: the top), so numbering a heading does not walk its siblings.
        var counts = [0]
        for (line, text) in lines {
            let chars = Array(text)
            if let n = TypedNumber.at(start: chars), let (head, runIn) = Self.heading(chars, after: n) {
                while let last = stack.last, last.style >= n.style { close() }
                counts[counts.count - 1] += 1
                let ordinal = counts[counts.count - 1]
                var title = head
                if n.value != ordinal {
                    title = String(chars[0..<n.length]) + head
                    notes.append(Note(line: line, message: "heading typed “\(String(chars[0..<n.length]))” but it is part \(ordinal) of its level; kept as typed so `folio check` reports it"))
                }
                sections += 1
                stack.append(Open(style: n.style, title: figures.escape(title),
                                  runIn: runIn.map { figures.rewrite($0, line: line) }, line: line))
                counts.append(0)
                continue
            }
            let item = Item.paragraph(figures.rewrite(text, line: line), line: line)
            if stack.isEmpty { top.append(item) } else { stack[stack.count - 1].body.append(item) }
        }
        while !stack.isEmpty { close() }
        return top
    }

    /// Longest heading, in characters, before a line is taken for a numbered paragraph instead.
    static let maximumHeading = 50

    /// The heading text after its number, and the run-in text when the heading ends in 。 and the
    /// paragraph continues on the same line; nil when the line is a numbered paragraph, not a heading.
    static func heading(_ chars: [Character], after n: TypedNumber) -> (String, String?)? {
        let rest = Array(chars[n.length...])
        guard !rest.isEmpty else { return nil }
        if let stop = rest.firstIndex(where: { "。！？".contains($0) }) {
            guard stop + 1 <= maximumHeading else { return nil }
            let runIn = trim(String(rest[(stop + 1)...]))
            return (String(rest[...stop]), runIn.isEmpty ? nil : runIn)
        }
        return rest.count <= maximumHeading ? (String(rest), nil) : nil
    }
}

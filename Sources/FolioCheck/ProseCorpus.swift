import Dispatch
import FolioData
import Foundation

/// All the prose of a dataset, printed and located, with the section structure the numbering
/// rules need. Built once per check; every rule reads it.
public struct ProseCorpus: Sendable {
    /// A section of the body, as the numbering rules see it.
    public struct SectionInfo: Sendable {
        /// 1 for a top-level section.
        public var level: Int
        /// Its place among its parent's sections, from 1 (what the theme numbers it).
        public var ordinal: Int
        /// The section it is nested in, if any.
        public var parent: Int?
        /// Where its `section:` key is.
        public var location: SourceLocation?
    }

    /// The dataset checked.
    public let dataset: Dataset
    /// Every piece of prose in reading order: title, headings, run-ins, paragraphs, table captions, then chart captions.
    public private(set) var units: [ProseUnit] = []
    /// Every section, in reading order (`ProseUnit.container` and `.section` index this).
    public private(set) var sections: [SectionInfo] = []
    /// The dataset's YAML text, when it could be had: where a key of the data is written (`ToFillRule`).
    public let source: SourceMap?

    /// Collects the prose of `dataset`. `source` is the dataset's YAML text, for exact columns inside
    /// strings; without it the file named by the dataset is read, and failing that columns count from
    /// the start of each string.
    public init(dataset: Dataset, source: SourceMap? = nil) {
        self.dataset = dataset
        let map = source ?? SourceMap.reading(dataset.file)
        self.source = map
        var builder = Builder(dataset: dataset, map: map)
        builder.add(dataset.report.title, kind: .title, container: nil)
        builder.walk(dataset.body, level: 1, parent: nil)
        for chart in dataset.charts { builder.add(chart.title, kind: .caption, container: nil) }
        units = builder.printed()
        sections = builder.sections
    }

    /// Walks the body, noting each template to print and the sections, then prints them all.
    private struct Builder {
        let dataset: Dataset
        let map: SourceMap?
        /// The templates to print, in reading order, with what their units are.
        var jobs: [Job] = []
        var sections: [SectionInfo] = []

        /// A template to print and the unit it makes.
        struct Job {
            /// The template.
            var template: TextTemplate
            /// What its unit is.
            var kind: ProseUnit.Kind
            /// The unit's `ProseUnit.container`.
            var container: Int?
            /// The unit's `ProseUnit.section` (a heading's).
            var section: Int?
        }

        /// Templates per piece of work when they are printed on several cores: enough pieces to keep every core
        /// busy to the end, each worth the hand-off.
        static let jobsPerPiece = 256

        mutating func walk(_ body: [BodyBlock], level: Int, parent: Int?) {
            var ordinal = 0
            for block in body {
                switch block {
                case .paragraph(let t):
                    add(t, kind: .paragraph, container: parent)
                case .section(let s):
                    ordinal += 1
                    let index = sections.count
                    sections.append(SectionInfo(level: level, ordinal: ordinal, parent: parent, location: s.location))
                    add(s.title, kind: .heading, container: parent, section: index)
                    if let runIn = s.runIn { add(runIn, kind: .runIn, container: index) }
                    walk(s.body, level: level + 1, parent: index)
                case .table(let table):
                    add(table.caption, kind: .caption, container: parent)
                    if let note = table.note { add(note, kind: .caption, container: parent) }
                case .image(let image):
                    if let caption = image.caption { add(caption, kind: .caption, container: parent) }
                case .attachment(let attachment):
                    add(attachment.title, kind: .caption, container: parent)
                    walk(attachment.body, level: level, parent: parent)
                case .chart:
                    continue
                }
            }
        }

        /// Notes `template`, to be printed as a unit of `kind`.
        mutating func add(_ template: TextTemplate, kind: ProseUnit.Kind, container: Int?, section: Int? = nil) {
            jobs.append(Job(template: template, kind: kind, container: container, section: section))
        }

        /// Every noted template printed into its unit, in reading order. Printing is most of building the corpus
        /// (values formatted, characters located in the source) and each template is printed on its own: pieces of
        /// the list are printed on every core (before a build lays out, the check is all there is to do) and joined in
        /// order, so the units are the same as printed one after another.
        func printed() -> [ProseUnit] {
            let pieces = (jobs.count + Self.jobsPerPiece - 1) / Self.jobsPerPiece
            guard pieces > 1 else { return jobs.map(unit) }
            let results = OrderedResults<ProseUnit>(count: pieces)
            DispatchQueue.concurrentPerform(iterations: pieces) { k in
                let range = (k * Self.jobsPerPiece)..<min(jobs.count, (k + 1) * Self.jobsPerPiece)
                results.set(k, jobs[range].map(unit))
            }
            return results.joined
        }

        /// The unit `job` makes.
        func unit(_ job: Job) -> ProseUnit {
            let (text, places, expressions) = print(job.template)
            var unit = ProseUnit(
                kind: job.kind, text: text, places: places, container: job.container, section: job.section)
            unit.expressions = expressions
            return unit
        }

        /// The template printed, each character with its origin (packed as the unit keeps them). Walks the raw text
        /// beside the parts: `{{`/`}}` print one brace, `{…}` is the next expression part.
        func print(_ template: TextTemplate) -> ([Character], OriginTable, [PrintedExpression]) {
            let raw = Array(template.raw.unicodeScalars)
            let start = template.location, file = start?.file
            let places = locate(raw, from: start)
            var text: [Character] = [], origins = OriginTable(), printed: [PrintedExpression] = []
            // As many as the raw scalars (a printed value is rarely longer than its `{…}`): grown by doubling, the
            // characters held for the whole check would take up to twice their room.
            text.reserveCapacity(raw.count)
            var p = 0
            /// Where raw scalar `i` is in `file`: its place, else the last one's, else the template's start.
            func place(_ i: Int) -> (line: Int, column: Int)? {
                guard let start else { return nil }
                return i < places.count ? places[i] : places.last ?? (start.line, start.column)
            }
            for part in template.parts {
                switch part {
                case .literal(let s):
                    for ch in s {
                        let here = p
                        // By the character's UTF-8 bytes (a brace is one byte; a scalar starts at each byte that is
                        // not a continuation byte): decoding its scalars cost more than the rest of the loop.
                        let utf8 = ch.utf8
                        if let first = utf8.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "}"),
                            p + 1 < raw.count, raw[p].value == UInt32(first), raw[p + 1].value == UInt32(first)
                        {
                            p += 2
                        } else {
                            for byte in utf8 where byte & 0xC0 != 0x80 { p += 1 }
                        }
                        text.append(ch); origins.append(place(here), in: file, expression: false)
                    }
                case .expression(let expr, _, let location):
                    if p < raw.count, raw[p] == "{", let close = raw[p...].firstIndex(of: "}") { p = close + 1 }
                    // A figure still to fill in prints as the draft prints it; one that cannot be evaluated as "?".
                    let value: String
                    do {
                        value = try dataset.evaluate(expr).formatted
                    } catch  where error.code == Dataset.toFillCode {
                        value = Dataset.toFillMarker
                    } catch {
                        value = "?"
                    }
                    let first = text.count
                    let at = location.map { ($0.line, $0.column) } ?? place(p), atFile = location?.file ?? file
                    for ch in value { text.append(ch); origins.append(at, in: atFile, expression: true) }
                    printed.append(PrintedExpression(expression: expr, range: first..<text.count))
                }
            }
            return (text, origins, printed)
        }

        /// The 1-based line and column of each raw scalar (all in `start`'s file): from the YAML source when known,
        /// else counted from the start.
        func locate(_ raw: [Unicode.Scalar], from start: SourceLocation?) -> [(line: Int, column: Int)] {
            guard let start else { return [] }
            if let map, map.file == start.file || map.lineCount >= start.line {
                return map.positions(of: raw, startingAt: start)
            }
            return raw.indices.map { (start.line, start.column + $0) }
        }
    }

    /// The heading unit of section `index`.
    public func heading(of index: Int) -> ProseUnit? {
        units.first { $0.kind == .heading && $0.section == index }
    }
}

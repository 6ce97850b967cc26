import FolioData

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

    /// Collects the prose of `dataset`. `source` is the dataset's YAML text, for exact columns inside
    /// strings; without it the file named by the dataset is read, and failing that columns count from
    /// the start of each string.
    public init(dataset: Dataset, source: SourceMap? = nil) {
        self.dataset = dataset
        let map = source ?? SourceMap.reading(dataset.file)
        var builder = Builder(dataset: dataset, map: map)
        builder.add(dataset.report.title, kind: .title, container: nil)
        builder.walk(dataset.body, level: 1, parent: nil)
        for chart in dataset.charts { builder.add(chart.title, kind: .caption, container: nil) }
        units = builder.units
        sections = builder.sections
    }

    /// Walks the body and prints each template.
    private struct Builder {
        let dataset: Dataset
        let map: SourceMap?
        var units: [ProseUnit] = []
        var sections: [SectionInfo] = []

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

        mutating func add(_ template: TextTemplate, kind: ProseUnit.Kind, container: Int?, section: Int? = nil) {
            let (text, origins, expressions) = print(template)
            var unit = ProseUnit(kind: kind, text: text, origins: origins, container: container, section: section)
            unit.expressions = expressions
            units.append(unit)
        }

        /// The template printed, each character with its origin. Walks the raw text beside the parts:
        /// `{{`/`}}` print one brace, `{…}` is the next expression part.
        func print(_ template: TextTemplate) -> ([Character], [ProseUnit.Origin], [PrintedExpression]) {
            let raw = Array(template.raw.unicodeScalars)
            let places = locate(raw, from: template.location)
            var text: [Character] = [], origins: [ProseUnit.Origin] = [], printed: [PrintedExpression] = []
            // As many as the raw scalars (a printed value is rarely longer than its `{…}`): grown by doubling, the
            // characters held for the whole check would take up to twice their room.
            text.reserveCapacity(raw.count)
            origins.reserveCapacity(raw.count)
            var p = 0
            func place(_ i: Int) -> SourceLocation? { i < places.count ? places[i] : places.last ?? template.location }
            for part in template.parts {
                switch part {
                case .literal(let s):
                    for ch in s {
                        let here = p
                        if let first = ch.unicodeScalars.first, p + 1 < raw.count, raw[p] == first,
                            first == "{" || first == "}", raw[p + 1] == first
                        {
                            p += 2
                        } else {
                            p += ch.unicodeScalars.count
                        }
                        text.append(ch); origins.append(.literal(place(here)))
                    }
                case .expression(let expr, _, let location):
                    if p < raw.count, raw[p] == "{", let close = raw[p...].firstIndex(of: "}") { p = close + 1 }
                    let value = (try? dataset.evaluate(expr).formatted) ?? "?"
                    let start = text.count
                    for ch in value { text.append(ch); origins.append(.expression(location ?? place(p))) }
                    printed.append(PrintedExpression(expression: expr, range: start..<text.count))
                }
            }
            return (text, origins, printed)
        }

        /// A location for each raw scalar: from the YAML source when known, else counted from the start.
        func locate(_ raw: [Unicode.Scalar], from start: SourceLocation?) -> [SourceLocation] {
            guard let start else { return [] }
            if let map, map.file == start.file || map.lineCount >= start.line {
                return map.locations(of: raw, startingAt: start)
            }
            return raw.indices.map { SourceLocation(file: start.file, line: start.line, column: start.column + $0) }
        }
    }

    /// The heading unit of section `index`.
    public func heading(of index: Int) -> ProseUnit? {
        units.first { $0.kind == .heading && $0.section == index }
    }
}

import Foundation
import Folio
import FolioDisplay
import FolioDocument
import FolioLayout
import FolioTestSupport

/// One character as printed: its text, where its advance box starts and ends, its size.
struct PrintedCharacter {
    var text: String
    var x: Double
    var end: Double
    var size: Double
}

/// The audit of one report (see `LayoutAuditTests`).
struct LayoutAudit {
    /// The most letter-spacing a justified line may take, em (`BreakOptimizer.maxLetterSpacing`); a hair of
    /// tolerance.
    static let maxSpacing = 0.08 + 0.005
    /// The most a Han–Han gap closes, em, only as the tight line's last resort (`TextEngine.maxCondense`).
    static let maxCondense = 0.04
    /// The theme's Han–digit gap (¼ em) and its stated bounds (R16): ⅓ em on an ordinary justified line; ½ em
    /// (JIS X 4051) only on a line that would otherwise be letter-spaced beyond `maxSpacing`; ⅛ em (clreq
    /// reduction step 6) only on a line that shrinks to keep a figure with its unit and mark.
    static let latinGap = 0.25
    static let minLatinGap = 0.125, maxLatinGap = 0.5
    /// What is wrong, one entry per line and kind: kind → the lines' descriptions.
    var defects: [Kind: [String]] = [:]
    /// The kinds of defect the audit finds.
    enum Kind: String, CaseIterable, Comparable {
        case letterSpacing = "letter-spacing"
        case hanDigitGap = "Han–digit gap"
        case midLineCompressed = "mid-line compressed"
        case condensed = "condensed"
        case unitSplit = "unit split"
        case rangeSplit = "range split"
        case popplerLine = "poppler line differs"
        case mupdfLine = "MuPDF line differs"
        case ghostscriptLine = "Ghostscript line differs"
        case inventedSpace = "invented space"
        case paragraphText = "paragraph not extracted whole"
        case lineStartNotch = "line-start notch"
        case build = "build failed"
        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }
    /// Records `what` under `kind` once.
    mutating func add(_ kind: Kind, _ what: String) {
        if defects[kind]?.contains(what) != true { defects[kind, default: []].append(what) }
    }
    /// Defects of `kind` found.
    func count(_ kind: Kind) -> Int { defects[kind]?.count ?? 0 }
    /// Every defect found.
    var total: Int { defects.values.reduce(0) { $0 + $1.count } }
    var hanHan: [Double] = []
    var hanDigit: [Double] = []
    /// Lines whose Han–digit gaps leave ¼–⅓ em (wider for a line that would be loose, narrower for one that
    /// shrinks): counted, not defects, within the bounds.
    var widenedGapLines = 0, narrowedGapLines = 0
    /// The tight line's last resort (not defects): isolated mid-line marks squeezed past ¼ em and lines whose
    /// Han–Han gaps close (by at most `maxCondense`), where the line's alternative, ending before its last
    /// unbreakable run, would have been letter-spaced past the bound (`lastResortSpacing`). One entry a mark
    /// and a condensed line, with the squeeze and the alternative's spacing; and their counts.
    var lastResort: [String] = []
    var lastResortMarks = 0, condensedLines = 0
    /// Lines starting at the left edge with an opening mark, and how many of them were trimmed half width.
    var openingLineStarts = 0
    /// Lines whose end mark hangs past the right edge (clreq §3.1.7, `PunctuationOptions.hangLineEnd`): not
    /// defects, the remedy for a line that would otherwise be letter-spaced; each with its page and text.
    var hanging: [String] = []
    var lines = 0
    /// Paragraphs of `folio text` looked for in the readers' text (each reader counts).
    var paragraphsChecked = 0

    var summary: String {
        func range(_ v: [Double]) -> String {
            guard let a = v.min(), let b = v.max() else { return "–" }
            return String(format: "%.3f–%.3f em", a, b)
        }
        return "\(lines) lines, Han–Han spacing \(range(hanHan)), Han–digit gap \(range(hanDigit)) (lines with a gap"
            + " over ⅓ em \(widenedGapLines), under ¼ em \(narrowedGapLines)), lines opening with a mark at the edge"
            + " \(openingLineStarts), last resort: marks past ¼ em \(lastResortMarks), condensed lines"
            + " \(condensedLines), hanging marks \(hanging.count), \(total) defects ("
            + defects.keys.sorted().map { "\($0.rawValue) \(count($0))" }.joined(separator: ", ") + ")"
    }

    /// Lays `dataset` out, builds its PDF (past check findings) and audits every line.
    static func audit(dataset: URL) throws -> LayoutAudit {
        let report = try Pipeline.load(dataset: dataset)
        let engine = try Pipeline.textEngine(for: report.theme)
        let layout = LayoutEngine(theme: report.theme, text: engine)
        var pages: [Page] = []
        try layout.layout(report.document) { pages.append($0) }
        let dir = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("audit.pdf")
        let built = try FolioExecutable.run(["build", "--force", "--draft", dataset.path, "-o", pdf.path])
        var audit = LayoutAudit()
        guard built.status == 0 else { audit.add(.build, built.stderr); return audit }
        let text = try ToolRun.run("pdftotext", [pdf.path, "-"]).stdout.components(separatedBy: "\u{0C}")
        let mupdf = try extracted("mutool", ["draw", "-q", "-F", "txt", "-o"], "mu", pdf, count: pages.count, in: dir)
        let gs = try extracted(
            "gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=txtwrite", "-o"], "gs", pdf, count: pages.count, in: dir)
        let paragraphs = try FolioExecutable.run(["text", dataset.path]).stdout
        for (reader, pagesText) in [("poppler", text), ("MuPDF", mupdf), ("Ghostscript", gs)] {
            audit.paragraphs(paragraphs, in: pagesText, reader: reader)
        }
        var everyPage: [[[PrintedCharacter]]] = []
        for (p, page) in pages.enumerated() {
            let printed = Self.lines(of: page)
            audit.lines += printed.count
            everyPage.append(printed)
            for line in printed { audit.measure(line, page: p + 1) }
            audit.splits(printed, page: p + 1)
            audit.compare(printed, poppler: p < text.count ? text[p] : "", page: p + 1)
            audit.compare(printed, mupdf[p], as: .mupdfLine, page: p + 1)
            audit.compare(printed, gs[p], as: .ghostscriptLine, page: p + 1)
        }
        audit.lineStarts(everyPage)
        audit.lineEnds(everyPage)
        return audit
    }

    /// The text `program` extracts from each page of `pdf` (MuPDF's `mutool draw -F txt`, Ghostscript's
    /// txtwrite device), one file a page written into `dir`.
    static func extracted(
        _ program: String, _ arguments: [String], _ prefix: String, _ pdf: URL, count: Int, in dir: URL
    ) throws -> [String] {
        let pattern = dir.appendingPathComponent("\(prefix)-%d.txt").path
        _ = try ToolRun.run(program, arguments + [pattern, pdf.path])
        return (1...max(count, 1)).map { page in
            let url = dir.appendingPathComponent("\(prefix)-\(page).txt")
            return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
    }

    /// Every paragraph of `folio text` (four or more characters; table rows, with their tabs, aside) is in the
    /// reader's text of the whole document with line ends, spaces and page numbers taken out: nothing lost,
    /// doubled or reordered across lines and pages.
    mutating func paragraphs(_ folioText: String, in pages: [String], reader: String) {
        let pageNumber = /^\s*—\s*\d+\s*—\s*$/
        let flat = pages.joined().split(whereSeparator: \.isNewline)
            .filter { (try? pageNumber.wholeMatch(in: String($0))) == nil }
            .joined().filter { !$0.isWhitespace }
        for line in folioText.split(whereSeparator: \.isNewline) where !line.contains("\t") {
            let paragraph = line.filter { !$0.isWhitespace }
            guard paragraph.count >= 4 else { continue }
            paragraphsChecked += 1
            if !flat.contains(paragraph) {
                add(.paragraphText, "\(reader): \(paragraph.prefix(40))")
            }
        }
    }

    /// Every laid-out line of running text of four or more characters is one line of another reader's text (spaces aside).
    mutating func compare(_ printed: [[PrintedCharacter]], _ extracted: String, as kind: Kind, page: Int) {
        let lines = Set(extracted.split(whereSeparator: \.isNewline).map { $0.filter { $0 != " " } })
        for line in printed where line.count >= 4 && Self.isTextLine(line) {
            let text = line.map(\.text).joined()
            if !lines.contains(text.filter { $0 != " " }) { add(kind, "p\(page) \(text)") }
        }
    }

    /// The page's top-level text as printed lines: characters grouped by baseline, each line in x order.
    static func lines(of page: Page) -> [[PrintedCharacter]] {
        var rows: [Double: [PrintedCharacter]] = [:]
        for item in page.frame.items {
            guard case .text(let run, let at) = item else { continue }
            let bytes = Array(run.text.utf8)
            var b = 0, g = 0
            for cluster in run.clusters {
                let text = String(
                    decoding: bytes[min(b, bytes.count)..<min(b + cluster.byteCount, bytes.count)], as: UTF8.self)
                let glyphs = run.glyphs[min(g, run.glyphs.count)..<min(g + cluster.glyphCount, run.glyphs.count)]
                b += cluster.byteCount; g += cluster.glyphCount
                guard let first = glyphs.first else { continue }
                let x = (at.x + first.x).value
                let end = x + glyphs.reduce(0.0) { $0 + $1.advance.value }
                let key = (at.y.value * 100).rounded() / 100
                rows[key, default: []].append(PrintedCharacter(text: text, x: x, end: end, size: run.size.value))
            }
        }
        return rows.keys.sorted().compactMap { rows[$0]?.sorted { $0.x < $1.x } }
    }

    static func isHan(_ s: String) -> Bool {
        guard let u = s.unicodeScalars.first, s.unicodeScalars.count == 1 else { return false }
        return (0x4E00...0x9FFF).contains(u.value) || (0x3400...0x4DBF).contains(u.value)
    }
    /// A digit, % or ‰, or a decimal point inside a figure; a "." alone (the point of a heading number "1.")
    /// is not: no Han–Latin gap follows it.
    static func isDigitLike(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { ("0"..."9").contains(Character($0)) || $0 == "%" || $0 == "‰" || $0 == "." }
            && s != "."
    }
    static let rightBlank = Set("、，。：；！？”’）》」』】〕")
    static let leftBlank = Set("“‘（《「『【〔")
    static func isMark(_ s: String) -> Bool {
        s.count == 1 && (rightBlank.contains(Character(s)) || leftBlank.contains(Character(s)))
    }

    /// Gaps by kind, loose lines and marks compressed in mid-line.
    mutating func measure(_ line: [PrintedCharacter], page: Int) {
        let text = line.map(\.text).joined()
        guard Self.isTextLine(line) else { return }
        var widened = false, narrowed = false
        var squeezed: [(mark: String, gap: Double)] = []
        var loosest = 0.0, tightest = 0.0
        defer {
            if widened { widenedGapLines += 1 }
            if narrowed { narrowedGapLines += 1 }
            if loosest > Self.maxSpacing { add(.letterSpacing, String(format: "p%d (%.3f em) ", page, loosest) + text) }
        }
        for k in 1..<max(line.count, 1) {
            let a = line[k - 1], b = line[k]
            let em = max(a.size, b.size)
            let gap = (b.x - a.end) / em
            if Self.isHan(a.text) && Self.isHan(b.text) {
                hanHan.append(gap)
                loosest = max(loosest, gap)
                tightest = min(tightest, gap)
            }
            if (Self.isHan(a.text) && Self.isDigitLike(b.text)) || (Self.isDigitLike(a.text) && Self.isHan(b.text)) {
                hanDigit.append(gap)
                if gap < Self.minLatinGap - 0.005 || gap > Self.maxLatinGap + 0.005 {
                    add(.hanDigitGap, "p\(page) \(text)")
                }
                if gap > Self.latinGap + 1.0 / 12 + 0.005 { widened = true }
                if gap < Self.latinGap - 0.005 { narrowed = true }
            }
            // A mark compressed in mid-line: one with no mark beside it that gives up more than a quarter em.
            let lonely = { (i: Int) in
                (i == 0 || !Self.isMark(line[i - 1].text)) && (i + 1 >= line.count || !Self.isMark(line[i + 1].text))
            }
            if Self.isMark(a.text), Self.rightBlank.contains(Character(a.text)), lonely(k - 1), gap < -0.255 {
                squeezed.append((a.text, gap))
            }
            if Self.isMark(b.text), Self.leftBlank.contains(Character(b.text)), lonely(k), gap < -0.255, k > 0 {
                squeezed.append((b.text, gap))
            }
        }
        if tightest < -(Self.maxCondense + 0.005) {
            add(.condensed, String(format: "p%d (%.3f em) ", page, tightest) + text)
        }
        judge(squeezed, condensed: tightest < -0.005 ? tightest : nil, in: line, page: page)
    }

    /// Marks squeezed past ¼ em in mid-line are defects (issue 16, defect 1), and so are Han–Han gaps closed
    /// below their natural width, unless the squeeze was the last resort: the line ending before its last
    /// unbreakable run would have been letter-spaced past the bound (`lastResortSpacing`, the breaker's rule).
    private mutating func judge(
        _ squeezed: [(mark: String, gap: Double)], condensed: Double?, in line: [PrintedCharacter], page: Int
    ) {
        guard !squeezed.isEmpty || condensed != nil else { return }
        let text = line.map(\.text).joined()
        let alternative = Self.lastResortSpacing(line)
        let why =
            alternative.map { String(format: "ending before “%@” leaves %.3f em", $0.0, $0.1) } ?? "no alternative"
        let isLastResort = alternative.map { $0.1 > Self.maxSpacing - 0.01 } ?? false
        for (mark, gap) in squeezed {
            if isLastResort {
                lastResortMarks += 1
                lastResort.append(String(format: "p%d %@ %.3f em (%@): ", page, mark, gap, why) + text)
            } else {
                add(.midLineCompressed, "p\(page) \(mark) (\(why)): \(text)")
            }
        }
        guard let condensed else { return }
        if isLastResort {
            condensedLines += 1
            lastResort.append(String(format: "p%d Han–Han %.3f em (%@): ", page, condensed, why) + text)
        } else {
            add(.condensed, String(format: "p%d (%.3f em, %@) ", page, condensed, why) + text)
        }
    }

    /// The letter-spacing `line` would have had (em), and the run it leaves out, had it ended before its last
    /// unbreakable run — the closing marks that end it with the figure and unit words before them
    /// ("12.35亿元，"), or else its last character — with the opening marks that hold on to that run: the
    /// prefix at natural spacing (Han–Latin gaps ¼ em, compressed pairs as printed, every other gap 0), its
    /// slack up to the line's end shared as `Spread.shares` does (Han–Latin gaps first to ⅓ em, the others
    /// to 0.08 em, the Han–Latin gaps to ½ em, the rest evenly). Nil when nothing would be left.
    static func lastResortSpacing(_ line: [PrintedCharacter]) -> (String, Double)? {
        let r = lastRunStart(line.map(\.text))
        guard r >= 2, let first = line.first, let last = line.last else { return nil }
        let em = first.size
        var natural = 0.0, glued = 0, other = 0
        for k in 0..<r {
            natural += line[k].end - line[k].x
            guard k > 0 else { continue }
            let (a, b) = (line[k - 1], line[k])
            let hanLatin = (isHan(a.text) && isLatin(b.text)) || (isLatin(a.text) && isHan(b.text))
            if hanLatin { natural += latinGap * em }
            if isMark(a.text) && isMark(b.text) { natural += b.x - a.end }
            let wide = { (c: PrintedCharacter) in (c.end - c.x) / c.size > 0.8 }
            guard wide(a) || wide(b), !(a.text == b.text && "—…".contains(a.text)) else { continue }
            if hanLatin { glued += 1 } else { other += 1 }
        }
        let slack = last.end - first.x - natural
        let run = line[r...].map(\.text).joined()
        guard other > 0 else { return (run, slack > 0 ? .infinity : 0) }
        // `Spread.shares`, for the gaps that are not Han–Latin.
        let g = Double(glued), o = Double(other)
        let even = slack / (g + o)
        var share = even
        if even > latinGap / 3 * em && glued > 0 {
            share = (slack - latinGap / 3 * em * g) / o
            if share > 0.08 * em { share = max(0.08 * em, (slack - (maxLatinGap - latinGap) * em * g) / o) }
        }
        return (run, share / em)
    }

    /// Where the last unbreakable run of `texts` starts: its closing marks; before them unit words and the figure
    /// they follow ("12.35亿元，"), or else the last character with the opening marks before it and the figure
    /// that keeps it ("4.0%（按", "1%-3%设"); the opening marks before the figure.
    static func lastRunStart(_ texts: [String]) -> Int {
        func opening(_ i: Int) -> Bool {
            i > 0 && texts[i - 1].count == 1 && leftBlank.contains(Character(texts[i - 1]))
        }
        var i = texts.count
        while i > 0, texts[i - 1].count == 1, rightBlank.contains(Character(texts[i - 1])) { i -= 1 }
        let units = (UnitWords.names + UnitWords.magnitudes + ["余", "多", "个"]).sorted { $0.count > $1.count }
        var j = i
        while let word = units.first(where: { w in j >= w.count && texts[(j - w.count)..<j].joined() == w }) {
            j -= word.count
        }
        let figure = figureStart(texts, before: j)
        if j < i && figure < j {
            i = figure
        } else {
            i = max(i - 1, 0)
            while opening(i) { i -= 1 }
            i = figureStart(texts, before: i)
        }
        while opening(i) { i -= 1 }
        return i
    }

    /// Where the figure (digits, its point and separators, %, ％, ‰, a range's dash between digits) that ends just
    /// before `end` starts; `end` when there is none.
    static func figureStart(_ texts: [String], before end: Int) -> Int {
        var k = end
        while k > 0 {
            let t = texts[k - 1]
            let inRange =
                "—–-～~".contains(t) && k >= 2 && isDigitLike(texts[k - 2]) && k < end && isDigitLike(texts[k])
            guard isDigitLike(t) || [".", ",", "％", "‰"].contains(t) || inRange else { break }
            k -= 1
        }
        return k
    }

    /// A Latin letter or digit, % or ‰ (the other side of a Han–Latin gap).
    static func isLatin(_ s: String) -> Bool {
        isDigitLike(s) || s.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
    }

    /// R15 (clreq §3.1.6): a line at the left edge of the type area that opens with an opening quote or bracket
    /// sets it half width (its advance box starts half an em left of the edge, the glyph at the edge); one left
    /// full width shows a half-em notch. The edge is where the document's lines opening with a Han character
    /// start furthest left (the type area's edge: every wrapped line of body text starts there).
    mutating func lineStarts(_ pages: [[[PrintedCharacter]]]) {
        let text = pages.map { $0.filter { Self.isTextLine($0) && $0.count >= 4 } }
        let starts = text.joined().compactMap(\.first).filter { Self.isHan($0.text) }.map(\.x)
        guard let edge = starts.min() else { return }
        for (p, lines) in text.enumerated() {
            for line in lines { lineStart(line, edge: edge, page: p + 1) }
        }
    }

    /// Lines whose last mark starts at the right edge of the type area (it hangs, clreq §3.1.7) — the edge is
    /// where the document's lines ending with a Han character end furthest right.
    mutating func lineEnds(_ pages: [[[PrintedCharacter]]]) {
        let text = pages.map { $0.filter { Self.isTextLine($0) && $0.count >= 4 } }
        let ends = text.joined().compactMap(\.last).filter { Self.isHan($0.text) }.map(\.end)
        guard let edge = ends.max() else { return }
        for (p, lines) in text.enumerated() {
            for line in lines {
                guard let last = line.last, "、，。；：？！".contains(last.text), last.x > edge - 0.05 * last.size else {
                    continue
                }
                hanging.append("p\(p + 1) \(line.map(\.text).joined())")
            }
        }
    }

    private mutating func lineStart(_ line: [PrintedCharacter], edge: Double, page: Int) {
        guard let first = line.first, first.text.count == 1, Self.leftBlank.contains(Character(first.text)) else {
            return
        }
        let offset = (first.x - edge) / first.size
        if abs(offset) < 0.05 {
            openingLineStarts += 1
            add(.lineStartNotch, "p\(page) \(line.map(\.text).joined())")
        } else if abs(offset + 0.5) < 0.05 {
            openingLineStarts += 1
        }
    }

    /// Whether `line` is a line of running text: one size, and its Han–Han gaps even (a justified line spreads
    /// its slack evenly, R17). A table row, whose cells stand apart, or a line mixing sizes is not measured.
    static func isTextLine(_ line: [PrintedCharacter]) -> Bool {
        guard let size = line.first?.size, line.allSatisfy({ abs($0.size - size) < 0.01 }) else { return false }
        // A gap of an em or more between two neighbours is not a gap inside running text (R17 bounds it at ½
        // em): the line is cells of a table row or labels.
        guard zip(line, line.dropFirst()).allSatisfy({ ($1.x - $0.end) / size < 1 }) else { return false }
        let gaps = zip(line, line.dropFirst()).filter { isHan($0.text) && isHan($1.text) }.map {
            ($1.x - $0.end) / size
        }
        guard let low = gaps.min(), let high = gaps.max() else { return true }
        return high - low < 0.02
    }

    /// Figures split from their units and ranges split across consecutive lines.
    mutating func splits(_ printed: [[PrintedCharacter]], page: Int) {
        let units = UnitWords.names + UnitWords.magnitudes + ["个百分点", "个月"]
        // Consecutive lines of running text (a table's rows are not a figure and what follows it).
        let texts = printed.map { Self.isTextLine($0) ? $0.map(\.text).joined() : "" }
        for (a, b) in zip(texts, texts.dropFirst()) {
            guard let last = a.last, let next = b.first else { continue }
            let figureEnd =
                last.isNumber && last.isASCII || (("万亿").contains(last) && a.dropLast().last?.isNumber == true)
            if figureEnd, units.contains(where: { b.hasPrefix($0) }) { add(.unitSplit, "p\(page) \(a) | \(b)") }
            if "—–-～~".contains(last), a.dropLast().last?.isNumber == true, next.isNumber {
                add(.rangeSplit, "p\(page) \(a) | \(b)")
            }
            if last.isNumber, "—–～~".contains(next), b.dropFirst().first?.isNumber == true {
                add(.rangeSplit, "p\(page) \(a) | \(b)")
            }
        }
    }

    /// Every laid-out line of running text of four or more characters is one line of poppler's text (spaces aside), and
    /// poppler puts no space between two Latin letters or digits that the line does not have.
    mutating func compare(_ printed: [[PrintedCharacter]], poppler: String, page: Int) {
        let extracted = poppler.split(separator: "\n").map(String.init)
        let squeezed = Set(extracted.map { $0.filter { $0 != " " } })
        for line in printed where line.count >= 4 && Self.isTextLine(line) {
            let text = line.map(\.text).joined()
            if !squeezed.contains(text.filter { $0 != " " }) {
                add(.popplerLine, "p\(page) \(text)")
            }
        }
        // Only the extracted lines that are laid-out lines: chart captions and labels are drawn inside their
        // chart's group and set with their own spaces.
        let laidOut = Set(printed.map { $0.map(\.text).joined().filter { $0 != " " } })
        for line in extracted where laidOut.contains(line.filter { $0 != " " }) {
            let chars = Array(line)
            for i in chars.indices.dropFirst().dropLast() where chars[i] == " " {
                let (a, b) = (chars[i - 1], chars[i + 1])
                if a.isASCII, b.isASCII, a.isNumber || a.isLetter, b.isNumber || b.isLetter,
                    !printed.contains(where: { $0.map(\.text).joined().contains("\(a) \(b)") })
                {
                    add(.inventedSpace, "p\(page) \(line)")
                }
            }
        }
    }
}

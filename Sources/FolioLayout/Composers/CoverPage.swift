import FolioDisplay
import FolioDocument
import FolioText

/// The cover of the `report` theme: the title in the title face, balanced over as many lines as it needs
/// (as GB/T 9704 §7.3.1 shapes a title: 梯形 or 菱形), between two accent rules a third of the way down;
/// the subject under it; the issuing body and the date at the foot of the type area. No page number.
struct CoverPage {
    let theme: Theme
    let metrics: PageMetrics
    let text: TextEngine
    let style: CoverStyle
    let accent: Color

    /// Where the upper rule sits, as a share of the paper height: the optical third most covers use.
    static let titleTop = 0.28
    /// Title line pitch in ems: 1.4 keeps a two-line title one block.
    static let titlePitch = 1.4

    /// The cover's frame.
    func frame(_ metadata: Metadata) throws -> Frame {
        var frame = Frame(size: metrics.paper)
        let area = metrics.typeArea
        let titleSize = Pt(style.titleSize.points(em: metrics.bodySize.value))
        let textSize = Pt(style.textSize.points(em: metrics.bodySize.value))
        let maxWidth = area.size.width * 0.85
        let lines = try TitleBalancer(measure: {
            try text.shapeLine($0, role: TextStyle.Cover.title.role, size: titleSize, color: .black).width
        })
        .lines(for: metadata.title, maxWidth: maxWidth)
        let top = metrics.paper.height * Self.titleTop
        frame.items.append(rule(at: top, width: 2.5))
        var y = top + titleSize * 1.2
        // Structure: the title (its lines one element), then the subject, issuer and date as paragraphs.
        var title: [FrameItem] = []
        for line in lines {
            title += try centred(line, role: TextStyle.Cover.title.role, size: titleSize, color: .black, baseline: y)
            y += titleSize * Self.titlePitch
        }
        frame.items += title.tagged(.title)
        y += titleSize * (0.6 - Self.titlePitch) + titleSize * 0.4
        frame.items.append(rule(at: y, width: 0.75))
        if !metadata.subject.isEmpty && metadata.subject != metadata.title {
            frame.items += try centred(
                metadata.subject, role: TextStyle.Cover.text.role, size: textSize, color: .gray(0.25),
                baseline: y + textSize * 2.2
            )
            .tagged(.paragraph)
        }
        let foot = area.maxY - textSize * 0.5
        frame.items += try centred(
            metadata.issuer, role: TextStyle.Cover.issuer.role, size: textSize, color: .black,
            baseline: foot - textSize * 1.8
        )
        .tagged(.paragraph)
        frame.items += try centred(
            metadata.date.chinese, role: TextStyle.Cover.text.role, size: textSize, color: .black, baseline: foot
        )
        .tagged(.paragraph)
        return frame
    }

    private func centred(_ s: String, role: FontRole, size: Pt, color: Color, baseline: Pt) throws -> [FrameItem] {
        guard !s.isEmpty else { return [] }
        let shaped = try text.shapeLine(s, role: role, size: size, color: color)
        let area = metrics.typeArea
        return shaped.items(at: Point(x: area.minX + (area.size.width - shaped.width) / 2, y: baseline))
    }

    private func rule(at y: Pt, width: Pt) -> FrameItem {
        let area = metrics.typeArea
        return .path(
            .line(
                from: Point(x: area.minX, y: y), to: Point(x: area.maxX, y: y),
                stroke: Stroke(color: accent, width: width)))
    }
}

/// Lower-case roman numerals for front-matter page numbers (i, ii, iii, iv …), as the PDF page-label
/// style /r prints them (ISO 32000-1 §12.4.2).
enum RomanNumeral {
    /// `n` in lower-case roman; the decimal digits for n < 1 or n > 3999.
    static func lower(_ n: Int) -> String {
        guard (1...3999).contains(n) else { return String(n) }
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var rest = n, out = ""
        for (value, digits) in table {
            while rest >= value { out += digits; rest -= value }
        }
        return out
    }
}

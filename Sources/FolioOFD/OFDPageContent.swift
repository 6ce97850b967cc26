import FolioDisplay
import FolioRender

/// A glyph run as it lands on the page: where, in which transform, and which face.
struct PlacedRun {
    /// The run.
    let run: GlyphRun
    /// Its origin in the coordinates of `transform`.
    let origin: Point
    /// The transform from the run's frame to the page.
    let transform: Transform
}

/// Turns one display-list page into the graphic units of its OFD body layer (GB/T 33190-2016 §8–§11), in the
/// display list's painting order: text runs as text objects, paths as path objects, images as image objects.
/// Links become the page's click actions (§14). Positions are the display list's, converted to millimetres: the OFD
/// page matches the PDF page.
struct OFDPageContent {
    /// The font resource ID and subset of each face file.
    let fonts: [FontFile: (id: Int, font: EmbeddableFont)]
    /// The multimedia resource ID of each image, by identity.
    let images: [String: Int]
    /// The page's size, for text objects under a rotation (their boundary is the page).
    let pageSize: Size
    /// The page IDs by page index, for links.
    let pageIDs: [Int]

    /// The objects of `frame`, numbered from `nextID` on (advanced past the last one used), and its links.
    func objects(_ frame: Frame, nextID: inout Int) -> ([OFDObject], [LinkAction]) {
        var objects: [OFDObject] = []
        var links: [LinkAction] = []
        walk(frame, transform: .identity, into: &objects, links: &links, nextID: &nextID)
        return (objects, links)
    }

    private func walk(
        _ frame: Frame, transform: Transform, into objects: inout [OFDObject], links: inout [LinkAction],
        nextID: inout Int
    ) {
        for item in frame.items {
            switch item {
            case .text(let run, let origin):
                let placed = PlacedRun(run: run, origin: origin, transform: transform)
                objects += text(placed, nextID: &nextID).map(OFDObject.text)
            case .path(let path):
                if let object = Self.path(path, transform: transform, id: nextID) {
                    objects.append(.path(object)); nextID += 1
                }
            case .group(let inner, let t):
                walk(inner, transform: transform.concatenating(t), into: &objects, links: &links, nextID: &nextID)
            case .link(let rect, let target):
                if let link = link(rect, target, transform: transform) { links.append(link) }
            case .image(let image, let rect):
                guard let resource = images[image.identity] else { continue }
                let box = transform.bounds(of: rect)
                let ctm = [box.size.width, Pt(0), Pt(0), box.size.height, Pt(0), Pt(0)].map(OFDNumbers.mm)
                objects.append(
                    .image(
                        ImageObject(
                            id: nextID, boundary: OFDNumbers.box(box), ctm: ctm.joined(separator: " "),
                            resourceID: resource)))
                nextID += 1
            case .beginStructure, .endStructure:
                // The PDF's structure tags; OFD's page content has no logical structure to carry them.
                continue
            }
        }
    }

    /// The click action of a link: its rectangle on the page, and where it goes (a page at a height, or a URI).
    func link(_ rect: Rect, _ target: LinkTarget, transform: Transform) -> LinkAction? {
        let box = transform.bounds(of: rect)
        func point(_ x: Pt, _ y: Pt) -> String { OFDNumbers.mm(x) + " " + OFDNumbers.mm(y) }
        let region = LinkAction.Region(
            area: .init(
                start: point(box.minX, box.minY),
                segments: [
                    .line(point(box.maxX, box.minY)), .line(point(box.maxX, box.maxY)),
                    .line(point(box.minX, box.maxY)), .close,
                ]))
        switch target {
        case .page(let index, let y):
            guard pageIDs.indices.contains(index) else { return nil }
            return LinkAction(
                region: region, goto: .init(dest: .init(pageID: pageIDs[index], left: "0", top: OFDNumbers.mm(y))),
                uri: nil)
        case .uri(let uri):
            return LinkAction(region: region, goto: nil, uri: .init(uri: uri))
        }
    }

    /// Whether `t` only moves (no scale, rotation or skew).
    static func isTranslation(_ t: Transform) -> Bool { t.a == 1 && t.b == 0 && t.c == 0 && t.d == 1 }

    // MARK: Text (§11)

    /// The text objects of a run, one per text code: its characters split at white space and at vertical offsets,
    /// each character at its cluster's glyph position (`DeltaX`), and where shaping chose glyphs the font's cmap would
    /// not give (GSUB forms, ligatures), one CGTransform before the code naming its glyphs. One code and at most one
    /// CGTransform per object, as readers such as easyofd expect. Empty for a run with nothing to draw or a face
    /// without a subset.
    func text(_ placed: PlacedRun, nextID: inout Int) -> [TextObject] {
        let run = placed.run
        guard let font = fonts[run.font.file], !run.glyphs.isEmpty else { return [] }
        let translation = Self.isTranslation(placed.transform)
        // In translation-only frames, positions are page positions (the boundary a box round the run); otherwise
        // the boundary is the page and the CTM carries the frame's transform (§8.2: boundary origin, then CTM).
        let origin = translation ? placed.transform.apply(placed.origin) : placed.origin
        let xs = run.glyphs.map { origin.x + $0.x }
        let left = (xs.min() ?? origin.x) - run.size * 0.1
        let right = zip(xs, run.glyphs).map { $0 + max($1.advance, run.size) }.max() ?? origin.x
        let top = origin.y - run.size * 1.1
        let box =
            translation
            ? Rect(x: left, y: top, width: right - left + run.size * 0.1, height: run.size * 1.4)
            : Rect(origin: .zero, size: pageSize)
        let base = translation ? box.origin : .zero
        let t = placed.transform
        let ctm =
            translation
            ? nil
            : [
                OFDNumbers.number(t.a), OFDNumbers.number(t.b), OFDNumbers.number(t.c), OFDNumbers.number(t.d),
                OFDNumbers.mm(t.tx), OFDNumbers.mm(t.ty),
            ].joined(separator: " ")
        let bold = run.font.syntheticBold
        let color = OFDColor(value: OFDNumbers.rgb(run.color))
        return codes(run, origin: origin, font: font.font).compactMap { code in
            guard let parts = code.build(base: base) else { return nil }
            defer { nextID += 1 }
            return TextObject(
                id: nextID, boundary: OFDNumbers.box(box), ctm: ctm, font: font.id, size: OFDNumbers.mm(run.size),
                weight: bold ? 700 : nil, stroke: bold ? true : nil,
                // Cairo's synthetic bold widens outlines by about 1/24 em; a stroke of that width draws it in OFD.
                lineWidth: bold ? OFDNumbers.mm(run.size / 24) : nil, alpha: Self.alpha(run.color), fillColor: color,
                strokeColor: bold ? color : nil, codes: parts)
        }
    }

    /// The run's text codes: split at white space, at a change of vertical offset, and round a cluster whose
    /// characters and glyphs do not pair one to one (so one CGTransform can cover each code whole).
    private func codes(_ run: GlyphRun, origin: Point, font: EmbeddableFont) -> [CodeBuilder] {
        var codes: [CodeBuilder] = []
        var code = CodeBuilder()
        func flush() {
            if !code.scalars.isEmpty { codes.append(code) }
            code = CodeBuilder()
        }
        var bytes = Array(run.text.utf8)[...]
        var glyphIndex = 0
        for cluster in run.clusters {
            let clusterBytes = bytes.prefix(cluster.byteCount)
            bytes = bytes.dropFirst(cluster.byteCount)
            let end = min(glyphIndex + cluster.glyphCount, run.glyphs.count)
            let glyphs = run.glyphs[min(glyphIndex, end)..<end]
            glyphIndex += cluster.glyphCount
            let scalars = Array(String(decoding: clusterBytes, as: UTF8.self).unicodeScalars)
            guard let first = glyphs.first, !scalars.isEmpty, !scalars.allSatisfy({ $0.properties.isWhitespace })
            else {
                flush()
                continue
            }
            let position = Point(x: origin.x + first.x, y: origin.y + first.y)
            let paired = scalars.count == glyphs.count
            if let y = code.y, y != position.y { flush() }
            if !paired { flush() }
            code.add(scalars, at: position, glyphs: font.subsetIDs(glyphs.map(\.id)) ?? [], font: font)
            if !paired { flush() }
        }
        flush()
        return codes
    }

    /// An alpha attribute (0…255) for a translucent colour, nil when opaque.
    static func alpha(_ color: Color) -> Int? {
        color.alpha >= 1 ? nil : Int((color.alpha * 255).rounded()).clamped(to: 0...255)
    }

    // MARK: Paths (§9)

    /// The path object of a path, its points mapped to the page; nil for an empty or invisible path.
    static func path(_ path: Path, transform t: Transform, id: Int) -> PathObject? {
        guard path.fill != nil || path.stroke != nil else { return nil }
        var points: [Point] = []
        for segment in path.segments {
            switch segment {
            case .move(let p), .line(let p): points.append(t.apply(p))
            case .cubic(let a, let b, let c): points += [t.apply(a), t.apply(b), t.apply(c)]
            case .close: continue
            }
        }
        guard !points.isEmpty else { return nil }
        let scale = (abs(t.a * t.d - t.b * t.c)).squareRoot()
        let width = path.stroke.map { $0.width * scale } ?? .zero
        var box = Rect(bounding: points)
        let pad = max(width / 2, Pt(0.1))
        box = Rect(
            x: box.minX - pad, y: box.minY - pad, width: box.size.width + pad * 2, height: box.size.height + pad * 2)
        func local(_ p: Point) -> String {
            let q = t.apply(p)
            return OFDNumbers.mm(q.x - box.minX) + " " + OFDNumbers.mm(q.y - box.minY)
        }
        var data: [String] = []
        for segment in path.segments {
            switch segment {
            case .move(let p): data.append("M " + local(p))
            case .line(let p): data.append("L " + local(p))
            case .cubic(let a, let b, let c): data.append("B " + [a, b, c].map(local).joined(separator: " "))
            case .close: data.append("C")
            }
        }
        let dash = path.stroke.flatMap { $0.dash.isEmpty ? nil : $0.dash.map { OFDNumbers.mm($0 * scale) } }
        let alpha = alpha(path.fill ?? path.stroke?.color ?? .black)
        return PathObject(
            id: id, boundary: OFDNumbers.box(box), lineWidth: path.stroke.map { _ in OFDNumbers.mm(width) },
            dashPattern: dash?.joined(separator: " "), stroke: path.stroke != nil, fill: path.fill != nil,
            alpha: alpha, strokeColor: path.stroke.map { OFDColor(value: OFDNumbers.rgb($0.color)) },
            // A stroked, unfilled path names its stroke colour as fill colour too (Fill="false" leaves it unused): easyofd
            // strokes every path in its FillColor.
            fillColor: (path.fill ?? path.stroke?.color).map { OFDColor(value: OFDNumbers.rgb($0)) },
            abbreviatedData: data.joined(separator: " "))
    }
}

/// Collects the characters of one text code: their positions, their glyphs in the subset, and whether a reader
/// would draw other glyphs from the cmap.
struct CodeBuilder {
    var scalars: [Unicode.Scalar] = []
    var xs: [Pt] = []
    var y: Pt?
    var glyphs: [UInt32] = []
    var substituted = false

    /// Adds a cluster: its characters at `point` (the first glyph's origin), drawn with `ids` (subset glyphs).
    mutating func add(_ characters: [Unicode.Scalar], at point: Point, glyphs ids: [UInt32], font: EmbeddableFont) {
        y = point.y
        let nominal = characters.map(font.nominalGlyph)
        if ids.count != nominal.count || zip(ids, nominal).contains(where: { $0 != $1 }) { substituted = true }
        glyphs += ids
        for c in characters {
            scalars.append(c)
            xs.append(point.x)
        }
    }

    /// The code's CGTransform (when a glyph differs from the cmap's) and text code, positions relative to `base`;
    /// nil when empty. Gaps are taken between positions rounded to micrometres, so they add up to each character's
    /// rounded position.
    func build(base: Point) -> [TextPart]? {
        guard let y, let first = xs.first else { return nil }
        let micrometres = xs.map { Int((($0 - base.x).millimetres * 1000).rounded()) }
        var gaps: [String] = []
        for i in micrometres.indices.dropFirst() {
            gaps.append(OFDNumbers.number(Double(micrometres[i] - micrometres[i - 1]) / 1000))
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let transform: [TextPart] =
            substituted && !glyphs.isEmpty
            ? [
                .transform(
                    CGTransform(
                        codePosition: 0, codeCount: scalars.count, glyphCount: glyphs.count,
                        glyphs: glyphs.map(String.init).joined(separator: " ")))
            ] : []
        return transform + [
            .code(
                TextCode(
                    x: OFDNumbers.mm(first - base.x), y: OFDNumbers.mm(y - base.y), deltaX: OFDNumbers.deltas(gaps),
                    text: text))
        ]
    }
}

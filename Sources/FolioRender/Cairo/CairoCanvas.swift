import CCairo
import Foundation
import FolioDisplay

/// Draws display-list frames on a Cairo context: the one place that turns `FrameItem`s into Cairo
/// operations, shared by the PDF, PNG and SVG backends.
struct CairoCanvas {
    /// The Cairo context (`cairo_t *`).
    let cr: OpaquePointer
    /// Opened fonts.
    let fonts: FontCache
    /// Internal-link resolution; nil for backends without links (PNG, SVG), which then skip link items.
    var links: LinkDestinations? = nil
    /// Structure tags of a tagged PDF; nil for backends without them (PNG, SVG) and untagged PDFs, which then
    /// skip structure marks.
    var structure: StructureTags? = nil

    /// Draws every item of `frame`, in order, then reports any error Cairo recorded.
    func draw(_ frame: Frame) throws {
        for item in frame.items { try draw(item) }
        try checkCairo(cairo_status(cr), "drawing")
    }

    /// Draws one item: the backend's single exhaustive switch over the display contract.
    func draw(_ item: FrameItem) throws {
        switch item {
        case let .text(run, origin):
            structure?.willDraw(on: cr)
            try drawText(run, at: origin)
        case let .path(path):
            structure?.willDraw(on: cr)
            drawPath(path)
        case let .group(frame, transform):
            cairo_save(cr)
            var matrix = cairo_matrix_t(
                xx: transform.a, yx: transform.b, xy: transform.c, yy: transform.d,
                x0: transform.tx.value, y0: transform.ty.value)
            cairo_transform(cr, &matrix)
            defer { cairo_restore(cr) }
            try draw(frame)
        case let .link(rect, target):
            if let structure {
                structure.link(on: cr) { drawLink(rect, target) }
            } else {
                drawLink(rect, target)
            }
        case let .image(image, rect):
            structure?.willDraw(on: cr)
            try ImageSurfaces.draw(image, in: rect, on: cr)
        case let .beginStructure(role):
            structure?.begin(role, on: cr)
        case .endStructure:
            structure?.end(on: cr)
        }
    }

    /// Writes a glyph run with its source text and clusters (`cairo_show_text_glyphs`), so that
    /// copying and searching the PDF give the source characters (R10: 立, not the radical ⽴).
    private func drawText(_ run: GlyphRun, at origin: Point) throws {
        guard !run.glyphs.isEmpty, run.size.value > 0, run.size.value.isFinite else { return }
        // With a subset font the glyph ids are the subset's; `FontCache` maps them.
        let (face, ids) = try fonts.cairoFace(
            for: run.font, glyphs: run.glyphs.map(\.id), xs: run.glyphs.map { (origin.x + $0.x).value },
            size: run.size.value)
        cairo_set_font_face(cr, face)
        cairo_set_font_size(cr, run.size.value)
        setColor(run.color)
        var glyphs = zip(run.glyphs, ids).map { glyph, id in
            cairo_glyph_t(index: UInt(id), x: (origin.x + glyph.x).value, y: (origin.y + glyph.y).value)
        }
        let utf8 = Array(run.text.utf8)
        var clusters = validClusters(run, utf8: utf8).map {
            cairo_text_cluster_t(num_bytes: Int32($0.byteCount), num_glyphs: Int32($0.glyphCount))
        }
        utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                cairo_show_text_glyphs(
                    cr, text.baseAddress, Int32(text.count), &glyphs, Int32(glyphs.count),
                    &clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
            }
        }
    }

    /// The run's clusters when they cover its text (`utf8`, its bytes) and glyphs exactly (Cairo rejects anything else and
    /// would stop drawing); otherwise one cluster for the whole run, which still extracts the right text.
    func validClusters(_ run: GlyphRun, utf8: [UInt8]) -> [TextCluster] {
        var bytes = 0, glyphs = 0, valid = !run.clusters.isEmpty
        let byteCount = utf8.count
        for cluster in run.clusters {
            if cluster.byteCount < 0 || cluster.glyphCount < 0 || cluster.byteCount + cluster.glyphCount == 0 {
                valid = false; break
            }
            // Each cluster must start on a character boundary (UTF-8 continuation bytes are 10xxxxxx).
            if bytes < byteCount && utf8[bytes] & 0xC0 == 0x80 {
                valid = false; break
            }
            bytes += cluster.byteCount; glyphs += cluster.glyphCount
        }
        if valid && bytes == byteCount && glyphs == run.glyphs.count { return run.clusters }
        return [TextCluster(byteCount: byteCount, glyphCount: run.glyphs.count)]
    }

    /// Fills (non-zero winding) and then strokes a path.
    private func drawPath(_ path: Path) {
        guard path.fill != nil || path.stroke != nil else { return }
        cairo_new_path(cr)
        for segment in path.segments {
            switch segment {
            case let .move(p): cairo_move_to(cr, p.x.value, p.y.value)
            case let .line(p): cairo_line_to(cr, p.x.value, p.y.value)
            case let .cubic(c1, c2, p):
                cairo_curve_to(cr, c1.x.value, c1.y.value, c2.x.value, c2.y.value, p.x.value, p.y.value)
            case .close: cairo_close_path(cr)
            }
        }
        if let fill = path.fill {
            setColor(fill)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            if path.stroke == nil { cairo_fill(cr) } else { cairo_fill_preserve(cr) }
        }
        if let stroke = path.stroke, stroke.width.value > 0 {
            setColor(stroke.color)
            cairo_set_line_width(cr, stroke.width.value)
            let dashes = stroke.dash.map(\.value).filter { $0 >= 0 && $0.isFinite }
            // Cairo rejects a dash pattern whose lengths are all zero; draw those solid.
            let pattern = dashes.contains { $0 > 0 } ? dashes : []
            cairo_set_dash(cr, pattern, Int32(pattern.count), 0)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    /// A PDF link annotation over `rect`.
    private func drawLink(_ rect: Rect, _ target: LinkTarget) {
        guard let links else { return }
        let attributes =
            "rect=[\(rect.minX) \(rect.minY) \(rect.size.width) \(rect.size.height)] "
            + links.attributes(for: target)
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    private func setColor(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }
}

/// Escapes a string for a Cairo tag attribute in single quotes (backslash before ' and \).
func escapeAttribute(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
}

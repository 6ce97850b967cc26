import CCairo
import Foundation
import FolioDisplay

/// Loads the glyphs of laid-out pages into Cairo's glyph caches on a thread of its own, before the drawing thread
/// needs them (issue 8). Cairo loads every glyph through FreeType twice in a PDF — at the size it is drawn, for
/// its outline and extents, and at unit size, for the embedded font's widths — and on the drawing thread that was
/// a fifth of a 13-page build; the layout thread hands each page here as it hands it to the drawing.
///
/// It works through Cairo's own sharing: a scaled font is found by (face, font matrix, CTM, options), so the
/// scaled fonts made here with the drawing's parameters are the ones the drawing uses (cairo-scaled-font-subsets.c
/// for the unit-size one). Glyph metrics are the same whoever loads them: the file's bytes do not change
/// (`RenderParallelTests`, `LayoutConcurrencyTests` compare builds byte for byte). Thread-safe.
final class GlyphWarmer: @unchecked Sendable {
    private struct Key: Hashable { let face: UInt; let size: Double }
    private let lock = NSLock()
    private let batch: SubsetBatch
    /// The PDF surface's font options (what the drawing's scaled fonts are made with).
    private let surfaceOptions: OpaquePointer
    /// Cairo's options for the scaled fonts that measure widths for font subsets (cairo-scaled-font-subsets.c:
    /// default options, no hinting, no metric hinting, identity matrices).
    private let subsetOptions: OpaquePointer
    /// Scaled fonts made so far, kept (referenced) until the writer is done so Cairo cannot drop their glyphs.
    private var scaled: [Key: OpaquePointer] = [:]
    /// Glyphs already loaded (original glyph ids), by face and size.
    private var seen: [Key: GlyphBits] = [:]
    /// Set when drawing is over: pages still queued for warming are skipped.
    private var stopped = false
    /// A context on a 1×1 image surface for `cairo_glyph_path`. With the scaled font set on it, its own options
    /// are the PDF surface's (they override the image surface's defaults), so it finds the drawing's scaled font.
    private let scratch: OpaquePointer

    /// A warmer for the faces of `batch`, drawn on `surface`.
    init?(batch: SubsetBatch, surface: OpaquePointer) {
        guard let surfaceOptions = cairo_font_options_create(), let subsetOptions = cairo_font_options_create(),
              let image = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1) else { return nil }
        defer { cairo_surface_destroy(image) }   // the context keeps its own reference
        guard let scratch = cairo_create(image) else { return nil }
        self.scratch = scratch
        cairo_surface_get_font_options(surface, surfaceOptions)
        cairo_font_options_set_hint_style(subsetOptions, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(subsetOptions, CAIRO_HINT_METRICS_OFF)
        self.batch = batch
        self.surfaceOptions = surfaceOptions
        self.subsetOptions = subsetOptions
    }

    deinit {
        cairo_destroy(scratch)
        for font in scaled.values { cairo_scaled_font_destroy(font) }
        cairo_font_options_destroy(surfaceOptions)
        cairo_font_options_destroy(subsetOptions)
    }

    /// Skips whatever is asked from now on (the drawing is over).
    func stop() {
        lock.lock(); defer { lock.unlock() }
        stopped = true
    }

    /// Loads the glyphs of every run of `frame` drawn from a face of the batch, waiting for the face to be made
    /// (runs from other faces are left to the drawing). Call from a thread that may wait.
    func warm(_ frame: Frame) {
        for item in frame.items {
            switch item {
            case let .text(run, _): warm(run)
            case let .group(inner, _): warm(inner)
            case .path, .link: break
            }
        }
    }

    private func warm(_ run: GlyphRun) {
        guard !run.glyphs.isEmpty, !run.font.syntheticBold, run.size.value > 0, run.size.value.isFinite,
              batch.contains(run.font.file), let prepared = batch.made(for: run.font.file).prepared else { return }
        lock.lock(); defer { lock.unlock() }
        guard !stopped else { return }
        let key = Key(face: UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(prepared.face))), size: run.size.value)
        // A long report repeats its glyphs: only their first use costs, and telling a repeat must cost next to
        // nothing (a bit per glyph id, not a hash), or warming would take the cores it is meant to free.
        var new: [UInt32] = []
        seen[key, default: GlyphBits()].insertNew(run.glyphs, into: &new)
        guard !new.isEmpty, let ids = prepared.subset.newIDs(new) else { return }
        var glyphs = ids.map { cairo_glyph_t(index: UInt($0), x: 0, y: 0) }
        // At the drawn size Cairo wants each glyph's outline (to tell outline from bitmap glyphs when it adds the
        // glyph to a font subset) and metrics (extents): `cairo_glyph_path` loads both.
        if let font = scaledFont(prepared.face, size: run.size.value) {
            cairo_set_scaled_font(scratch, font)
            cairo_glyph_path(scratch, &glyphs, Int32(glyphs.count))
            cairo_new_path(scratch)
        }
        // At unit size, the subset's widths: metrics only.
        if let font = scaledFont(prepared.face, size: 0) {
            var extents = cairo_text_extents_t()
            cairo_scaled_font_glyph_extents(font, &glyphs, Int32(glyphs.count), &extents)
        }
    }

    /// The scaled font of `face` at `size` with the drawing's options, or at unit size with the subsetter's
    /// (`size` 0), made once.
    private func scaledFont(_ face: OpaquePointer, size: Double) -> OpaquePointer? {
        let key = Key(face: UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(face))), size: size)
        if let known = scaled[key] { return known }
        var matrix = cairo_matrix_t(), ctm = cairo_matrix_t()
        cairo_matrix_init_scale(&matrix, size > 0 ? size : 1, size > 0 ? size : 1)
        cairo_matrix_init_identity(&ctm)
        guard let font = cairo_scaled_font_create(face, &matrix, &ctm, size > 0 ? surfaceOptions : subsetOptions),
              cairo_scaled_font_status(font) == CAIRO_STATUS_SUCCESS else { return nil }
        scaled[key] = font
        return font
    }
}

/// A set of glyph ids as bits (OpenType glyph ids are below 65,536: 8 KiB per face and size).
struct GlyphBits {
    private var words = [UInt64](repeating: 0, count: 1024)

    /// Adds the ids of `glyphs` not yet in the set to it and appends them to `new`.
    mutating func insertNew(_ glyphs: [PlacedGlyph], into new: inout [UInt32]) {
        for glyph in glyphs where glyph.id < 65_536 {
            let word = Int(glyph.id >> 6), bit = UInt64(1) << UInt64(glyph.id & 63)
            if words[word] & bit == 0 { words[word] |= bit; new.append(glyph.id) }
        }
    }
}

/// Gets pages ready to be drawn by a `PDFWriter`, from any thread, while the writer draws other pages.
public struct PagePreparer: Sendable {
    let warmer: GlyphWarmer?

    /// Loads `page`'s glyphs into Cairo's caches (`GlyphWarmer`). Optional — drawing loads whatever was not
    /// loaded — and without effect on the file.
    public func prepare(_ page: Page) { warmer?.warm(page.frame) }
}

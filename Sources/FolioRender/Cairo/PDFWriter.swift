import CCairo
import FolioDisplay
import Foundation

/// Streams pages into a PDF: pages are drawn as they arrive (memory does not grow with the report), written to a
/// temporary file in the destination's folder and renamed over the destination only by `finish()`; if anything fails
/// (or `finish` is never called) the temporary file is removed and an existing file at the destination is untouched.
/// A writer made with `init(info:options:fonts:)` keeps the document in memory instead and `finishData()` returns its
/// bytes: nothing touches the file system.
///
/// Not thread-safe: use one writer from one task.
public final class PDFWriter {
    /// Where Cairo's bytes go.
    private enum Output {
        /// A temporary file renamed over its destination by `finish()`.
        case file(AtomicFile)
        /// Memory, returned by `finishData()`.
        case memory(MemorySink)
    }
    private let output: Output
    private let fonts: FontCache
    private let surface: OpaquePointer
    private var closed = false
    private var pageCount = 0
    private let links = LinkDestinations()
    /// The last outline id at each level (index 0 = level 1), for nesting bookmarks.
    private var outlineParents: [Int32] = []
    private let info: DocumentInfo
    private let options: FinishOptions
    /// The structure tags of a tagged PDF (`FinishOptions.tagged`), nil otherwise.
    private let structure: StructureTags?

    /// Opens a temporary file beside `destination` and a Cairo PDF surface writing into it, with `info`
    /// as the document metadata. Throws `RenderError` when the folder is not writable.
    ///
    /// `fonts`, when given, says which characters each font file will draw: each file is then cut down to them
    /// before Cairo reads it (`SubsetFace`: Cairo no longer copies whole CJK CFF tables), the files it
    /// names concurrently from here on; a run with a glyph outside its subset is drawn from the whole font, so a
    /// wrong plan costs size, never correctness.
    public convenience init(
        destination: URL, info: DocumentInfo, options: FinishOptions = FinishOptions(),
        fonts plan: FontCharacterPlan? = nil
    ) throws {
        try self.init(output: .file(AtomicFile(destination: destination)), info: info, options: options, fonts: plan)
    }

    /// A writer that keeps the PDF in memory: the same document as `init(destination:info:options:fonts:)` writes,
    /// returned by `finishData()`.
    public convenience init(
        info: DocumentInfo, options: FinishOptions = FinishOptions(), fonts plan: FontCharacterPlan? = nil
    ) throws {
        try self.init(output: .memory(MemorySink()), info: info, options: options, fonts: plan)
    }

    private init(output: Output, info: DocumentInfo, options: FinishOptions, fonts plan: FontCharacterPlan?) throws {
        self.info = info
        self.options = options
        structure = options.tagged ? StructureTags() : nil
        self.output = output
        fonts = try FontCache(plan: plan)
        let a4 = Size.a4   // replaced by each page's own size in `add(_:)`
        let created: OpaquePointer?
        switch output {
        case .file(let file):
            created = cairo_pdf_surface_create_for_stream(
                cairoWriteToAtomicFile, Unmanaged.passUnretained(file).toOpaque(), a4.width.value, a4.height.value)
        case .memory(let sink):
            created = cairo_pdf_surface_create_for_stream(
                cairoWriteToMemory, Unmanaged.passUnretained(sink).toOpaque(), a4.width.value, a4.height.value)
        }
        guard let surface = created else {
            throw RenderError.cairo(operation: "creating the PDF surface", status: "out of memory")
        }
        self.surface = surface
        do {
            try checkCairo(cairo_surface_status(surface), "creating the PDF surface for \(destinationName)")
            cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
            setMetadata(info)
            try checkCairo(cairo_surface_status(surface), "writing document metadata")
        } catch {
            cancel(); throw error
        }
    }

    /// Like `init(destination:info:options:fonts:)`, every font file cut to the same `characters`.
    public convenience init(
        destination: URL, info: DocumentInfo, options: FinishOptions = FinishOptions(),
        characters: Set<Unicode.Scalar>?
    ) throws {
        try self.init(
            destination: destination, info: info, options: options,
            fonts: characters.map { FontCharacterPlan(all: $0) })
    }

    deinit { cancel() }

    /// The destination's path, or "the PDF in memory", for messages.
    private var destinationName: String {
        switch output {
        case .file(let file): return file.destination.path
        case .memory: return "the PDF in memory"
        }
    }

    /// Runs drawn so far from a whole font because the font plan's subset lacked one of their glyphs (0 when the
    /// plan foresaw every character; each such run costs size and time, never correctness).
    public var fullFaceRuns: Int { fonts.fullFaceRuns }

    /// Draws `page` as the next page; `page.frame.size` is the paper size. Its outline entries become bookmarks.
    public func add(_ page: Page) throws {
        guard !closed else { throw RenderError.writerClosed(path: destinationName) }
        do {
            try drawPage(page)
        } catch {
            cancel(); throw error
        }
    }

    /// Writes the outline, metadata and trailer, passes the file through the finishing step (`PDFFinisher`:
    /// deterministic ID, valid dates, object streams), flushes it to disk and renames it over the destination.
    /// For a writer made with `init(info:options:fonts:)`, use `finishData()`.
    public func finish() throws {
        guard !closed, case .file(let file) = output else { throw RenderError.writerClosed(path: destinationName) }
        let status = closeSurface()
        do {
            if status == CAIRO_STATUS_WRITE_ERROR, let reason = file.writeError {
                throw RenderError.writeFailed(path: file.temporaryPath, reason: reason)
            }
            try checkCairo(status, "finishing \(file.destination.path)")
            // Cairo's document (fonts, structure tree) and the layout thread's pages are freed: their memory goes
            // back before the finishing step reads the file, instead of staying resident under what it allocates.
            FreedMemory.release()
            let options = finishingOptions, info = self.info
            try file.commit { input, output in
                try PDFFinisher.rewrite(input: input, output: output, info: info, options: options)
            }
        } catch {
            file.abort(); throw error
        }
    }

    /// Writes the outline, metadata and trailer and passes the document through the finishing step, as `finish()`
    /// does, in memory: returns the PDF's bytes. Only for a writer made with `init(info:options:fonts:)`.
    public func finishData() throws -> Data {
        guard !closed, case .memory(let sink) = output else { throw RenderError.writerClosed(path: destinationName) }
        try checkCairo(closeSurface(), "finishing the PDF in memory")
        FreedMemory.release()   // as in `finish()`
        return try sink.bytes.withUnsafeBytes { bytes in
            Data(try PDFFinisher.rewrite(bytes, name: destinationName, info: info, options: finishingOptions))
        }
    }

    /// Finishes and destroys the Cairo surface (its trailer written); returns its status.
    private func closeSurface() -> cairo_status_t {
        closed = true
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        return status
    }

    /// The finishing options for this document.
    private var finishingOptions: FinishOptions {
        var options = self.options
        options.structure = structure?.notes ?? []
        // Compaction re-subsets programs Cairo cut from whole font files; when every face came pre-subset
        // (`SubsetFace`) there is nothing to gain, and looking costs a walk over every object of the file.
        options.compactFonts = options.compactFonts && fonts.usedWholeFiles
        return options
    }

    /// Abandons the document: the temporary file is removed and the destination is untouched.
    public func cancel() {
        guard !closed else { return }
        closed = true
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        if case .file(let file) = output { file.abort() }
    }

    private func drawPage(_ page: Page) throws {
        let size = page.frame.size
        guard size.width.value > 0, size.height.value > 0, size.width.value.isFinite, size.height.value.isFinite,
            size.width.value <= 14_400, size.height.value <= 14_400   // PDF's 200-inch page limit
        else {
            throw RenderError.invalidSize(
                width: size.width.value, height: size.height.value, context: "page \(pageCount + 1)")
        }
        cairo_pdf_surface_set_size(surface, size.width.value, size.height.value)
        if !page.label.isEmpty { cairo_pdf_surface_set_page_label(surface, page.label) }
        guard let cr = cairo_create(surface) else {
            throw RenderError.cairo(operation: "creating a drawing context", status: "out of memory")
        }
        defer { cairo_destroy(cr) }
        links.currentPage = pageCount
        links.defineDestinations(on: cr)
        if let structure {
            // One Document element holds the whole tree; it holds no content itself, so Cairo 1.16 has no marked
            // content of it open and it can stay open to the end (Cairo writes the tree when the file ends).
            if pageCount == 0 { structure.beginDocument(on: cr) }
            try CairoCanvas(cr: cr, fonts: fonts, links: links, structure: structure).draw(page.frame)
        } else {
            // Cairo 1.16 gives every link annotation a /StructParent but writes the structure tree only when
            // the document has structure tags; without one the xref points at a missing object (qpdf: "file is
            // damaged"; the finishing step reads the entry as free). Wrapping each page in a "Part" element makes
            // the tree exist, so links stay valid.
            cairo_tag_begin(cr, "Part", "")
            try CairoCanvas(cr: cr, fonts: fonts, links: links).draw(page.frame)
            cairo_tag_end(cr, "Part")
        }
        pageCount += 1
        for entry in page.outline { addOutline(entry, pageNumber: pageCount) }
        cairo_show_page(cr)
        try checkCairo(cairo_status(cr), "drawing page \(pageCount)")
        try checkCairo(cairo_surface_status(surface), "writing page \(pageCount)")
        cairo_surface_flush(surface)
    }

    /// Adds a bookmark under the last entry of the level above (or the root for level 1).
    private func addOutline(_ entry: OutlineEntry, pageNumber: Int) {
        let level = max(1, entry.level)
        let parent =
            level > 1
            ? outlineParents.prefix(level - 1).last ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            : Int32(CAIRO_PDF_OUTLINE_ROOT)
        let link = "page=\(pageNumber) pos=[0 \(entry.y)]"
        // Flag 0 = closed: the top level shows, deeper levels open on demand (long reports stay readable).
        let id = cairo_pdf_surface_add_outline(
            surface, parent, entry.title, link, cairo_pdf_outline_flags_t(rawValue: 0))
        if outlineParents.count >= level { outlineParents.removeSubrange((level - 1)...) }
        while outlineParents.count < level - 1 { outlineParents.append(parent) }
        outlineParents.append(id)
    }

    private func setMetadata(_ info: DocumentInfo) {
        let keywords = info.keywords.joined(separator: ", ")
        // Cairo 1.16 stamps the clock when no creation date is set; a fixed epoch keeps the bytes reproducible.
        let date = info.creationDate.isEmpty ? "1970-01-01T00:00:00Z" : info.creationDate
        let fields: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, info.title), (CAIRO_PDF_METADATA_AUTHOR, info.author),
            (CAIRO_PDF_METADATA_SUBJECT, info.subject), (CAIRO_PDF_METADATA_KEYWORDS, keywords),
            (CAIRO_PDF_METADATA_CREATOR, info.creator),
            // Dates come from the document, never the clock: the same input gives the same bytes.
            (CAIRO_PDF_METADATA_CREATE_DATE, date), (CAIRO_PDF_METADATA_MOD_DATE, date),
        ]
        for (key, value) in fields where !value.isEmpty { cairo_pdf_surface_set_metadata(surface, key, value) }
    }
}

import CQPDF
import FolioDisplay
import Foundation

/// Options of the finishing step.
public struct FinishOptions: Sendable, Hashable {
    /// Linearise the file ("fast web view"), for portals that show the PDF in a browser.
    public var linearize: Bool
    /// Re-subset Cairo's embedded CFF fonts with HarfBuzz (same glyphs and CIDs, no unused subroutines, no
    /// hints): a much smaller file (Benchmarks/README.md). Off only to compare against Cairo's fonts.
    public var compactFonts: Bool
    /// The catalogue's /Lang, the document's natural language (ISO 32000-1 §14.9.2.1); nil: none written.
    public var language: String?
    /// The PDF/A level to write (XMP metadata, an output intent, no needless transparency groups); nil: plain PDF.
    public var standard: PDFStandard?
    /// The RGB ICC profile (bytes of an sRGB .icc file) embedded as the PDF/A output intent; required with
    /// `standard`. The caller reads it: the library looks in no fixed place.
    public var outputProfile: [UInt8]
    /// Write a tagged PDF (ISO 32000-1 §14.8): a structure tree in reading order from the display list's structure
    /// marks, figures with alternative text, page furniture outside the tree (docs/formats.md).
    public var tagged: Bool
    /// What the finishing step adds to the elements Cairo wrote (set by `PDFWriter`).
    var structure: [StructureNote] = []
    /// Creates finishing options.
    public init(
        linearize: Bool = false, compactFonts: Bool = true, language: String? = "zh-CN",
        standard: PDFStandard? = nil, outputProfile: [UInt8] = [], tagged: Bool = true
    ) {
        self.tagged = tagged
        self.linearize = linearize
        self.compactFonts = compactFonts
        self.language = language
        self.standard = standard
        self.outputProfile = outputProfile
    }
}

/// The finishing step after Cairo, on libqpdf (a kept library, not hand-written PDF surgery):
/// - a deterministic document /ID derived from the content (Cairo 1.16 writes none; the same input
///   gives the same bytes);
/// - valid document-information dates: Cairo 1.16 writes `/CreationDate (20210715000000Z)` without the
///   `D:` prefix that ISO 32000-1 §7.9.4 requires;
/// - embedded CFF fonts re-subset without Cairo's leftover subroutines (`compactFonts`);
/// - the catalogue's /Lang, and for PDF/A-2 the XMP metadata and sRGB output intent (`addArchiveParts`);
/// - compressed object streams (a smaller file), and optional linearisation.
enum PDFFinisher {
    /// Rewrites the PDF at `input` into `output`. qpdf reads Cairo's file through a read-only mapping of it
    /// (`MappedFile`): no copy on the heap, and none of the seek and read per object that qpdf's own file reading
    /// makes (360,000 `lseek` and 42,000 `read` calls for a 1,251-page report: the C library's buffer is dropped at
    /// each seek). Where the file cannot be mapped, qpdf reads it itself (Benchmarks/results.md, round seven).
    static func rewrite(input: String, output: String, info: DocumentInfo, options: FinishOptions) throws {
        let mapped = MappedFile(path: input)
        // The mapping outlives qpdf's handle, which reads from it until `qpdf_cleanup`.
        try withExtendedLifetime(mapped) {
            var handle: qpdf_data? = qpdf_init()
            guard let q = handle else { throw RenderError.finishing(path: input, reason: "qpdf could not start") }
            defer { qpdf_cleanup(&handle) }
            qpdf_silence_errors(q)
            qpdf_set_suppress_warnings(q, QPDF_TRUE)
            if let bytes = mapped?.bytes, let base = bytes.baseAddress {
                let start = base.assumingMemoryBound(to: CChar.self)
                try check(q, qpdf_read_memory(q, input, start, UInt64(bytes.count), nil), input)
            } else {
                try check(q, qpdf_read(q, input, nil), input)
            }
            try write(q, output: output, info: info, options: options)
        }
    }

    /// Rewrites the PDF in `input` (Cairo's bytes) in memory and returns the finished bytes; `name` is for messages.
    static func rewrite(
        _ input: UnsafeRawBufferPointer, name: String, info: DocumentInfo, options: FinishOptions
    ) throws -> [UInt8] {
        var handle: qpdf_data? = qpdf_init()
        guard let q = handle, let base = input.baseAddress, !input.isEmpty else {
            throw RenderError.finishing(path: name, reason: "qpdf could not start, or Cairo wrote nothing")
        }
        defer { qpdf_cleanup(&handle) }
        qpdf_silence_errors(q)
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        try check(
            q, qpdf_read_memory(q, name, base.assumingMemoryBound(to: CChar.self), UInt64(input.count), nil), name)
        try write(q, output: nil, name: name, info: info, options: options)
        let count = qpdf_get_buffer_length(q)
        guard count > 0, let bytes = qpdf_get_buffer(q) else {
            throw RenderError.finishing(path: name, reason: "qpdf wrote nothing")
        }
        return Array(UnsafeBufferPointer(start: bytes, count: count))
    }

    /// Sets the finishing options on the document `q` has read and writes it to the file `output`, or to qpdf's
    /// memory buffer when `output` is nil (`name` then names it in messages).
    private static func write(
        _ q: qpdf_data, output file: String?, name: String? = nil, info: DocumentInfo, options: FinishOptions
    ) throws {
        let output = file ?? name ?? "the PDF in memory"
        if options.compactFonts { _ = compactFonts(q) }
        let date = pdfDate(info.creationDate)
        qpdf_set_info_key(q, "/CreationDate", date)
        qpdf_set_info_key(q, "/ModDate", date)
        qpdf_set_info_key(q, "/Producer", producer)
        if let language = options.language { setLanguage(q, language) }
        if options.tagged { finishStructure(q, notes: options.structure) }
        if let standard = options.standard {
            guard !options.outputProfile.isEmpty else {
                throw RenderError.finishing(
                    path: output, reason: "PDF/A needs an sRGB ICC profile for its output intent")
            }
            addArchiveParts(q, info: info, standard: standard, profile: options.outputProfile)
        }
        try check(q, file.map { qpdf_init_write(q, $0) } ?? qpdf_init_write_memory(q), output)
        qpdf_set_deterministic_ID(q, QPDF_TRUE)
        qpdf_set_object_stream_mode(q, qpdf_o_generate)
        qpdf_set_compress_streams(q, QPDF_TRUE)
        // Cairo already deflates every stream; qpdf's default decode level would inflate and deflate each one
        // again (Benchmarks/README.md). Keeping the filters as written leaves the
        // bytes the same from run to run and compresses only what Cairo left uncompressed.
        qpdf_set_decode_level(q, qpdf_dl_none)
        if options.linearize { qpdf_set_linearization(q, QPDF_TRUE) }
        try check(q, qpdf_write(q), output)
    }

    /// "2021-07-15T00:00:00Z" → "D:20210715000000Z" (ISO 32000-1 §7.9.4); a malformed date → the epoch.
    static func pdfDate(_ iso: String) -> String {
        let digits = iso.filter(\.isNumber)
        guard digits.count >= 14 else { return "D:19700101000000Z" }
        return "D:" + digits.prefix(14) + "Z"
    }

    private static func check(_ q: qpdf_data, _ code: QPDF_ERROR_CODE, _ path: String) throws {
        guard code & Int32(QPDF_ERRORS) != 0 || qpdf_has_error(q) == QPDF_TRUE else { return }
        var reason = "qpdf failed"
        if let e = qpdf_get_error(q), let text = qpdf_get_error_full_text(q, e) { reason = String(cString: text) }
        throw RenderError.finishing(path: path, reason: reason)
    }
}

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

/// The finishing step after Cairo. It reads Cairo's file through its cross-reference table (`SourcePDF`), changes
/// the few objects it must (`EditedPDF`), and writes the file again in one pass (`PDFAssembler`), the streams
/// copied as Cairo encoded them:
/// - a deterministic document /ID derived from the content (Cairo 1.16 writes none; the same input
///   gives the same bytes);
/// - valid document-information dates: Cairo 1.16 writes `/CreationDate (20210715000000Z)` without the
///   `D:` prefix that ISO 32000-1 §7.9.4 requires;
/// - embedded CFF fonts re-subset without Cairo's leftover subroutines (`compactFonts`);
/// - the catalogue's /Lang, and for PDF/A-2 the XMP metadata and sRGB output intent (`addArchiveParts`);
/// - the structure tree completed (`finishStructure`);
/// - compressed object streams (a smaller file).
/// Linearisation, which reorders the whole file, is left to libqpdf, on the file this step wrote.
enum PDFFinisher {
    /// Finishes the PDF at `input` into the new file `output`. Cairo's file is read through a read-only mapping
    /// (`MappedFile`; read whole where it cannot be mapped); the finished file is written as it is assembled, so
    /// neither is held whole on the heap (but for `linearize`, whose bytes qpdf reorders in memory).
    static func rewrite(input: String, output: String, info: DocumentInfo, options: FinishOptions) throws {
        if let mapped = MappedFile(path: input) {
            try withExtendedLifetime(mapped) {
                try finish(mapped.bytes, name: input, into: output, info: info, options: options)
            }
        } else {
            guard let data = FileManager.default.contents(atPath: input), !data.isEmpty else {
                throw RenderError.finishing(path: input, reason: "Cairo's file could not be read")
            }
            try data.withUnsafeBytes { try finish($0, name: input, into: output, info: info, options: options) }
        }
    }

    /// Finishes Cairo's `bytes` (read from `name`) into the new file `output`.
    private static func finish(
        _ bytes: UnsafeRawBufferPointer, name: String, into output: String, info: DocumentInfo, options: FinishOptions
    ) throws {
        let pdf = try edited(bytes, name: name, info: info, options: options)
        if options.linearize {
            try linearize(try assemble(pdf, into: BytesSink(), name: output).bytes, name: output, to: output)
        } else {
            let sink = try FileBytesSink(path: output)
            _ = try assemble(pdf, into: sink, name: output)
            try sink.close()
        }
    }

    /// Finishes the PDF in `input` (Cairo's bytes) in memory and returns the finished bytes; `name` is for messages.
    static func rewrite(
        _ input: UnsafeRawBufferPointer, name: String, info: DocumentInfo, options: FinishOptions
    ) throws -> [UInt8] {
        guard !input.isEmpty else { throw RenderError.finishing(path: name, reason: "Cairo wrote nothing") }
        let pdf = try edited(input, name: name, info: info, options: options)
        let bytes = try assemble(pdf, into: BytesSink(), name: name).bytes
        return options.linearize ? try linearize(bytes, name: name, to: nil) : bytes
    }

    /// Cairo's file `bytes` with every change the options ask for.
    private static func edited(
        _ bytes: UnsafeRawBufferPointer, name: String, info: DocumentInfo, options: FinishOptions
    ) throws -> EditedPDF {
        var pdf: EditedPDF
        do { pdf = EditedPDF(try SourcePDF(bytes)) } catch let error as PDFSyntaxError {
            throw RenderError.finishing(path: name, reason: error.reason)
        }
        if options.compactFonts { _ = compactFonts(&pdf) }
        setInformation(&pdf, info: info)
        if let language = options.language { editCatalogue(&pdf) { $0["Lang"] = .text(language) } }
        if options.tagged { finishStructure(&pdf, notes: options.structure) }
        if let standard = options.standard {
            guard !options.outputProfile.isEmpty else {
                throw RenderError.finishing(path: name, reason: "PDF/A needs an sRGB ICC profile for its output intent")
            }
            addArchiveParts(&pdf, info: info, standard: standard, profile: options.outputProfile)
        }
        return pdf
    }

    /// Writes `pdf` into `sink`; a file Cairo wrote wrongly is reported against `name`.
    private static func assemble<Sink: ByteSink>(_ pdf: EditedPDF, into sink: Sink, name: String) throws -> Sink {
        do {
            let assembler = PDFAssembler(sink: sink)
            return try assembler.write(pdf)
        } catch let error as PDFSyntaxError {
            throw RenderError.finishing(path: name, reason: error.reason)
        } catch is DeflateFailure {
            throw RenderError.finishing(path: name, reason: "zlib could not deflate a stream")
        }
    }

    /// The information dictionary's dates (ISO 32000-1 §7.9.4) and producer.
    private static func setInformation(_ pdf: inout EditedPDF, info: DocumentInfo) {
        let number = pdf.info ?? pdf.add(.value(.dictionary(PDFDictionary())))
        pdf.info = number
        var d = pdf.value(number)?.dictionary ?? PDFDictionary()
        let date = PDFValue.text(pdfDate(info.creationDate))
        d["CreationDate"] = date
        d["ModDate"] = date
        d["Producer"] = .text(producer)
        pdf.set(number, .value(.dictionary(d)))
    }

    /// Changes the catalogue (the trailer's /Root) with `change`; nothing when it cannot be read.
    static func editCatalogue(_ pdf: inout EditedPDF, _ change: (inout PDFDictionary) -> Void) {
        guard let root = pdf.root, var d = pdf.value(root)?.dictionary else { return }
        change(&d)
        pdf.set(root, .value(.dictionary(d)))
    }

    /// "2021-07-15T00:00:00Z" → "D:20210715000000Z" (ISO 32000-1 §7.9.4); a malformed date → the epoch.
    static func pdfDate(_ iso: String) -> String {
        let digits = iso.filter(\.isNumber)
        guard digits.count >= 14 else { return "D:19700101000000Z" }
        return "D:" + digits.prefix(14) + "Z"
    }

    /// Linearises the finished `bytes` with libqpdf (ISO 32000-1 Annex F), into the file `path` or, when it is
    /// nil, into the returned bytes. The streams keep their filters; the identifier stays derived from the content.
    @discardableResult
    private static func linearize(_ bytes: [UInt8], name: String, to path: String?) throws -> [UInt8] {
        do { try QPDFLibrary.require(for: .linearisation) } catch { throw RenderError.library(error) }
        var handle: qpdf_data? = qpdf_init()
        guard let q = handle else { throw RenderError.finishing(path: name, reason: "qpdf could not start") }
        defer { qpdf_cleanup(&handle) }
        qpdf_silence_errors(q)
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        try bytes.withUnsafeBufferPointer { b in
            try b.withMemoryRebound(to: CChar.self) {
                try check(q, qpdf_read_memory(q, name, $0.baseAddress, UInt64($0.count), nil), name)
                try check(q, path.map { qpdf_init_write(q, $0) } ?? qpdf_init_write_memory(q), name)
                qpdf_set_deterministic_ID(q, QPDF_TRUE)
                qpdf_set_object_stream_mode(q, qpdf_o_generate)
                qpdf_set_compress_streams(q, QPDF_TRUE)
                qpdf_set_decode_level(q, qpdf_dl_none)
                qpdf_set_linearization(q, QPDF_TRUE)
                try check(q, qpdf_write(q), name)
            }
        }
        guard path == nil else { return [] }
        let count = qpdf_get_buffer_length(q)
        guard count > 0, let out = qpdf_get_buffer(q) else {
            throw RenderError.finishing(path: name, reason: "qpdf wrote nothing")
        }
        return Array(UnsafeBufferPointer(start: out, count: count))
    }

    private static func check(_ q: qpdf_data, _ code: QPDF_ERROR_CODE, _ path: String) throws {
        guard code & Int32(QPDF_ERRORS) != 0 || qpdf_has_error(q) == QPDF_TRUE else { return }
        var reason = "qpdf failed"
        if let e = qpdf_get_error(q), let text = qpdf_get_error_full_text(q, e) { reason = String(cString: text) }
        throw RenderError.finishing(path: path, reason: reason)
    }
}

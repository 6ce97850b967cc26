import CQPDF
import Foundation

/// What re-subsetting did to the embedded font programs: how many were replaced and their decoded sizes.
struct FontCompaction: Equatable {
    /// CID-keyed CFF programs found (/FontFile3 streams of /Subtype /CIDFontType0C).
    var found = 0
    /// Programs replaced by a smaller equivalent.
    var replaced = 0
    /// Decoded bytes of the replaced programs before and after.
    var bytesBefore = 0
    /// Decoded bytes of the replaced programs after re-subsetting.
    var bytesAfter = 0
}

extension PDFFinisher {
    /// Replaces each embedded CID-keyed CFF program (ISO 32000-1 §9.9, Table 126: /FontFile3 with /Subtype
    /// /CIDFontType0C) by `CFFSubsetter.compact`'s smaller equivalent. The font dictionaries, /W widths and
    /// ToUnicode maps stay as Cairo wrote them. A program that cannot be read or compacted is left untouched:
    /// this is an optimisation and never fails the build. The new stream is written unfiltered and deflated by
    /// qpdf on writing (`qpdf_set_compress_streams`).
    static func compactFonts(_ q: qpdf_data) -> FontCompaction {
        var result = FontCompaction()
        defer { qpdf_oh_release_all(q) }
        let trailer = qpdf_get_trailer(q)
        let size = Int(qpdf_oh_get_int_value_as_int(q, qpdf_oh_get_key(q, trailer, "/Size")))
        var seen = Set<Int32>()
        for id in 1..<max(1, size) {
            let descriptor = qpdf_get_object_by_id(q, Int32(id), 0)
            guard qpdf_oh_is_dictionary(q, descriptor) == QPDF_TRUE,
                qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, descriptor, "/Type"), "/FontDescriptor") == QPDF_TRUE
            else { qpdf_oh_release(q, descriptor); continue }
            let stream = qpdf_oh_get_key(q, descriptor, "/FontFile3")
            let streamID = qpdf_oh_get_object_id(q, stream)
            guard qpdf_oh_is_stream(q, stream) == QPDF_TRUE, seen.insert(streamID).inserted,
                qpdf_oh_is_name_and_equals(
                    q, qpdf_oh_get_key(q, qpdf_oh_get_dict(q, stream), "/Subtype"),
                    "/CIDFontType0C") == QPDF_TRUE
            else { continue }
            result.found += 1
            guard let program = streamData(q, stream), let compact = CFFSubsetter.compact(program) else { continue }
            let null = qpdf_oh_new_null(q)
            compact.withUnsafeBufferPointer {
                qpdf_oh_replace_stream_data(q, stream, $0.baseAddress, $0.count, null, null)
            }
            guard qpdf_has_error(q) == QPDF_FALSE else { _ = qpdf_get_error(q); continue }
            result.replaced += 1
            result.bytesBefore += program.count
            result.bytesAfter += compact.count
        }
        // A lookup that failed on a damaged object left an error; the write must not report it as its own.
        while qpdf_has_error(q) == QPDF_TRUE { _ = qpdf_get_error(q) }
        return result
    }

    /// The decoded bytes of `stream`, or `nil` when its filters cannot be decoded.
    private static func streamData(_ q: qpdf_data, _ stream: qpdf_oh) -> [UInt8]? {
        var filtered: QPDF_BOOL = QPDF_FALSE
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = qpdf_oh_get_stream_data(q, stream, qpdf_dl_generalized, &filtered, &buffer, &length)
        defer { free(buffer) }
        guard code & Int32(QPDF_ERRORS) == 0, qpdf_has_error(q) == QPDF_FALSE, filtered == QPDF_TRUE,
            let buffer, length > 0
        else {
            while qpdf_has_error(q) == QPDF_TRUE { _ = qpdf_get_error(q) }
            return nil
        }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }
}

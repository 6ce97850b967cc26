import Foundation

/// What an upload is, judged by its content, not its name: a .docx is a zip archive (`PK\3\4`) holding
/// `word/document.xml`; a text is UTF-8, UTF-16 (with its byte-order mark) or GB18030 without NUL or other binary
/// control bytes. Anything else is refused with a message before the importer sees it.
enum UploadCheck {
    /// The two kinds the importer reads.
    enum Kind: Sendable { case text, docx }

    /// The kind of `bytes`, or a refusal.
    static func kind(of bytes: Data, name: String) throws -> Kind {
        guard !bytes.isEmpty else { throw WorkbenchError.badRequest("上传的文件是空的。") }
        let lower = name.lowercased()
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            guard lower.hasSuffix(".docx") || lower.isEmpty else {
                throw WorkbenchError.badRequest("文件内容是压缩包，但文件名不是 .docx：只接受 .txt 或 .docx。")
            }
            guard bytes.range(of: Data("word/document.xml".utf8)) != nil else {
                throw WorkbenchError.badRequest("这不是 Word 文档（.docx）：压缩包里没有 word/document.xml。")
            }
            return .docx
        }
        if lower.hasSuffix(".docx") { throw WorkbenchError.badRequest("这不是 Word 文档（.docx）：内容不是 docx 格式。") }
        if lower.hasSuffix(".doc") || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw WorkbenchError.badRequest("不支持旧版 .doc 文件：请在 Word 或 WPS 中另存为 .docx 后上传。")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .text }
        let binary = bytes.prefix(65536).contains { (b: UInt8) -> Bool in
            let control: Bool = b < 0x20 && b != 0x1B
            let space: Bool = b >= 0x09 && b <= 0x0D
            return control && !space
        }
        guard !binary else { throw WorkbenchError.badRequest("这不是纯文本文件：只接受 .txt（UTF-8、GB18030）或 .docx。") }
        return .text
    }
}

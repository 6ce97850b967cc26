import FolioMessages
import Foundation
import FolioData

extension ReportImporter {
    /// Whether `url` names a Word document (.docx, as Word and WPS write it).
    public static func isDocx(_ url: URL) -> Bool { url.pathExtension.lowercased() == "docx" }

    /// The .docx at `url` as the lines the text importer reads (`DocxText`); its images are written into
    /// `imagesTo` (created when needed) when given. A file that is no .docx, lacks word/document.xml, holds XML
    /// with a document type declaration, or decompresses past `limits` is an `import.docx` diagnostic.
    public static func docx(
        at url: URL, imagesTo folder: URL? = nil, limits: DocxLimits = DocxLimits()
    )
        throws(DiagnosticError) -> DocxText
    {
        var reader = DocxReader(package: try DocxPackage(url: url, limits: limits))
        let lines = try reader.read()
        var images: [(part: String, file: String?)] = []
        let names = imageFileNames(reader.images.map(\.part))
        for image in reader.images {
            var file: String?
            if let folder, let name = names[image.part],
                let data = try reader.package.data(image.part, limit: limits.imageBytes)
            {
                let target = folder.appendingPathComponent(name)
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try data.write(to: target, options: .atomic)
                    file = target.path
                } catch {
                    throw DiagnosticError(
                        Diagnostic(
                            .error,
                            Message(
                                "io.write.cannot-write-path-localized",
                                ["path": "\(target.path)", "localized-description": .message(.system(error))]),
                            hint: Message("io.write.check-that-folder-writable.hint"), code: "io.write"))
                }
            }
            images.append((image.part, file))
        }
        return DocxText(
            text: lines.joined(separator: "\n") + "\n", images: images, imageLines: reader.images.map(\.line),
            rows: reader.rows)
    }

    /// Imports the .docx at `url`: its lines through `run`; its pictures, extracted into `imagesTo` (beside the
    /// dataset), become image blocks where they stood (PNG, JPEG, SVG), each listed in the notes.
    public func runDocx(
        at url: URL, imagesTo folder: URL? = nil, limits: DocxLimits = DocxLimits()
    )
        throws(DiagnosticError) -> Result
    {
        let docx = try Self.docx(at: url, imagesTo: folder, limits: limits)
        var placed: [Int: String] = [:]
        for (i, image) in docx.images.enumerated() {
            guard let folder, let file = image.file, Self.drawable(file) else { continue }
            placed[i + 1] = folder.lastPathComponent + "/" + (file as NSString).lastPathComponent
        }
        var result = run(docx.text, rows: docx.rows, imageFiles: placed)
        let blocks = Set(Self.imageBlockFiles(result.yaml))
        for (i, image) in docx.images.enumerated() {
            let message: Message
            if let file = placed[i + 1], blocks.contains(file) {
                message = Message("import.image.placed", ["part": "\(image.part)", "file": "\(image.file ?? file)"])
            } else if let file = image.file {
                message = Message(
                    Self.drawable(file) ? "import.image.saved" : "import.image.saved-undrawable",
                    ["part": "\(image.part)", "file": "\(file)"])
            } else {
                message = Message("import.image.not-extracted", ["part": "\(image.part)"])
            }
            result.notes.append(Note(line: docx.imageLines[i], message: message))
        }
        return result
    }

    /// The file each image part is saved as in the images folder, by part: its own name (word/media/image1.png →
    /// image1.png) unless a part before it has that name (word/media/x.png and word/other/x.png), which then gets
    /// the name numbered (x-2.png), never one another part has; names compared without case, as the file systems
    /// of macOS and Windows compare them. So no image overwrites another, and a part named twice is one file.
    static func imageFileNames(_ parts: [String]) -> [String: String] {
        let own = parts.map(imageFileName)
        let reserved = Set(own.map { $0.lowercased() })
        var names: [String: String] = [:], taken: Set<String> = []
        for (part, name) in zip(parts, own) where names[part] == nil {
            var candidate = name, n = 1
            while taken.contains(candidate.lowercased()) || (n > 1 && reserved.contains(candidate.lowercased())) {
                n += 1
                candidate = numbered(name, n)
            }
            taken.insert(candidate.lowercased())
            names[part] = candidate
        }
        return names
    }

    /// The last component of a part's path, or "image" when that is no file's name ("", ".", "..").
    static func imageFileName(_ part: String) -> String {
        let name = (part as NSString).lastPathComponent
        return ["", ".", "..", "/"].contains(name) ? "image" : name
    }

    /// `name` with `-n` before its extension: x.png → x-2.png.
    static func numbered(_ name: String, _ n: Int) -> String {
        let stem = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        return ext.isEmpty ? "\(name)-\(n)" : "\(stem)-\(n).\(ext)"
    }

    /// Whether Folio draws a file of this name's kind (PNG, JPEG, SVG).
    static func drawable(_ file: String) -> Bool {
        ["png", "jpg", "jpeg", "svg"].contains((file as NSString).pathExtension.lowercased())
    }

    /// The files the image blocks of an imported dataset name.
    static func imageBlockFiles(_ yaml: String) -> [String] {
        yaml.split(separator: "\n").compactMap { line -> String? in
            guard let r = line.range(of: "- image: { file: \"") else { return nil }
            return line[r.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }
}

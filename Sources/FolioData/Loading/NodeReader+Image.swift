import FolioMessages
import Foundation
import Yams

extension NodeReader {
    /// Keys of an `image:` mapping.
    static let imageKeys = ["file", "caption", "alt", "width", "align"]

    /// Reads `- image: 广场.jpg` or `- image: { file, caption, alt, width, align }`: the file confined to the
    /// dataset's folder like a data file, read within `InputLimits.maxImageBytes` and probed (`ImageProbe`).
    mutating func readImage(_ node: Node, path: String) -> BodyBlock? {
        guard let outer = fields(node, "an image in \(path)", allowed: ["image"]), let value = outer["image"] else {
            return nil
        }
        let f: Fields?
        if case .scalar = value {
            f = nil
        } else {
            guard let m = fields(value, "image", allowed: Self.imageKeys, required: ["file"]) else { return nil }
            f = m
        }
        let fileNode = f?["file"] ?? value
        guard let file = text(fileNode, "image.file") else { return nil }
        imageCount += 1
        guard imageCount <= InputLimits.maxImages else {
            if imageCount == InputLimits.maxImages + 1 {
                error(
                    Message("limit.images.body-has-more-than", ["limit": "\(InputLimits.maxImages)"]), at: fileNode,
                    hint: Message("limit.images.limits-are-docs-limits.hint"), code: "limit.images")
            }
            return nil
        }
        let caption = f?["caption"].flatMap { template($0, "image.caption") }
        let alt = f?["alt"].flatMap { template($0, "image.alt") }
        let width = f?["width"].flatMap { imageWidth($0) }
        var alignment = ImageDefinition.Alignment.center
        if let a = f?["align"], let t = text(a, "image.align") {
            if let known = ImageDefinition.Alignment(rawValue: t) {
                alignment = known
            } else {
                error(
                    Message("schema.enum.image-align-value-one", ["value": "\(t)"]), at: a,
                    hint: Suggestion.didYouMean(t, among: ImageDefinition.Alignment.allCases.map(\.rawValue)),
                    code: "schema.enum")
            }
        }
        guard let image = readImageFile(file, at: fileNode) else { return nil }
        if (f?["width"] != nil && width == nil) || (caption == nil && f?["caption"] != nil) { return nil }
        return .image(
            ImageDefinition(
                path: file, file: image, caption: caption, alt: alt, width: width, alignment: alignment,
                location: location(outer.keyNode("image"))))
    }

    /// `width:` as 120mm, 12cm, 300pt or 80% of the type width.
    private mutating func imageWidth(_ node: Node) -> ImageDefinition.Width? {
        guard let t = text(node, "image.width")?.trimmingCharacters(in: .whitespaces) else { return nil }
        let units: [(String, Double)] = [("mm", 72 / 25.4), ("cm", 72 / 2.54), ("pt", 1)]
        var width: ImageDefinition.Width?
        if t.hasSuffix("%"), let p = Double(t.dropLast()), p > 0, p <= 100 {
            width = .fraction(p / 100)
        } else if let (unit, factor) = units.first(where: { t.hasSuffix($0.0) }),
            let v = Double(t.dropLast(unit.count)), v > 0, v * factor <= 2000
        {
            width = .points(v * factor)
        }
        if width == nil {
            error(
                Message("image.width.image-width-value-width", ["value": "\(t)"]), at: node,
                hint: Message("image.width.write-length-such-mm.hint"),
                code: "image.width")
        }
        return width
    }

    /// The image file: inside the dataset's folder (unless outside paths are allowed), a regular file within
    /// the size limit, and a PNG, JPEG or SVG by its content.
    mutating func readImageFile(_ path: String, at node: Node) -> ImageFile? {
        let kind = InputFileKind(
            noun: Message("input.what.image"), outsideCode: "image.outside", readCode: "image.read",
            typeHint: Message("image.type.hint"), limit: InputLimits.maxImageBytes,
            sizeHint: Message("image.size.hint"),
            mustExist: true)
        guard let (_, real) = inputFile(path, at: location(node), kind: kind) else { return nil }
        let shown = displayName(path)
        let data: Data
        do {
            data = try Data(contentsOf: real)
        } catch {
            self.error(
                Message(
                    "image.read.cannot-read-image-shown",
                    ["shown": "\(shown)", "localized-description": .message(.system(error))]), at: node,
                hint: Message("image.read.check-that-file-readable.hint"), code: "image.read")
            return nil
        }
        do {
            return try ImageProbe.probe(data)
        } catch {
            self.error(
                Message(
                    "image.format.image-shown-cannot-used",
                    ["shown": "\(shown)", "description": .message(error.message)]), at: node,
                hint: Message("image.format.save-again-png-jpeg.hint"), code: "image.format")
            return nil
        }
    }
}

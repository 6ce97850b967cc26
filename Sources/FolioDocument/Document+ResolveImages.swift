import FolioData
import FolioDisplay
import Foundation

extension DocumentResolver {
    /// An image block: numbered 图N with the charts when it has a caption.
    mutating func image(_ definition: ImageDefinition) -> ImageSpec {
        var caption: String?
        if let c = definition.caption {
            figures += 1
            caption = "图\(figures) \(text(c))"
        }
        let alt = definition.alt.map { text($0) } ?? caption ?? ""
        let width: ImageSpec.Width =
            switch definition.width {
            case nil: .natural
            case .points(let p)?: .points(p)
            case .fraction(let f)?: .fraction(f)
            }
        let item = ImageItem(definition.file)
        return ImageSpec(
            image: item, caption: caption, alternativeText: alt, width: width,
            alignment: ImageSpec.Alignment(rawValue: definition.alignment.rawValue) ?? .center)
    }
}

extension ImageItem {
    /// The display-list image of a dataset's image file, named by its bytes so the same file embeds once.
    public init(_ file: ImageFile) {
        let format: ImageItem.Format =
            switch file.format {
            case .png: .png
            case .jpeg: .jpeg
            case .svg: .svg
            }
        self.init(
            format: format, data: file.data, pixelWidth: file.pixelWidth, pixelHeight: file.pixelHeight,
            identity: Self.identity(of: file.data))
    }

    /// A stable short name of the bytes (FNV-1a, 64 bits, with the length).
    static func identity(of data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "folio-image-\(String(hash, radix: 16))-\(data.count)"
    }
}

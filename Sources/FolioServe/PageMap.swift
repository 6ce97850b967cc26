import Folio
import Foundation

/// Where the paragraphs and headings are printed on one preview page: the page's size in points and, per printed
/// block, its rectangle and the dataset line it is written on (the editor's `data-line`). The page's script maps a
/// click on the image to the paragraph this way. Kept beside the page images of a revision as `maps.json`.
struct PageMap: Codable, Sendable, Equatable {
    /// The page's width and height in points.
    var width: Double, height: Double
    /// The printed blocks.
    var blocks: [PrintedBlock]
    /// The page's digest (`PageImage.digest`) after this process's `run` marker: a later revision's page with the
    /// same digest reuses this image instead of drawing it again.
    var digest: String?

    /// A marker of this process: digests are valid within one process only.
    static let run = String(WorkbenchStore.randomToken().prefix(16))

    /// The map of a page just drawn.
    init(_ image: PageImage) {
        width = image.width; height = image.height; blocks = image.areas; digest = "\(Self.run):\(image.digest)"
    }

    /// The dataset line of the block printed at (`x`, `y`) points from the page's top-left corner, if any.
    func line(x: Double, y: Double) -> Int? {
        blocks.first { x >= $0.x && x < $0.x + $0.width && y >= $0.y && y < $0.y + $0.height }?.line
    }

    /// The map as the preview's JSON gives it to the page's script.
    var json: [String: Any] {
        [
            "width": width, "height": height,
            "blocks": blocks.map { ["x": $0.x, "y": $0.y, "w": $0.width, "h": $0.height, "line": $0.line] },
        ]
    }

    /// The file holding the maps of a revision's pages.
    static func file(in folder: URL) -> URL { folder.appendingPathComponent("maps.json") }

    /// Writes the maps of a revision's pages beside its images.
    static func write(_ maps: [PageMap], to folder: URL) throws {
        try JSONEncoder().encode(maps).write(to: file(in: folder), options: .atomic)
    }

    /// The images of the revisions kept under `cache` (a report's preview folder) by digest, those drawn by this
    /// process only: what a new revision's pages may reuse.
    static func reusable(in cache: URL) -> [String: URL] {
        var found: [String: URL] = [:]
        let revisions = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
        for revision in revisions where !revision.hasPrefix(".") {
            let folder = cache.appendingPathComponent(revision, isDirectory: true)
            let pages = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".png") }.sorted()
            let maps = read(from: folder)
            guard maps.count == pages.count else { continue }
            for (map, page) in zip(maps, pages) {
                guard let digest = map.digest, digest.hasPrefix(run + ":") else { continue }
                found[String(digest.dropFirst(run.count + 1))] = folder.appendingPathComponent(page)
            }
        }
        return found
    }

    /// The maps of a revision's pages (none when the file is missing or unreadable: the pages still show).
    static func read(from folder: URL) -> [PageMap] {
        guard let data = FileManager.default.contents(atPath: file(in: folder).path) else { return [] }
        return (try? JSONDecoder().decode([PageMap].self, from: data)) ?? []
    }
}

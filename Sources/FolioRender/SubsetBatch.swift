import CCairo
import Dispatch
import Foundation
import FolioDisplay

/// A subset with the Cairo face that draws it, made together on a worker thread (`SubsetBatch`).
final class PreparedFace: @unchecked Sendable {
    /// The subset.
    let subset: SubsetFace
    /// The Cairo font face (one reference, released with this object); Cairo faces are thread-safe.
    let face: OpaquePointer

    /// Opens `subset` with its own FreeType library (libraries are not shared between threads) as a Cairo face.
    init(subset: SubsetFace, path: String) throws {
        let library = try FreeTypeLibrary()
        let ftFace = try library.openFace(subset, path: path)
        face = try makeCairoFace(ftFace, library: library, source: subset, path: path)
        self.subset = subset
    }

    deinit { cairo_font_face_destroy(face) }
}

/// The subsets of a document's font files, made concurrently as soon as the plan is known (issue 8): HarfBuzz
/// cuts the five faces of a report on both cores while the dataset is laid out, instead of one after another on
/// the drawing thread when each face is first drawn. Each comes with its Cairo face, so that `GlyphWarmer` can
/// load glyphs into Cairo's caches from the layout thread.
final class SubsetBatch: @unchecked Sendable {
    /// What a job made: the subset (nil when HarfBuzz could not make one) and its Cairo face (nil when Cairo or
    /// FreeType refused it: the writer then opens the subset itself and reports the error).
    struct Made { var subset: SubsetFace?; var prepared: PreparedFace? }

    private let condition = NSCondition()
    private var made: [FontFile: Made] = [:]
    /// The files being made.
    private let pending: Set<FontFile>

    /// Starts making a subset of every file in `plan.byFile`, each on a global queue.
    init(plan: FontCharacterPlan) {
        pending = Set(plan.byFile.keys)
        // Largest sets first: the longest job starts earliest.
        let jobs = plan.byFile.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count
                                                                         : $0.key.path < $1.key.path }
        for (file, characters) in jobs {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                let subset = SubsetFace(path: file.path, index: file.index, characters: characters)
                let prepared = subset.flatMap { try? PreparedFace(subset: $0, path: file.path) }
                condition.lock(); defer { condition.unlock() }
                made[file] = Made(subset: subset, prepared: prepared)
                condition.broadcast()
            }
        }
    }

    /// Whether `file` is one of the batch's.
    func contains(_ file: FontFile) -> Bool { pending.contains(file) }

    /// What was made for `file`, waiting until it is done.
    func made(for file: FontFile) -> Made {
        condition.lock(); defer { condition.unlock() }
        while made[file] == nil { condition.wait() }
        return made[file] ?? Made()
    }

    /// What was made for `file` if it is done, without waiting.
    func madeIfReady(_ file: FontFile) -> Made? {
        condition.lock(); defer { condition.unlock() }
        return made[file]
    }

    /// Waits for every job: none may outlive the writer (they read font files it may be asked to replace).
    func waitForAll() {
        condition.lock(); defer { condition.unlock() }
        while made.count < pending.count { condition.wait() }
    }
}

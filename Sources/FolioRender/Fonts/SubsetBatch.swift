import Dispatch
import Foundation
import FolioDisplay

/// The subsets of a document's font files, made concurrently as soon as the plan is known: HarfBuzz
/// cuts the five faces of a report on both cores while the dataset is laid out, instead of one after another on
/// the drawing thread when each face is first drawn.
final class SubsetBatch: @unchecked Sendable {
    private let condition = NSCondition()
    /// Made subsets by file; `.some(nil)` when HarfBuzz could not make one (the whole file is used).
    private var made: [FontFile: SubsetFace?] = [:]
    /// The files being made.
    private let pending: Set<FontFile>

    /// Starts making a subset of every file in `plan.byFile`, each on a global queue.
    init(plan: FontCharacterPlan) {
        pending = Set(plan.byFile.keys)
        // Largest sets first: the longest job starts earliest.
        let jobs = plan.byFile.sorted {
            $0.value.count != $1.value.count
                ? $0.value.count > $1.value.count
                : $0.key.path < $1.key.path
        }
        for (file, characters) in jobs {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                let subset = SubsetFace(path: file.path, index: file.index, characters: characters)
                condition.lock(); defer { condition.unlock() }
                made[file] = .some(subset)
                condition.broadcast()
            }
        }
    }

    /// Whether `file` is one of the batch's.
    func contains(_ file: FontFile) -> Bool { pending.contains(file) }

    /// The subset of `file`, waiting until it is made; nil when HarfBuzz could not make it.
    func subset(for file: FontFile) -> SubsetFace? {
        condition.lock(); defer { condition.unlock() }
        while made[file] == nil { condition.wait() }
        return made[file] ?? nil
    }

    /// Waits for every job: none may outlive the writer (they read font files it may be asked to replace).
    func waitForAll() {
        condition.lock(); defer { condition.unlock() }
        while made.count < pending.count { condition.wait() }
    }
}

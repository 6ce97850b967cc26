#if canImport(Glibc)
import CMalloc
#endif

/// Memory the program has freed, given back to the system between the steps of a build.
///
/// glibc keeps freed memory in the arena of the thread that allocated it: what the check freed on its worker threads,
/// or the layout thread between pages, stays resident while the next step allocates elsewhere (the finishing step on
/// the main thread), so a build's peak is the sum of its steps rather than the largest. `release()` hands the free
/// pages of every arena back (`malloc_trim`), so the next step starts from what is live.
public enum FreedMemory {
    /// Gives the free pages of every malloc arena back to the system; nothing on a C library without `malloc_trim`.
    public static func release() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }
}

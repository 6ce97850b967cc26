/// A report's revision: FNV-1a (64 bits) of the file's bytes, in hex. Two saves of different text differ (a
/// collision needs 2^32 revisions of one report); it is what a save says it started from (optimistic concurrency),
/// not a security check.
enum Fingerprint {
    /// The revision of `text`.
    static func of(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

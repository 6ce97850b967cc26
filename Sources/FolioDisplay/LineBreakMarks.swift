/// The marks no line may start with and the marks no line may end with (docs/typography.md R13; clreq §3.1.7 line-start
/// and line-end prohibitions, GB/T 15834): the one list the text engine's breaking, titles, captions and chart labels
/// all follow.
public enum LineBreakMarks {
    /// Scalars that must not start a line: pause and stop marks, closing quotes and brackets, connectors, interpuncts,
    /// half-width closing punctuation and postfix signs; the strict level adds —— and …….
    public static let notAtLineStart: [UInt32] = [
        0x3001, 0xFF0C, 0xFF0E, 0x3002, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F, 0x203C, 0x2047, 0x2048, 0x2049,
        0x201D, 0x2019, 0xFF09, 0x300B, 0x3009, 0x300D, 0x300F, 0x3011, 0x3017, 0x3015, 0xFF3D, 0xFF5D, 0x3019, 0xFF60,
        0xFF5E, 0x2013, 0x2014, 0x2010, 0x002D, 0x301C,
        0x00B7, 0x30FB, 0x2027,
        0x2E3A, 0x2026, 0x22EF,
        0x002C, 0x002E, 0x003B, 0x003A, 0x0021, 0x003F, 0x0029, 0x005D, 0x007D,
        0x0025, 0xFF05, 0x2030, 0xFFE0,
    ]

    /// Scalars that must not end a line: opening quotes and brackets, solidi, currency prefixes.
    public static let notAtLineEnd: [UInt32] = [
        0x201C, 0x2018, 0xFF08, 0x300A, 0x3008, 0x300C, 0x300E, 0x3010, 0x3016, 0x3014, 0xFF3B, 0xFF5B, 0x3018, 0xFF5F,
        0x002F, 0xFF0F, 0x0028, 0x005B, 0x007B,
        0xFF04, 0xFFE1, 0xFFE5, 0xFFE6, 0xFE69,
    ]

    /// `notAtLineStart` as a set.
    private static let starts = Set(notAtLineStart)
    /// `notAtLineEnd` as a set.
    private static let ends = Set(notAtLineEnd)

    /// Whether `c` may not start a line (its first scalar is one of `notAtLineStart`).
    public static func mayNotStart(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { starts.contains($0.value) } ?? false
    }

    /// Whether `c` may not end a line (its last scalar is one of `notAtLineEnd`).
    public static func mayNotEnd(_ c: Character) -> Bool {
        c.unicodeScalars.last.map { ends.contains($0.value) } ?? false
    }
}

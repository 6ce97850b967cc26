/// A moment written as ISO 8601 in UTC ("2023-11-14T22:13:20Z"), for the PDF's dates from `SOURCE_DATE_EPOCH`.
///
/// Calendar arithmetic alone: Foundation's `ISO8601DateFormatter` and `TimeZone(identifier:)` open ICU's time-zone,
/// calendar and locale data (the statically linked `_FoundationICU`), whose pages then stay resident to the end of
/// the build (Benchmarks/results.md, round five). The output is the same as the formatter's for every epoch
/// `BuildOptions.creationEpoch(parsing:)` accepts.
enum UTCTimestamp {
    /// `seconds` since 1970-01-01T00:00:00Z in the proleptic Gregorian calendar (ISO 8601 §4.3.2), the year in at
    /// least four digits.
    static func iso8601(_ seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)   // floor division
        let time = seconds - days * 86_400
        let (year, month, day) = civil(days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(time / 3600, 2)):\(pad(time / 60 % 60, 2)):"
            + "\(pad(time % 60, 2))Z"
    }

    /// The Gregorian year, month (1–12) and day (1–31) of the day `days` after 1970-01-01: eras of 400 years
    /// (146,097 days) from 0000-03-01, so that the leap day ends each year (H. Hinnant, "chrono-compatible low-level
    /// date algorithms", `civil_from_days`).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097   // 0...146_096
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365   // 0...399
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)   // from 1 March, 0...365
        let shifted = (5 * dayOfYear + 2) / 153   // 0 = March … 11 = February
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `n` in decimal with leading zeros to `width` digits (a minus sign before them).
    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

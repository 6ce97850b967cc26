import Foundation
import Testing
@testable import Folio

/// The PDF dates written from `SOURCE_DATE_EPOCH` by calendar arithmetic (`UTCTimestamp`), against known dates and
/// against Foundation's ISO 8601 formatter, which the build no longer calls (it opens ICU's data).
@Suite("UTC timestamps")
struct UTCTimestampTests {
    @Test("known moments: the epoch, a leap day, the turn of a century, the last second a PDF date can write")
    func known() {
        #expect(UTCTimestamp.iso8601(0) == "1970-01-01T00:00:00Z")
        #expect(UTCTimestamp.iso8601(1_700_000_000) == "2023-11-14T22:13:20Z")
        #expect(UTCTimestamp.iso8601(951_782_400) == "2000-02-29T00:00:00Z")
        #expect(UTCTimestamp.iso8601(4_107_542_399) == "2100-02-28T23:59:59Z")
        #expect(UTCTimestamp.iso8601(4_107_542_400) == "2100-03-01T00:00:00Z")
        #expect(UTCTimestamp.iso8601(BuildOptions.latestEpoch) == "9999-12-31T23:59:59Z")
        #expect(UTCTimestamp.iso8601(-1) == "1969-12-31T23:59:59Z")
    }

    @Test("the same text as ISO8601DateFormatter in UTC across the accepted range")
    func sameAsFoundation() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        // Every day boundary of four leap cycles around 2000, then moments spread over 1970…9999.
        var epochs = stride(from: 880_000_000, to: 1_010_000_000, by: 86_400).flatMap { [$0 - 1, $0, $0 + 43_261] }
        epochs += Array(stride(from: 0, through: BuildOptions.latestEpoch, by: 126_230_411))   // a prime step
        for seconds in epochs {
            let expected = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(UTCTimestamp.iso8601(seconds) == expected, "\(seconds)")
        }
    }
}

import Testing
@testable import FolioText

/// `ScalarSet` answers as a `Set<UInt32>` of the same members would, for every scalar value around them.
@Suite struct ScalarSetTests {
    /// Sets of no member, one, repeats, members across a word's edge, and the extremes of the value range.
    @Test func membersAndNothingElse() {
        let cases: [[UInt32]] = [
            [], [0], [0x3002], [0x21, 0x3001, 0xFFE0, 0x3001], [0x40, 0x7F, 0x80, 0x1F600], [0x10FFFF], [UInt32.max],
        ]
        let probes = Array(UInt32(0)...0x2_0000) + [0x10FFFE, 0x10FFFF, 0x11_0000, UInt32.max - 1, UInt32.max]
        for members in cases {
            let set = ScalarSet(members: members), reference = Set(members)
            if let value = probes.first(where: { set.contains($0) != reference.contains($0) }) {
                Issue.record("\(members): \(value) answered \(set.contains(value))")
            }
        }
    }

    /// The prohibition sets built from literals hold their marks and not Han characters or spaces.
    @Test func theProhibitionsHoldTheirMarks() {
        #expect(CharClass.notAtLineStart.contains(0x3002) && CharClass.notAtLineStart.contains(0xFFE0))
        #expect(!CharClass.notAtLineStart.contains(0x4E00) && !CharClass.notAtLineStart.contains(0x20))
        #expect(CharClass.notAtLineEnd.contains(0x201C) && !CharClass.notAtLineEnd.contains(0x201D))
    }
}

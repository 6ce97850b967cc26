import Testing
@testable import FolioText

/// `ScalarSet` answers as a `Set<UInt32>` of the same members would, for every scalar value around them.
@Suite struct ScalarSetTests {
    @Test func membersAndNothingElse() {
        let cases: [[UInt32]] = [[], [0x3002], [0x21, 0x3001, 0xFFE0, 0x3001], [0x40, 0x7F, 0x80, 0x1F600]]
        for members in cases {
            let set = ScalarSet(members: members), reference = Set(members)
            for value in UInt32(0)...0x2_0000 where set.contains(value) != reference.contains(value) {
                Issue.record("\(members): \(value)")
            }
            #expect(!set.contains(UInt32.max))
        }
    }

    @Test func theProhibitionsHoldTheirMarks() {
        #expect(CharClass.notAtLineStart.contains(0x3002) && CharClass.notAtLineStart.contains(0xFFE0))
        #expect(!CharClass.notAtLineStart.contains(0x4E00) && !CharClass.notAtLineStart.contains(0x20))
        #expect(CharClass.notAtLineEnd.contains(0x201C) && !CharClass.notAtLineEnd.contains(0x201D))
    }
}

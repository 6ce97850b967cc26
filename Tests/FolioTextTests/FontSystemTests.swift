import FolioDisplay
import Testing
@testable import FolioText

@Suite struct FontSystemTests {
    @Test func notoSerifSCIsFaceTwoOfTheCollection() throws {
        let fonts = try FontSystem()
        let r = try fonts.resolve(stack: ["Noto Serif CJK SC"])
        #expect(r.face.family == "Noto Serif CJK SC")
        #expect(r.face.index == 2)
        #expect(r.face.path.hasSuffix(".ttc"))
        #expect(r.face.postScriptName == "NotoSerifCJKsc-Regular")
        #expect(r.substituted == false)
    }

    @Test func missingFirstChoiceIsASubstitute() throws {
        let fonts = try FontSystem()
        let r = try fonts.resolve(stack: ["仿宋_GB2312", "FangSong", "FandolFang", "Noto Serif CJK SC"])
        #expect(r.face.family == "FandolFang")
        #expect(r.requested == "仿宋_GB2312")
        #expect(r.substituted)
    }

    @Test func weightWordSelectsTheBoldFile() throws {
        let fonts = try FontSystem()
        let r = try fonts.resolve(stack: ["Noto Serif CJK SC Bold"])
        #expect(r.face.postScriptName == "NotoSerifCJKsc-Bold")
        #expect(r.face.syntheticBold == false)
    }

    @Test func boldOfAFaceWithoutBoldIsSynthetic() throws {
        let fonts = try FontSystem()
        let r = try fonts.resolve(stack: ["FandolFang"], bold: true)
        #expect(r.face.family == "FandolFang")
        #expect(r.face.syntheticBold)
    }

    @Test func stackWithNothingInstalledThrowsTypedError() throws {
        let fonts = try FontSystem()
        #expect(throws: TextError.noFontInStack(["No Such Font 1", "No Such Font 2"])) {
            try fonts.resolve(stack: ["No Such Font 1", "No Such Font 2"])
        }
        #expect(throws: TextError.self) { try fonts.resolve(stack: []) }
    }

    @Test func engineReportsEachRoleFace() throws {
        let engine = try #require(Fixture.engine)
        let report = engine.faceReport()
        let body = try #require(report.first { $0.role == .body })
        #expect(body.face.face.family == "FandolFang")
        let h1 = try #require(report.first { $0.role == .heading1 })
        #expect(h1.face.substituted)
        #expect(h1.face.face.family == "Noto Sans CJK SC")
    }
}

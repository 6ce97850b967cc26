import Foundation
import Testing

@testable import FolioMessages

/// The system's reason for a failed file operation in the user's language: Foundation's own descriptions are English
/// only ("You don't have permission."), so the POSIX error under them is named and translated.
@Suite("System reasons")
struct SystemMessageTests {
    @Test("a missing file's reason, from Foundation's error, reads in Chinese")
    func missingFile() {
        do {
            _ = try Data(contentsOf: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
            Issue.record("a missing file was read")
        } catch {
            #expect(Message.system(error).text(.chinese) == "文件或目录不存在")
            #expect(Message.system(error).text(.english) == "No such file or directory")
        }
    }

    @Test(
        "Foundation's file error codes stand for their POSIX errors",
        arguments: [
            (CocoaError.Code.fileReadNoPermission, EACCES), (.fileWriteOutOfSpace, ENOSPC),
            (.fileWriteVolumeReadOnly, EROFS), (.fileNoSuchFile, ENOENT),
        ])
    func cocoaCodes(code: CocoaError.Code, posix: Int32) {
        #expect(Message.posixCode(CocoaError(code)) == posix)
    }

    @Test("an error with no POSIX reason is printed as it describes itself")
    func otherErrors() {
        struct Odd: Error, CustomStringConvertible { var description: String { "odd" } }
        #expect(Message.posixCode(Odd()) == nil)
    }

    @Test("a text given in two languages prints in each; any other language gets the English")
    func verbatimInTwoLanguages() {
        let m = Message.verbatim(english: "as", chinese: "作为")
        #expect(m.text(.english) == "as" && m.text(.chinese) == "作为")
        #expect(Message.verbatim("同").text(.chinese) == "同")
    }
}

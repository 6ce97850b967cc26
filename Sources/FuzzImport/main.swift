// libFuzzer target over `folio import`: bytes that start like a zip archive are read as a .docx (from a
// scratch file, within DocxLimits), anything else is decoded as text (UTF-8, UTF-16, GB18030) and imported;
// either way the importer returns a dataset or a DiagnosticError, never traps. Built only by `make fuzz`.
import Foundation
import FuzzSupport
import FolioData
import FolioImport

#if FUZZING
/// A scratch file for .docx inputs, one per process.
let fuzzDocx = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-import-\(getpid()).docx")

/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let importer = ReportImporter(sourceName: "fuzz")
    if bytes.starts(with: [0x50, 0x4B]) {
        guard (try? bytes.write(to: fuzzDocx)) != nil else { return 0 }
        _ = try? importer.runDocx(at: fuzzDocx)
    } else if let (text, _) = TextEncoding.decode(bytes) {
        _ = importer.run(text)
    }
    return 0
}

/// The entry point SwiftPM links executables with (`--defsym main=FuzzImport_main`): with -parse-as-library
/// no `main` is generated, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzImport_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzImport)
}
#else
/// The stub's only work (a declaration, so `-parse-as-library` in fuzzing builds still parses this branch).
let stubNotice: Void = print(
    "FuzzImport is a libFuzzer target: build and run it with `make fuzz` (see docs/limits.md).")
#endif

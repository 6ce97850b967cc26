// libFuzzer target over the dataset loader: YAML text → DatasetLoader.load, which must
// return a dataset or throw a DiagnosticError, never trap; a dataset that loads is then resolved into a
// Document with the gongwen theme and run through every `folio check` rule, so the prose code behind the
// loader is fuzzed too. Built only by `make fuzz` (-Xswiftc -sanitize=fuzzer,address -Xswiftc
// -parse-as-library -Xswiftc -DFUZZING); a normal build compiles the stub below.
import Foundation
import FuzzSupport
import FolioData
import FolioDocument
import FolioCheck

#if FUZZING
/// The checkout's Assets folder, found from this file.
let fuzzAssets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Assets")
/// The gongwen theme, read once.
let fuzzTheme: Theme? = try? YAMLDocument.decode(
    Theme.self, from: fuzzAssets.appendingPathComponent("themes/gongwen.yaml"))
/// The checker with the bundled word lists, built once.
let fuzzChecker: Checker? = (try? CheckLists.load(from: fuzzAssets.appendingPathComponent("checks"))).map {
    Checker(lists: $0)
}

/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    // The directory is a scratch folder so `data-files:` names resolve to nothing real.
    guard
        let dataset =
            (try? DatasetLoader.load(
                yaml: text, fileName: "fuzz.yaml",
                directory: URL(fileURLWithPath: "/nonexistent-fuzz-dir")))?.dataset
    else { return 0 }
    if let fuzzTheme { _ = try? Document.resolve(dataset, theme: fuzzTheme) }
    if let fuzzChecker { _ = fuzzChecker.check(dataset, source: SourceMap(file: "fuzz.yaml", text: text)) }
    return 0
}
/// The entry point SwiftPM links executables with (`--defsym main=FuzzDataset_main`): with -parse-as-library
/// no `main` is generated, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzDataset_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzDataset)
}
#else
/// The stub's only work (a declaration, so `-parse-as-library` in fuzzing builds still parses this branch).
let stubNotice: Void = print(
    "FuzzDataset is a libFuzzer target: build and run it with `make fuzz` (see docs/limits.md).")
#endif

import FolioTestSupport
import Foundation
import Testing
@testable import FolioRender

/// librsvg, gdk-pixbuf, poppler-glib and libqpdf are opened with dlopen on first use: each loads with every function
/// Folio calls, and a library that is not there is an error naming it and its package, never a crash.
@Suite("Libraries opened on demand")
struct LibraryLoadingTests {
    @Test("librsvg, gdk-pixbuf, poppler-glib and libqpdf load with every function Folio calls")
    func installedLibrariesLoad() throws {
        _ = try RsvgLibrary.shared.get()
        _ = try PixbufLibrary.shared.get()
        _ = try PopplerLibrary.shared.get()
        try QPDFLibrary.require(for: .structure)
    }

    @Test("the folio executable links none of them: a run that draws no SVG and reads nothing back does not map them")
    func executableDoesNotLinkThem() throws {
        let folio = try #require(FolioExecutable.find(), "the folio executable is built beside the tests")
        let linked = try ToolRun.run("ldd", [folio.path]).stdout
        #expect(linked.contains("libcairo"), "\(linked)")
        for library in ["libqpdf", "libgnutls", "librsvg", "libpoppler-glib", "libgdk_pixbuf"] {
            #expect(!linked.contains(library), "\(library) is linked:\n\(linked)")
        }
    }

    @Test("--fast-web-view: the finished file linearised by libqpdf, opened on first use")
    func linearisesThroughLibqpdf() throws {
        let folder = try Checkout.temporaryFolder("folio-render")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("linear.pdf")
        let writer = try PDFWriter(destination: pdf, info: RenderFixture.info, options: FinishOptions(linearize: true))
        for page in try RenderFixture.pages() { try writer.add(page) }
        try writer.finish()
        let check = try ToolRun.run("/usr/bin/qpdf", ["--check-linearization", pdf.path])
        #expect(check.status == 0 && check.stdout.contains("no linearization errors"), "\(check.stdout)")
    }

    @Test("libqpdf's purposes are worded in both languages")
    func qpdfPurposes() {
        let linearise = RenderError.library(
            LibraryError(library: "libqpdf.so.29", package: "libqpdf29", purpose: .linearisation, reason: "absent"))
        #expect(linearise.message.english.contains("cannot load libqpdf.so.29 to linearise the PDF for fast web view"))
        #expect(linearise.message.text(.chinese).contains("将 PDF 线性化"))
        let structure = PDFReadError.library(
            LibraryError(library: "libqpdf.so.29", package: "libqpdf29", purpose: .structure, reason: "absent"))
        #expect(structure.message.english.contains("to read a PDF's structure back"))
        #expect(structure.message.english.contains("install the package libqpdf29"))
        #expect(structure.message.text(.chinese).contains("读回 PDF 的结构"))
    }

    @Test("a missing library is an error naming the library, what it is for and the package to install")
    func missingLibraryIsAMessage() {
        #expect(throws: LibraryError.self) {
            _ = try DynamicLibrary("libfolio-absent.so.0", package: "folio-absent", purpose: .svg)
        }
        do {
            _ = try DynamicLibrary("libfolio-absent.so.0", package: "folio-absent", purpose: .svg)
        } catch {
            #expect(error.library == "libfolio-absent.so.0")
            #expect(error.reason.contains("libfolio-absent.so.0"))
            let english = RenderError.library(error).message.english
            #expect(english.contains("cannot load libfolio-absent.so.0 to draw SVG images"))
            #expect(english.contains("install the package folio-absent"))
            let chinese = RenderError.library(error).message.text(.chinese)
            #expect(chinese.contains("绘制 SVG 图片"))
            #expect(chinese.contains("请安装软件包 folio-absent"))
        }
    }

    @Test("a library lacking a function Folio calls is an error naming the function")
    func missingFunctionIsAMessage() throws {
        let library = try DynamicLibrary("libpoppler-glib.so.8", package: "libpoppler-glib8", purpose: .readback)
        #expect(throws: LibraryError.self) {
            _ = try library.function("poppler_folio_absent", as: (@convention(c) () -> Void).self)
        }
        #expect(throws: Never.self) {
            _ = try library.function("poppler_document_get_n_pages", as: PopplerLibrary.PageCount.self)
        }
    }
}

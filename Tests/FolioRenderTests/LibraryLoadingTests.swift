import Testing
@testable import FolioRender

/// librsvg, gdk-pixbuf and poppler-glib are opened with dlopen on first use: each loads with every function Folio
/// calls, and a library that is not there is an error naming it and its package, never a crash.
@Suite("Libraries opened on demand")
struct LibraryLoadingTests {
    @Test("librsvg, gdk-pixbuf and poppler-glib load with every function Folio calls")
    func installedLibrariesLoad() throws {
        _ = try RsvgLibrary.shared.get()
        _ = try PixbufLibrary.shared.get()
        _ = try PopplerLibrary.shared.get()
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

import FolioMessages

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A shared library opened with dlopen when first needed, so that a run that never draws an SVG, decodes a JPEG
/// or reads a PDF back does not map librsvg, gdk-pixbuf or poppler and their dependencies at start-up.
struct DynamicLibrary: @unchecked Sendable {
    /// The soname dlopen was given.
    let name: String
    /// The Debian package that installs it.
    let package: String
    /// What it is needed for.
    let purpose: LibraryPurpose
    /// What dlopen returned; never closed (the library stays loaded for the process, as a linked one would).
    private let handle: UnsafeMutableRawPointer

    /// Opens `name` for `purpose`, or throws why it cannot be (dlerror's words) and which package installs it.
    init(_ name: String, package: String, purpose: LibraryPurpose) throws(LibraryError) {
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "not found"
            throw LibraryError(library: name, package: package, purpose: purpose, reason: reason)
        }
        self.name = name
        self.package = package
        self.purpose = purpose
        self.handle = handle
    }

    /// The C function `symbol`, searched in the library and the libraries it depends on, as the function type
    /// `T` (an `@convention(c)` type matching the C declaration); throws when the library lacks it (a version
    /// older than Folio needs).
    func function<T>(_ symbol: String, as type: T.Type) throws(LibraryError) -> T {
        guard let address = dlsym(handle, symbol) else {
            throw LibraryError(library: name, package: package, purpose: purpose, reason: "it has no \(symbol)")
        }
        return unsafeBitCast(address, to: T.self)
    }
}

/// What a library loaded on demand is needed for, which its error names.
public enum LibraryPurpose: Sendable, Hashable {
    /// librsvg: SVG images.
    case svg
    /// gdk-pixbuf: JPEG images.
    case jpeg
    /// poppler-glib: reading a finished PDF's text back.
    case readback
    /// libqpdf: reading a finished PDF's structure back (`folio verify`).
    case structure
    /// libqpdf: linearising a PDF (`--fast-web-view`).
    case linearisation
}

/// A library loaded on demand that is missing or lacks a function Folio calls.
public struct LibraryError: Error, Sendable, Hashable {
    /// The soname.
    public var library: String
    /// The Debian package that installs it.
    public var package: String
    /// What it was needed for.
    public var purpose: LibraryPurpose
    /// dlerror's words, or the missing function's name.
    public var reason: String

    /// The catalogue's message: which library, for what, why, and which package to install.
    public var message: Message {
        Message(
            "render.library-missing",
            [
                "library": "\(library)", "package": "\(package)", "reason": "\(reason)",
                "purpose": .message(purposePhrase),
            ])
    }

    /// What the library was needed for, as the catalogue words it.
    private var purposePhrase: Message {
        switch purpose {
        case .svg: return Message("render.library-purpose.svg")
        case .jpeg: return Message("render.library-purpose.jpeg")
        case .readback: return Message("render.library-purpose.readback")
        case .structure: return Message("render.library-purpose.structure")
        case .linearisation: return Message("render.library-purpose.linearisation")
        }
    }
}

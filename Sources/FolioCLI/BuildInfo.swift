/// What `folio --version` prints: the release number and the revision the binary was built from.
///
/// The revision is written at build time by the Makefile into `BuildRevision+Generated.swift` (not in git),
/// which gives `BuildRevision` its own `revision`. A build without that file (a plain `swift build`, a tarball
/// built without git) uses the protocol's default, "unknown".
enum BuildInfo {
    /// The release number (also the .deb's version: the Makefile reads it from this line).
    static let version = "0.9.0"

    /// `folio 0.9.0 (revision 1a2b3c4d5e6f)`.
    static var description: String { "folio \(version) (revision \(BuildRevision.revision))" }
}

/// The source of the build's revision: the generated file's, or the default.
protocol RevisionSource {
    /// The git revision (`git describe --always --dirty`), or "unknown".
    static var revision: String { get }
}

extension RevisionSource {
    /// The revision when no generated file says otherwise.
    static var revision: String { "unknown" }
}

/// The build's revision: `BuildRevision+Generated.swift`, when present, declares `revision` on this type, which
/// takes precedence over the protocol's default.
enum BuildRevision: RevisionSource {}

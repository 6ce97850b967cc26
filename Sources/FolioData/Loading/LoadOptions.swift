import Foundation

/// How a dataset is read: the choices the command line makes, passed down as one value (the library
/// reads no environment and keeps no state between loads).
public struct LoadOptions: Sendable, Hashable {
    /// Whether `data-files:` and theme paths may lead outside the dataset's folder (`--allow-outside-paths`);
    /// off by default, so a dataset reads only files that travel with it (docs/limits.md).
    public var allowOutsidePaths: Bool
    /// The dataset's bytes when the caller already read them (the command line's `-` reads standard input):
    /// `DatasetLoader.load(contentsOf:options:)` decodes these instead of reading the URL, whose folder is
    /// still where data files and theme paths are found and whose name appears in diagnostics.
    public var datasetBytes: Data?
    /// The size limits of `InputLimits` for the dataset's file, its YAML nodes and text, its body items and the
    /// pages a build writes, multiplied by this (at least 1): for measuring a report a thousand times the bundled
    /// one (`FOLIO_LIMIT_SCALE`, Benchmarks/README.md), never for ordinary use.
    public var limitScale = 1

    /// Options with everything at its default (outside paths refused).
    public init(allowOutsidePaths: Bool = false, datasetBytes: Data? = nil) {
        self.allowOutsidePaths = allowOutsidePaths
        self.datasetBytes = datasetBytes
    }
}

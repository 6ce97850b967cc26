/// How a dataset is read: the choices the command line makes, passed down as one value (the library
/// reads no environment and keeps no state between loads).
public struct LoadOptions: Sendable, Hashable {
    /// Whether `data-files:` and theme paths may lead outside the dataset's folder (`--allow-outside-paths`);
    /// off by default, so a dataset reads only files that travel with it (docs/limits.md).
    public var allowOutsidePaths: Bool

    /// Options with everything at its default (outside paths refused).
    public init(allowOutsidePaths: Bool = false) {
        self.allowOutsidePaths = allowOutsidePaths
    }
}

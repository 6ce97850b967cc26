import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (a browser's form), the first of each name.
struct FormFields {
    /// Field values by name.
    private(set) var values: [String: String] = [:]

    /// Parses `text`.
    init(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first else { continue }
            let key = decode(name)
            if values[key] == nil { values[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
    }

    /// The value of field `name`.
    subscript(_ name: String) -> String? { values[name] }
}

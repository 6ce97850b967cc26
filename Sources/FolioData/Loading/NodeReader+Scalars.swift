import FolioMessages
import Yams

/// What a character of dataset text is, when it is one Folio refuses or warns about.
enum ScalarProblem: Equatable {
    /// A control character other than tab and line feed (C0, DEL, C1): pasted from chat apps or PDFs, it
    /// prints as nothing or a box, and a NUL cuts the PDF's metadata short.
    case control
    /// A Unicode noncharacter (U+FDD0…U+FDEF, U+xxFFFE, U+xxFFFF): never text, and Cairo refuses it.
    case noncharacter
    /// U+FFFD, what a decoder leaves for bytes it could not read (an escaped lone surrogate, `"\uD800"`,
    /// comes out so): the original character is lost.
    case replacement
    /// An explicit bidirectional embedding, override or isolate (U+202A…U+202E, U+2066…U+2069): it can
    /// make the printed order differ from the order the text is read and checked in.
    case bidiControl

    /// The problem of `s`, if any.
    static func of(_ s: Unicode.Scalar) -> ScalarProblem? {
        let v = s.value
        if (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) { return .control }
        if (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { return .noncharacter }
        if v == 0xFFFD { return .replacement }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return .bidiControl }
        return nil
    }
}

extension NodeReader {
    /// Checks every character of a text the dataset gives (prose, titles, issuer, subject, keywords, names):
    /// control characters, noncharacters and U+FFFD are errors at the first one, located in the file;
    /// bidirectional controls a warning. False when the text is refused.
    mutating func checkScalars(_ raw: String, at node: Node, _ path: String) -> Bool {
        // Fast path: the common text has none of these.
        guard raw.unicodeScalars.contains(where: { ScalarProblem.of($0) != nil }) else { return true }
        var found: [ScalarProblem: (offset: Int, scalars: [Unicode.Scalar])] = [:]
        for (offset, s) in raw.unicodeScalars.enumerated() {
            guard let p = ScalarProblem.of(s) else { continue }
            var entry = found[p] ?? (offset, [])
            if !entry.scalars.contains(s) { entry.scalars.append(s) }
            found[p] = entry
        }
        let locate = locator(for: node)
        func codes(_ list: [Unicode.Scalar]) -> String {
            list.prefix(8).map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
                .sorted().joined(separator: ", ")
        }
        var refused = false
        let errors: [(ScalarProblem, String)] = [
            (.control, "text.control"), (.noncharacter, "text.noncharacter"), (.replacement, "text.replacement"),
        ]
        for (problem, code) in errors {
            guard let f = found[problem] else { continue }
            diagnostics.append(
                Diagnostic(
                    .error, Message(code, ["path": .message(Self.pathPhrase(path)), "codes": "\(codes(f.scalars))"]),
                    at: locate(f.offset) ?? location(node), hint: Message(code + ".hint"), code: code))
            refused = true
        }
        if let f = found[.bidiControl] {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        "text.bidi.path-contains-bidirectional-override",
                        ["path": .message(Self.pathPhrase(path)), "value": "\(codes(f.scalars))"]),
                    at: locate(f.offset) ?? location(node),
                    hint:
                        Message("text.bidi.delete-them-folio-sets.hint"),
                    code: "text.bidi"))
        }
        return !refused
    }
}

extension String {
    /// The text with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

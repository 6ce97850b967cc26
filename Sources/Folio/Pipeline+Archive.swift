import FolioData
import FolioMessages
import Foundation
import FolioRender

extension Pipeline {
    /// The finishing options of a PDF build: linearisation, and for PDF/A the output-intent profile
    /// (`outputProfile(_:)`).
    static func finishOptions(_ options: BuildOptions) throws -> FinishOptions {
        var finish = FinishOptions(linearize: options.linearize, tagged: options.tagged)
        guard let standard = options.pdfStandard else { return finish }
        finish.standard = standard
        finish.outputProfile = try outputProfile(options)
        return finish
    }

    /// The bytes of the RGB ICC profile a PDF/A build embeds: `options.outputProfile`, else
    /// `BuildOptions.systemOutputProfile` (`profileError` says who is to fix one that cannot serve).
    static func outputProfile(_ options: BuildOptions) throws -> [UInt8] {
        let url = options.outputProfile ?? BuildOptions.systemOutputProfile
        let named = options.outputProfile != nil
        guard let bytes = try? Data(contentsOf: url) else { throw profileError(url, named: named, readable: false) }
        guard isRGBProfile(bytes) else { throw profileError(url, named: named, readable: true) }
        return Array(bytes)
    }

    /// Whether `bytes` start as an RGB ICC profile does. ICC.1 §7.2: a profile header is 128 bytes, with the
    /// signature "acsp" at byte 36 and the colour space at byte 16; the output intent of a DeviceRGB document must
    /// be an RGB profile.
    static func isRGBProfile(_ bytes: Data) -> Bool {
        bytes.count > 128 && bytes[36..<40].elementsEqual("acsp".utf8) && bytes[16..<20].elementsEqual("RGB ".utf8)
    }

    /// Why the profile at `url` cannot serve: missing or unreadable (`readable` false), or not an RGB ICC profile.
    /// The system's own profile is a missing part of the environment (exit 69); one the caller named (`named`,
    /// `--icc-profile`) is bad input (exit 65), as a missing theme file is.
    static func profileError(_ url: URL, named: Bool, readable: Bool) -> FolioError {
        let path: [String: MessageArgument] = ["path": "\(url.path)"]
        let missing = !readable && !FileManager.default.fileExists(atPath: url.path)
        let message =
            readable
            ? Message("folio.path-rgb-icc-profile", path)
            : missing ? Message("folio.icc-profile-missing", path) : Message("folio.cannot-read-icc-profile", path)
        guard named else {
            return .environment(
                message,
                hint: readable
                    ? Message("folio.name-srgb-profile-icc.hint") : Message("folio.install-icc-profiles-free.hint"))
        }
        let hint =
            readable
            ? Message("folio.name-srgb-profile-icc.hint")
            : missing ? Message("folio.icc-profile-missing.hint") : Message("folio.icc-profile-unreadable.hint")
        return .input(DiagnosticError(Diagnostic(.error, message, hint: hint, code: "io.icc-profile")))
    }
}

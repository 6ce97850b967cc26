import Foundation
import FolioRender

extension Pipeline {
    /// The finishing options of a PDF build: linearisation, and for PDF/A the output-intent profile read from
    /// `options.outputProfile`.
    static func finishOptions(_ options: BuildOptions) throws -> FinishOptions {
        var finish = FinishOptions(linearize: options.linearize, tagged: options.tagged)
        guard let standard = options.pdfStandard else { return finish }
        guard let url = options.outputProfile else {
            throw FolioError.environment(
                "PDF/\(standard.rawValue.uppercased()) needs an sRGB ICC profile for its output intent",
                hint: "name one with --icc-profile (Debian: apt-get install icc-profiles-free)")
        }
        let bytes: Data
        do { bytes = try Data(contentsOf: url) } catch {
            throw FolioError.environment(
                "cannot read the ICC profile \(url.path)",
                hint:
                    "install icc-profiles-free (/usr/share/color/icc/sRGB.icc) or name another sRGB profile with --icc-profile"
            )
        }
        // ICC.1 §7.2: a profile header is 128 bytes, with the signature "acsp" at byte 36 and the colour space
        // at byte 16; the output intent of a DeviceRGB document must be an RGB profile.
        guard bytes.count > 128, bytes[36..<40].elementsEqual("acsp".utf8), bytes[16..<20].elementsEqual("RGB ".utf8)
        else {
            throw FolioError.environment(
                "\(url.path) is not an RGB ICC profile",
                hint: "name an sRGB profile with --icc-profile, e.g. /usr/share/color/icc/sRGB.icc")
        }
        finish.standard = standard
        finish.outputProfile = Array(bytes)
        return finish
    }
}

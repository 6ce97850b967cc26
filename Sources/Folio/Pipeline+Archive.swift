import FolioMessages
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
                Message("folio.pdf-value-needs-srgb", ["value": "\(standard.rawValue.uppercased())"]),
                hint: Message("folio.name-one-icc-profile.hint"))
        }
        let bytes: Data
        do { bytes = try Data(contentsOf: url) } catch {
            throw FolioError.environment(
                Message("folio.cannot-read-icc-profile", ["path": "\(url.path)"]),
                hint:
                    Message("folio.install-icc-profiles-free.hint")
            )
        }
        // ICC.1 §7.2: a profile header is 128 bytes, with the signature "acsp" at byte 36 and the colour space
        // at byte 16; the output intent of a DeviceRGB document must be an RGB profile.
        guard bytes.count > 128, bytes[36..<40].elementsEqual("acsp".utf8), bytes[16..<20].elementsEqual("RGB ".utf8)
        else {
            throw FolioError.environment(
                Message("folio.path-rgb-icc-profile", ["path": "\(url.path)"]),
                hint: Message("folio.name-srgb-profile-icc.hint"))
        }
        finish.standard = standard
        finish.outputProfile = Array(bytes)
        return finish
    }
}

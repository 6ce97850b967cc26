import FolioDisplay

/// The check that an image decodes before a build relies on it: the same decoders drawing uses (Cairo for
/// PNG, gdk-pixbuf for JPEG, librsvg for SVG), so `folio check` and `folio build` refuse a damaged file with
/// its place instead of failing half-way through the pages.
public enum ImageDecoding {
    /// Throws `RenderError.image` with the decoder's reason when `image` does not decode.
    public static func check(_ image: ImageItem) throws(RenderError) {
        do {
            try ImageSurfaces.check(image)
        } catch let e as RenderError {
            throw e
        } catch {
            throw .image(identity: image.identity, reason: "\(error)")
        }
    }
}

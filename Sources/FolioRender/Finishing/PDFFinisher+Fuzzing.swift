import FolioDisplay

/// The finishing step as the `FuzzFinish` target drives it (SPI `Fuzzing`: not part of the library's API).
@_spi(Fuzzing) public enum FinishingFuzzing {
    /// Finishes `bytes` read as Cairo's file, with the default options, into memory; throws what the finishing step
    /// throws on a file it cannot read.
    @_spi(Fuzzing) public static func finish(_ bytes: UnsafeRawBufferPointer, info: DocumentInfo) throws -> [UInt8] {
        try PDFFinisher.rewrite(bytes, name: "fuzz", info: info, options: FinishOptions())
    }
}

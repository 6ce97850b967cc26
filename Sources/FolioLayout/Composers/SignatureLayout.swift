import FolioDisplay
import FolioDocument

/// A signature with seals or 签名章 (GB/T 9704 §7.3.5.1, §7.3.5.3) as the PDF sets it: slot by slot (each one or
/// more grid lines), the text of each with where it stands and the seals each slot draws. The composer turns it into
/// flow units; other outputs that set the text themselves and float the seals over it (the Word file) read it.
public struct SignatureLayout: Sendable, Equatable {
    /// How a text is aligned on its anchor.
    public enum Alignment: Sendable, Equatable {
        /// Centred on `x + width / 2` (an issuer under its seal).
        case centre
        /// Ending at `x + width` (the date, a leader's title).
        case trailing
    }

    /// A line of text in a slot.
    public struct Text: Sendable, Equatable {
        /// The text.
        public var text: String
        /// Its left edge, from the type area's left edge.
        public var x: Pt
        /// Its width as shaped on the body's character grid.
        public var width: Pt
        /// Its baseline, from the slot's top.
        public var baseline: Pt
        /// Which of its edges or its centre holds when another output sets it at its own width.
        public var alignment: Alignment
        /// The point it is aligned on: its centre or its right end.
        public var anchor: Pt { alignment == .centre ? x + width / 2 : x + width }
    }

    /// A seal drawn over the text.
    public struct Seal: Sendable, Equatable {
        /// The seal's image.
        public var image: ImageItem
        /// Where it is drawn, from the slot's top and the type area's left edge (a negative y reaches into the
        /// slots above).
        public var rect: Rect
        /// What a reader who cannot see it is told.
        public var alternativeText: String
    }

    /// One or more grid lines of the block.
    public struct Slot: Sendable, Equatable {
        /// How many grid lines it takes.
        public var lines: Int
        /// Its text.
        public var texts: [Text] = []
        /// The seals it draws, after its text.
        public var seals: [Seal] = []
    }

    /// The slots, top to bottom.
    public var slots: [Slot]
}

extension BlockComposer {
    /// The layout of a signature with seals or 签名章; nil for a plain signature.
    func sealedLayout(_ signature: Signature) throws -> SignatureLayout? {
        if !signature.signers.isEmpty { return try signerSealLayout(signature, signers: signature.signers) }
        if !signature.seals.isEmpty { return try sealedSignatureLayout(signature) }
        return nil
    }

    /// The flow units of `layout`: each slot's text tagged as a paragraph, then each seal as a figure.
    func units(_ layout: SignatureLayout) throws -> [FlowUnit] {
        try layout.slots.map { slot in
            var items: [FrameItem] = []
            for t in slot.texts {
                let job = try signatureLine(t.text)
                items += job.items(at: Point(x: t.x, y: t.baseline))
            }
            if !items.isEmpty { items = items.tagged(.paragraph) }
            for seal in slot.seals {
                items += [.image(seal.image, seal.rect)].tagged(.figure(alternativeText: seal.alternativeText))
            }
            return FlowUnit(lines: slot.lines, breakBefore: false, items: items)
        }
    }
}

extension LayoutEngine {
    /// The signature with seals or 签名章 as the PDF sets it, for outputs that set it themselves (the Word file);
    /// nil when `signature` has neither.
    public func signatureLayout(_ signature: Signature) throws -> SignatureLayout? {
        try BlockComposer(theme: theme, metrics: metrics, text: text).sealedLayout(signature)
    }
}

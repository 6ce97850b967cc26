import Foundation

/// A signature with seals or 签名章 (GB/T 9704 §7.3.5.1, §7.3.5.3) as the PDF sets it, for the Word file: slot by
/// slot (one or more grid lines each), the texts on tab stops where the PDF centres or ends them, and the seals as
/// floating pictures in front of the text at the PDF's size and place. Lengths in points.
public struct WordSignature: Sendable {
    /// A text of a slot.
    public struct Text: Sendable {
        /// The text.
        public var text: String
        /// Where it is aligned, from the type area's left edge.
        public var anchor: Double
        /// Centred on `anchor` (true) or ending at it.
        public var centred: Bool

        /// Creates a text.
        public init(text: String, anchor: Double, centred: Bool) {
            self.text = text; self.anchor = anchor; self.centred = centred
        }
    }

    /// A seal floating over the text.
    public struct Seal: Sendable {
        /// The image, with the size it is set at.
        public var picture: WordPicture
        /// Its left edge from the type area's left edge.
        public var x: Double
        /// Its top from its slot's top (negative: above it).
        public var y: Double
        /// What a reader who cannot see it is told.
        public var alternativeText: String

        /// Creates a seal.
        public init(picture: WordPicture, x: Double, y: Double, alternativeText: String) {
            self.picture = picture; self.x = x; self.y = y; self.alternativeText = alternativeText
        }
    }

    /// One or more grid lines.
    public struct Slot: Sendable {
        /// How many grid lines it takes.
        public var lines: Int
        /// Its texts, left to right.
        public var texts: [Text]
        /// The seals anchored in it.
        public var seals: [Seal]

        /// Creates a slot.
        public init(lines: Int, texts: [Text], seals: [Seal]) {
            self.lines = lines; self.texts = texts; self.seals = seals
        }
    }

    /// The slots, top to bottom.
    public var slots: [Slot]

    /// Creates a signature.
    public init(slots: [Slot]) { self.slots = slots }
}

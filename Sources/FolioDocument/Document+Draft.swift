extension Document {
    /// Whether the signature carries seals (印章, GB/T 9704 §7.3.5.1) or leaders' 签名章 (§7.3.5.3).
    public var isSealed: Bool {
        blocks.contains { block in
            guard case .signature(let signature) = block else { return false }
            return !signature.seals.isEmpty || !signature.signers.isEmpty
        }
    }

    /// Takes the seals and the 签名章 off the signature, for a draft still to be filled in: a seal is pressed on the
    /// final document only, and a draft printed with one could pass for it. The issuers are then signed by name.
    public mutating func leaveSealsOff() {
        for (k, block) in blocks.enumerated() {
            guard case .signature(var signature) = block else { continue }
            signature.seals = []
            signature.signers = []
            blocks[k] = .signature(signature)
        }
    }
}

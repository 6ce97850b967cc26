extension Document {
    /// Takes the seals (印章, GB/T 9704 §7.3.5.1) and the leaders' 签名章 (§7.3.5.3) off the signature, for a draft still
    /// to be filled in: a seal is pressed on the final document only, and a draft printed with one could pass for it.
    /// The issuers are then signed by name. Returns whether there was any to take off.
    public mutating func leaveSealsOff() -> Bool {
        var removed = false
        for (k, block) in blocks.enumerated() {
            guard case .signature(var signature) = block, !signature.seals.isEmpty || !signature.signers.isEmpty
            else { continue }
            signature.seals = []
            signature.signers = []
            blocks[k] = .signature(signature)
            removed = true
        }
        return removed
    }
}

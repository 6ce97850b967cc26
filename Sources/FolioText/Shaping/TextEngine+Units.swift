import FolioDisplay

extension TextEngine {
    /// Itemizes characters into runs of one face (per-character fallback), shapes each run once (cached),
    /// and cuts the result into units with grid advances and punctuation blanks. Call under `lock`.
    func makeUnits(_ chars: [SourceChar], spans: [TextSpan], grid: GridSpec?) throws -> UnitStore {
        var faces: [Int] = []
        faces.reserveCapacity(chars.count)
        for c in chars {
            guard let span = spans[safe: c.span] else { continue }
            faces.append(try faceRef(for: c, span: span))
        }
        var store = UnitStore()
        store.reserve(chars.count)
        var scratch = RunScratch()
        var start = 0
        while start < chars.count && start < faces.count {
            var end = start + 1
            while end < chars.count && end < faces.count && chars[end].span == chars[start].span
                && faces[end] == faces[start]
            { end += 1 }
            guard let span = spans[safe: chars[start].span] else { break }
            try shapeRun(
                chars[start..<end], face: faces[start], size: span.size.value, grid: grid,
                keepsWidth: span.keepsMarkWidths, into: &store, scratch: &scratch)
            start = end
        }
        return store
    }

    /// The interned face of `c` in `span`. The choice depends only on the character, the role and the weight,
    /// so single-scalar characters are decided once per engine, keyed by an integer (scalar, role, bold):
    /// the look-up used to hash `Character`s and font paths per character.
    private func faceRef(for c: SourceChar, span: TextSpan) throws -> Int {
        guard c.isSingleScalar, let role = Self.roleOrder.firstIndex(of: span.role) else {
            return intern(try face(for: c.character, span: span))
        }
        let key = UInt64(c.first.value) | UInt64(role) << 32 | (span.bold ? 1 << 40 : 0)
        if let known = faceChoice[key] { return known }
        let chosen = intern(try face(for: c.character, span: span))
        faceChoice[key] = chosen
        return chosen
    }

    /// `FontRole.allCases` once: the synthesized property builds a new array on every call, once per character here.
    private static let roleOrder = FontRole.allCases

    /// The small integer standing for `face` in units (its index in `faceTable`).
    func intern(_ face: FontFace) -> Int {
        if let known = faceIndex[face] { return known }
        faceTable.append(face)
        faceIndex[face] = faceTable.count - 1
        return faceTable.count - 1
    }

    /// The face that draws `ch` in `span`: the latin face for Latin letters/digits when the theme names one,
    /// else the role's face if it has the character, else the first fallback face that has it. A character
    /// nobody has is recorded in `missing` and drawn with the role's face.
    private func face(for ch: Character, span: TextSpan) throws -> FontFace {
        try face(for: ch, role: span.role, bold: span.bold, record: true)
    }

    /// The face that draws `ch` in `role` and weight `bold`; with `record`, a fallback or missing character is
    /// noted for the build's notices (not when the engine is only asked, `fontFiles(for:)`).
    func face(for ch: Character, role: FontRole, bold: Bool, record: Bool) throws -> FontFace {
        let primary = try roleFace(role, bold: bold)
        if let latin = latinFace, let s = ch.unicodeScalars.first, CharClass.isLatin(s) || s.isASCII,
            try covers(latin, ch)
        {
            return latin
        }
        if try covers(primary, ch) { return primary }
        if ch == " " { return primary }
        for candidate in fallbackFaces where try covers(candidate, ch) {
            if record { fallbackUsed[role, default: []].insert(ch) }
            var face = candidate
            face.syntheticBold = bold
            return face
        }
        if record { missing.insert(ch) }
        return primary
    }

    /// The role's face (bold resolved lazily: a real bold weight if the stack has one, else synthetic).
    private func roleFace(_ role: FontRole, bold: Bool) throws -> FontFace {
        guard let resolved = roleFaces[role] ?? roleFaces[.body] else {
            guard let first = fallbackFaces.first else { throw TextError.noFaceForRole(role) }
            return first
        }
        guard bold else { return resolved.face }
        if let known = boldFaces[role] { return known }
        var face = resolved.face
        face.syntheticBold = true
        if let stack = stacks[role], let found = try? fonts.resolve(stack: stack, bold: true),
            found.face.family == resolved.face.family
        {
            face = found.face
        }
        boldFaces[role] = face
        return face
    }

    private func covers(_ face: FontFace, _ ch: Character) throws -> Bool {
        try fonts.withFace(face) { loaded in
            ch.unicodeScalars.allSatisfy { CharClass.isIgnorableForCoverage($0) || loaded.covers($0) }
        }
    }

    /// Shapes a run of characters in one face and size and cuts it into units at cluster boundaries
    /// that are also character boundaries, appending them (text, glyphs, units) to `store`.
    private func shapeRun(
        _ run: ArraySlice<SourceChar>, face: Int, size: Double, grid: GridSpec?,
        keepsWidth: Bool, into store: inout UnitStore, scratch: inout RunScratch
    ) throws {
        let base = store.text.count
        scratch.starts.removeAll(keepingCapacity: true)   // UTF-8 offset of each character in the run
        for c in run {
            scratch.starts.append(store.text.count - base)
            store.text.append(contentsOf: c.character.utf8)
        }
        let byteCount = store.text.count - base
        let raw = try shaped(store.text[base...], face: face)
        scratch.clusterStart.removeAll(keepingCapacity: true)
        scratch.clusterStart.append(contentsOf: repeatElement(false, count: byteCount + 1))
        for r in raw where r.cluster >= 0 && r.cluster <= byteCount { scratch.clusterStart[r.cluster] = true }
        let starts = scratch.starts, clusterStart = scratch.clusterStart
        let chars = run
        let origin = run.startIndex
        var g = 0
        var first = 0
        while first < chars.count {
            var last = first + 1   // one past the unit's last character
            while last < chars.count && !clusterStart[starts[last]] { last += 1 }
            let endByte = last < starts.count ? starts[last] : byteCount
            let glyphStart = g
            while g < raw.count && (raw[g].cluster < endByte || last == chars.count) { g += 1 }
            var utf16 = 0
            for k in first..<last { utf16 += chars[origin + k].character.utf16.count }
            let bytes = base + starts[first]..<base + endByte
            // Characters of a multi-character unit counted as its text re-read (as the unit's String used to be).
            let cells = last - first > 1 ? String(decoding: store.text[bytes], as: UTF8.self).count : last - first
            let piece = UnitPiece(
                bytes: bytes, utf16Count: utf16, cells: cells,
                first: chars[origin + first].first, last: chars[origin + last - 1].last)
            makeUnit(piece, glyphs: raw[glyphStart..<g], face: face, size: size, grid: grid, into: &store)
            if keepsWidth, !store.units.isEmpty { store.units[store.units.count - 1].keepsWidth = true }
            first = last
        }
    }

    /// Shaped glyphs of `text` (UTF-8) in face `face`, from the cache when possible (em units, size-independent).
    private func shaped(_ text: ArraySlice<UInt8>, face: Int) throws -> [RawGlyph] {
        let key = ShapeKey(text: Array(text), face: face)
        if let hit = shapeCache[key] { return hit }
        guard let fontFace = faceTable[safe: face] else { return [] }
        let string = String(decoding: text, as: UTF8.self)
        var ranges: [Range<Int>] = []
        var offset = 0
        for s in string.unicodeScalars {
            let n = UTF8.width(s)
            if CharClass.wantsFullWidthFeature(s) { ranges.append(offset..<offset + n) }
            offset += n
        }
        let script: ShapeScript = text.allSatisfy { $0 < 0x80 } ? .latin : .han
        let glyphs = try fonts.withFace(fontFace) { $0.shape(string, script: script, fullWidthRanges: ranges) }
        // Bounded cache: a report has a few thousand distinct runs; clear rather than grow without limit.
        if shapeCache.count > 20_000 { shapeCache.removeAll(keepingCapacity: true) }
        shapeCache[key] = glyphs
        return glyphs
    }

    /// One unit: glyphs in points, natural or grid advance, GB-style punctuation blanks.
    private func makeUnit(
        _ piece: UnitPiece, glyphs: ArraySlice<RawGlyph>, face: Int, size: Double, grid: GridSpec?,
        into store: inout UnitStore
    ) {
        var pen = 0.0
        let glyphStart = store.glyphs.count
        for r in glyphs {
            store.glyphs.append(PlacedGlyph(id: r.id, x: Pt((pen + r.xOffset) * size), y: Pt(-r.yOffset * size)))
            pen += r.advance
        }
        let isSpace = store.text[piece.bytes].allSatisfy { $0 == 0x20 }
        var unit = TextUnit(
            bytes: piece.bytes, utf16Count: piece.utf16Count, cells: piece.cells, face: face,
            size: size, glyphs: glyphStart..<store.glyphs.count, advance: pen * size,
            first: piece.first, last: piece.last, isSpace: isSpace)
        // A unit may hold several characters (Noto CJK ligates "——" into one 2-em glyph): count its cells.
        let cells = Double(max(piece.cells, 1))
        // Full width: East Asian wide, or a quote/dash/ellipsis the face sets at ≥ 0.8 em (Noto CJK SC: 1 em).
        unit.isWide = CharClass.isWide(piece.first) || (CharClass.isAmbiguousWide(piece.first) && pen >= 0.8 * cells)
        // GB/T 15834 §5.1.4/§5.1.5: each half of —— and …… is exactly 1 em (Noto's U+2014 is 0.89 em).
        if unit.isLong && unit.isWide { unit.advance = size * cells }
        // GB/T 9704 §5.2.3 (R3): every full-width character advances one grid cell (15.793 pt at 16 pt,
        // i.e. −0.207 pt tracking); the glyph stays at its natural place in the cell.
        if let grid, unit.isWide { unit.advance = cells * grid.pitch * size / grid.referenceSize }
        if unit.isWide && !unit.isHan && !unit.isLong {
            // A compressed mark keeps at least half the font's em (plus a hair): text extraction sees each glyph
            // as its font's full em wide and joins a glyph to the line only when it overlaps the one before by
            // at most half an em (poppler's TextOutputDev `minCharSpacing`), so on the grid, whose cell is a
            // little under 1 em, the blank is the cell less that half em.
            let blank = max(0, unit.advance - (0.5 + Self.extractionMargin) * size)
            switch CharClass.blank(piece.first) {
            case .left: unit.blankLeft = blank
            case .right: unit.blankRight = blank
            case .none: break
            }
        }
        store.units.append(unit)
    }
}

extension TextEngine {
    /// What a compressed mark keeps beyond half an em, in em, so that rounding in the PDF's coordinates never
    /// turns "overlaps by half an em" into "overlaps by more".
    static let extractionMargin = 0.005
}

/// Buffers `shapeRun` refills for every run of a paragraph, allocated once per paragraph instead of once per run.
private struct RunScratch {
    /// The UTF-8 offset of each character of the run.
    var starts: [Int] = []
    /// Whether a shaped cluster starts at each UTF-8 offset of the run (one past the end included).
    var clusterStart: [Bool] = []
}

/// Where a unit's text lies and what it starts and ends with (the facts `makeUnit` needs besides glyphs).
private struct UnitPiece {
    var bytes: Range<Int>
    var utf16Count: Int
    var cells: Int
    var first: Unicode.Scalar
    var last: Unicode.Scalar
}

extension Array {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

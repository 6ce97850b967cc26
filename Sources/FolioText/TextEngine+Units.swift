import FolioDisplay

extension TextEngine {
    /// Itemizes characters into runs of one face (per-character fallback), shapes each run once (cached),
    /// and cuts the result into units with grid advances and punctuation blanks. Call under `lock`.
    func makeUnits(_ chars: [SourceChar], spans: [TextSpan], grid: GridSpec?) throws -> [TextUnit] {
        var faces: [FontFace] = []
        faces.reserveCapacity(chars.count)
        // The face of a character depends only on the character and its span: decide each pair once per
        // paragraph (the look-up hashes font paths under the font system's lock).
        var decided: [Int: [Character: FontFace]] = [:]
        for c in chars {
            guard let span = spans[safe: c.span] else { continue }
            if let known = decided[c.span]?[c.character] { faces.append(known); continue }
            let chosen = try face(for: c.character, span: span)
            decided[c.span, default: [:]][c.character] = chosen
            faces.append(chosen)
        }
        var units: [TextUnit] = []
        var start = 0
        while start < chars.count && start < faces.count {
            var end = start + 1
            while end < chars.count && end < faces.count && chars[end].span == chars[start].span
                    && faces[end] == faces[start] { end += 1 }
            guard let span = spans[safe: chars[start].span] else { break }
            let run = chars[start..<end].map(\.character)
            units += try shapeRun(run, face: faces[start], size: span.size.value, grid: grid)
            start = end
        }
        return units
    }

    /// The face that draws `ch` in `span`: the latin face for Latin letters/digits when the theme names one,
    /// else the role's face if it has the character, else the first fallback face that has it. A character
    /// nobody has is recorded in `missing` and drawn with the role's face.
    private func face(for ch: Character, span: TextSpan) throws -> FontFace {
        let primary = try roleFace(span.role, bold: span.bold)
        if let latin = latinFace, let s = ch.unicodeScalars.first, CharClass.isLatin(s) || s.isASCII,
           try covers(latin, ch) {
            return latin
        }
        if try covers(primary, ch) { return primary }
        if ch == " " { return primary }
        for candidate in fallbackFaces where try covers(candidate, ch) {
            fallbackUsed[span.role, default: []].insert(ch)
            var face = candidate
            face.syntheticBold = span.bold
            return face
        }
        missing.insert(ch)
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
           found.face.family == resolved.face.family {
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
    /// that are also character boundaries.
    private func shapeRun(_ run: [Character], face: FontFace, size: Double, grid: GridSpec?) throws -> [TextUnit] {
        let text = String(run)
        let raw = try shaped(text, face: face)
        var starts: [Int] = []           // UTF-8 offset of each character
        var offset = 0
        for ch in run { starts.append(offset); offset += ch.utf8.count }
        let clusterStarts = Set(raw.map(\.cluster))
        var unitStarts: [Int] = []       // indices into `run`
        for (i, s) in starts.enumerated() where i == 0 || clusterStarts.contains(s) { unitStarts.append(i) }
        var units: [TextUnit] = []
        var g = 0
        for (k, first) in unitStarts.enumerated() {
            let last = k + 1 < unitStarts.count ? unitStarts[k + 1] : run.count
            let endByte = last < starts.count ? starts[last] : offset
            var glyphs: [RawGlyph] = []
            while g < raw.count && (raw[g].cluster < endByte || k + 1 == unitStarts.count) {
                glyphs.append(raw[g]); g += 1
            }
            let unitText = String(run[first..<last])
            units.append(makeUnit(unitText, glyphs: glyphs, face: face, size: size, grid: grid))
        }
        return units
    }

    /// Shaped glyphs of `text` in `face`, from the cache when possible (em units, size-independent).
    private func shaped(_ text: String, face: FontFace) throws -> [RawGlyph] {
        let key = ShapeKey(text: text, face: FaceID(face))
        if let hit = shapeCache[key] { return hit }
        var ranges: [Range<Int>] = []
        var offset = 0
        for s in text.unicodeScalars {
            let n = String(s).utf8.count
            if CharClass.wantsFullWidthFeature(s) { ranges.append(offset..<offset + n) }
            offset += n
        }
        let script: ShapeScript = text.unicodeScalars.allSatisfy(\.isASCII) ? .latin : .han
        let glyphs = try fonts.withFace(face) { $0.shape(text, script: script, fullWidthRanges: ranges) }
        // Bounded cache: a report has a few thousand distinct runs; clear rather than grow without limit.
        if shapeCache.count > 20_000 { shapeCache.removeAll(keepingCapacity: true) }
        shapeCache[key] = glyphs
        return glyphs
    }

    /// One unit: glyphs in points, natural or grid advance, GB-style punctuation blanks.
    private func makeUnit(_ text: String, glyphs: [RawGlyph], face: FontFace, size: Double, grid: GridSpec?) -> TextUnit {
        var pen = 0.0
        var placed: [PlacedGlyph] = []
        for r in glyphs {
            placed.append(PlacedGlyph(id: r.id, x: Pt((pen + r.xOffset) * size), y: Pt(-r.yOffset * size)))
            pen += r.advance
        }
        let scalars = text.unicodeScalars
        let first = scalars.first ?? " ", last = scalars.last ?? " "
        var unit = TextUnit(text: text, utf16Count: text.utf16.count, face: face, size: size, glyphs: placed,
                            advance: pen * size, first: first, last: last)
        // A unit may hold several characters (Noto CJK ligates "——" into one 2-em glyph): count its cells.
        let cells = Double(max(text.count, 1))
        // Full width: East Asian wide, or a quote/dash/ellipsis the face sets at ≥ 0.8 em (Noto CJK SC: 1 em).
        unit.isWide = CharClass.isWide(first) || (CharClass.isAmbiguousWide(first) && pen >= 0.8 * cells)
        // GB/T 15834 §5.1.4/§5.1.5: each half of —— and …… is exactly 1 em (Noto's U+2014 is 0.89 em).
        if unit.isLong && unit.isWide { unit.advance = size * cells }
        // GB/T 9704 §5.2.3 (R3): every full-width character advances one grid cell (15.793 pt at 16 pt,
        // i.e. −0.207 pt tracking); the glyph stays at its natural place in the cell.
        if let grid, unit.isWide { unit.advance = cells * grid.pitch * size / grid.referenceSize }
        if unit.isWide && !unit.isHan && !unit.isLong {
            switch CharClass.blank(first) {
            case .left: unit.blankLeft = unit.advance / 2
            case .right: unit.blankRight = unit.advance / 2
            case .none: break
            }
        }
        return unit
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

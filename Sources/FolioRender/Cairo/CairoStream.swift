import CCairo

/// Cairo's write callback: `closure` is an unretained `AtomicFile`.
let cairoWriteToAtomicFile: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let file = Unmanaged<AtomicFile>.fromOpaque(closure).takeUnretainedValue()
    guard length > 0, let data else { return CAIRO_STATUS_SUCCESS }
    let ok = file.write(UnsafeRawBufferPointer(start: data, count: Int(length)))
    return ok ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
}

/// Bytes Cairo writes, gathered in memory (a PDF, PNG or SVG a program asked for as `Data`).
final class MemorySink {
    /// Everything written so far.
    private(set) var bytes: [UInt8] = []
    /// Appends `data`.
    func write(_ data: UnsafeRawBufferPointer) { bytes.append(contentsOf: data) }
}

/// Cairo's write callback: `closure` is an unretained `MemorySink`.
let cairoWriteToMemory: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<MemorySink>.fromOpaque(closure).takeUnretainedValue()
    guard length > 0, let data else { return CAIRO_STATUS_SUCCESS }
    sink.write(UnsafeRawBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

import CCairo

/// Turns a Cairo status into `RenderError.cairo` unless it is success.
func checkCairo(_ status: cairo_status_t, _ operation: String) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    throw RenderError.cairo(operation: operation, status: cairoMessage(status))
}

/// Cairo's text for a status.
func cairoMessage(_ status: cairo_status_t) -> String {
    guard let text = cairo_status_to_string(status) else { return "status \(status.rawValue)" }
    return String(cString: text)
}

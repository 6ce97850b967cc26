import Dispatch

/// Where a build's time went, phase by phase (`folio build --timings`, Benchmarks/README.md).
public struct PhaseTime: Sendable, Hashable {
    /// The phase: "load", "fonts", "pages", "finish".
    public var name: String
    /// Wall time in seconds.
    public var seconds: Double
}

/// Measures consecutive phases on the monotonic clock.
struct PhaseClock {
    private var start = DispatchTime.now().uptimeNanoseconds
    /// The phases measured so far, in order.
    private(set) var phases: [PhaseTime] = []

    /// Ends the phase `name` now and starts the next.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append(PhaseTime(name: name, seconds: Double(now - start) / 1e9))
        start = now
    }
}

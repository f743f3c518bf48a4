import Foundation  // NSLock

/// Counts units of work — bytes scanned, items examined — so a test can pin a step's cost as
/// linear in its input by comparing the counts at n and 4n, never by timing it.
///
/// Steps whose cost could grow faster than their input report what they do with `add(_:)`. When
/// nothing measures, that is one task-local read per call (calls are per scan or per lookup,
/// never per byte). Work done on other threads (`parallelMap`) is not seen: measure a step by
/// calling it directly.
public final class WorkMeter: @unchecked Sendable {
    @TaskLocal private static var current: WorkMeter?

    private let lock = NSLock()
    private var units = 0

    private init() {}

    /// Records `units` of work for the measurement in progress, if any.
    @inline(__always)
    public static func add(_ units: Int) {
        guard let meter = current else { return }
        meter.lock.withLock { meter.units += units }
    }

    /// Runs `body` and returns its result with the work it reported.
    public static func measure<T>(_ body: () throws -> T) rethrows -> (result: T, work: Int) {
        let meter = WorkMeter()
        let result = try $current.withValue(meter) { try body() }
        return (result, meter.lock.withLock { meter.units })
    }
}

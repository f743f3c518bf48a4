import Diagnostics

/// How much the work `WorkMeter` records grows when the input grows fourfold: about 4 for a
/// linear step, 16 for a quadratic one. `body(n)` builds an input of size `n` and runs the step
/// on it (directly, not through `parallelMap`, whose threads the meter does not see).
/// NaN when nothing was recorded, so a test of a step that reports no work fails.
public func workGrowth(from n: Int, _ body: (Int) throws -> Void) rethrows -> Double {
    let small = try WorkMeter.measure { try body(n) }.work
    let large = try WorkMeter.measure { try body(4 * n) }.work
    return small == 0 ? .nan : Double(large) / Double(small)
}

/// The growth a linear step stays under: 4 plus room for fixed costs.
public let linearGrowth = 4.5

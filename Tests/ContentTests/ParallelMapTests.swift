import Foundation
import Testing

@testable import Content

/// Live instances of `Tracked`, one counter per test case (the cases run concurrently).
private final class LiveCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add(_ delta: Int) { lock.withLock { count += delta } }
}

/// A result that counts itself, so a test sees whether anything still holds it.
private final class Tracked: Sendable {
    let value: Int
    let live: LiveCount
    init(_ value: Int, live: LiveCount) {
        self.value = value
        self.live = live
        live.add(1)
    }
    deinit { live.add(-1) }
}

@Suite("parallelMap")
struct ParallelMapTests {
    @Test("results come back in order", arguments: [0, 1, 2, 63, 64, 65, 1000])
    func order(count: Int) {
        let input = Array(0..<count)
        #expect(input.parallelMap { $0 * 2 } == input.map { $0 * 2 })
    }

    /// Every build runs its pages through parallelMap; a reference kept per result grew a
    /// long-running `jobsite serve` by every page of every rebuild.
    @Test("keeps no reference to a result once the caller drops it", arguments: [2, 3, 100])
    func releasesResults(count: Int) {
        let live = LiveCount()
        do {
            let results = Array(0..<count).parallelMap { Tracked($0, live: live) }
            #expect(results.map(\.value) == Array(0..<count))
            #expect(live.value == count)
        }
        #expect(live.value == 0)
    }
}

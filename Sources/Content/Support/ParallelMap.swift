import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over all cores, results in the original order.
    /// Build stages are pure per item, so this is the only concurrency they need.
    ///
    /// The results live in an Array from the start, so Swift releases them: a hand-allocated
    /// buffer that was deallocated without being deinitialized kept one reference to every
    /// result (every rendered page, each build), which grew `jobsite serve` by ~20 KB a rebuild.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        // Chunks keep scheduling overhead low for many small items.
        let chunks = Swift.min(count, 64)
        let chunkSize = (count + chunks - 1) / chunks
        results.withUnsafeMutableBufferPointer { buffer in
            let box = UnsafeSendableBuffer(buffer)
            self.withUnsafeBufferPointer { items in
                let source = UnsafeSendableBuffer(UnsafeMutableBufferPointer(mutating: items))
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = chunk * chunkSize
                    let end = Swift.min(start + chunkSize, count)
                    guard start < end else { return }
                    for index in start..<end {
                        box.buffer[index] = transform(source.buffer[index])
                    }
                }
            }
        }
        return results.map { $0! }
    }
}

/// Each index is written by exactly one iteration, so sharing the buffer is safe.
private struct UnsafeSendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

import Build
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line on standard error that says which stage a build is in, for builds longer than a
/// moment: it appears after `delay`, is redrawn in place, and is erased before anything else
/// is printed. Only on a terminal (and not with `TERM=dumb`); piped or in CI the output stays
/// plain, with no control characters.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var stage: BuildStage?
    private var shown = false
    private var finished = false
    private let started = Date()
    private let delay: TimeInterval
    private let timer: DispatchSourceTimer

    /// nil when standard error is not a terminal. `JOBSITE_PROGRESS_DELAY` (seconds) overrides
    /// the delay; the tests set 0 to see the line on a small site.
    static func start(delay: TimeInterval = 0.4) -> ProgressLine? {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        let configured = ProcessInfo.processInfo.environment["JOBSITE_PROGRESS_DELAY"].flatMap(TimeInterval.init)
        return ProgressLine(delay: configured ?? delay)
    }

    private init(delay: TimeInterval) {
        self.delay = delay
        timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + delay, repeating: 0.1)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    /// For `BuildOptions.progress`.
    func enter(_ stage: BuildStage) {
        lock.withLock { self.stage = stage }
        if Date().timeIntervalSince(started) >= delay { draw() }
    }

    private func draw() {
        lock.withLock {
            guard !finished, let stage else { return }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            // \r and "erase line": the line is redrawn in place.
            FileHandle.standardError.write(Data("\r\u{1B}[2Kbuilding: \(stage.rawValue)… \(seconds) s".utf8))
            shown = true
        }
    }

    /// Stops drawing and erases the line, so the diagnostics and the summary start clean.
    func finish() {
        timer.cancel()
        lock.withLock {
            finished = true
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        }
    }
}

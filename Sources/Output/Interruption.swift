import Foundation

/// Stops a build on a signal (Ctrl-C, SIGTERM) without leaving a staging folder beside the output.
///
/// The command line calls ``request(exitStatus:stopNow:)`` from its signal handler. While no
/// staging folder exists, `stopNow` runs at once (the process exits there: nothing to tidy up).
/// While one exists, the writer sees the request before its next file (or before the swap), moves
/// back what it moved of the user's, deletes its staging folder and fails with an
/// `output.interrupted` error; once the swap is done the build finishes as it would have. The
/// command line then exits with ``requestedExitStatus``.
public final class Interruption: @unchecked Sendable {
    /// The one the command line's signal handlers use, and every ``OutputWriter`` by default.
    public static let shared = Interruption()

    private let lock = NSLock()
    private var stagingFolders = 0
    private var exitStatus: Int32?

    public init() {}

    /// Asks the build to stop. `stopNow` runs, with the lock held so that no staging folder can
    /// be created meanwhile, when no staging folder exists, or when a stop was already asked for
    /// (a second Ctrl-C stops at once; the next build tidies up what is left).
    public func request(exitStatus status: Int32, stopNow: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        let repeated = exitStatus != nil
        if !repeated { exitStatus = status }
        if repeated || stagingFolders == 0 { stopNow() }
    }

    /// The exit status of the first request, if a stop was asked for.
    public var requestedExitStatus: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return exitStatus
    }

    /// Whether a stop was asked for; cheap enough to ask before every file.
    var isRequested: Bool { requestedExitStatus != nil }

    /// Announces a staging folder about to be created; `false` (and no folder may be created) when
    /// a stop was already asked for. Every `true` must be followed by ``endStaging()``.
    func beginStaging() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard exitStatus == nil else { return false }
        stagingFolders += 1
        return true
    }

    /// The staging folder announced by ``beginStaging()`` is gone (or is the output now).
    func endStaging() {
        lock.lock()
        defer { lock.unlock() }
        stagingFolders -= 1
    }
}

/// The build was asked to stop before the site was in place.
struct Interrupted: Error, CustomStringConvertible {
    var description: String { "the build was stopped" }
}

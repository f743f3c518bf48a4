import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Staging or previous-output folders a build left beside `destination`, by name.
public func leftovers(beside destination: URL) -> [String] {
    let parent = destination.deletingLastPathComponent().path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
    return names.filter { $0.contains(".jobsite-staging-") || $0.contains(".jobsite-previous-") }.sorted()
}

/// The inode of `path`, not following a link: a rename keeps it, a copy does not.
public func inode(_ path: URL) -> UInt64? {
    var info = stat()
    return lstat(path.path, &info) == 0 ? UInt64(info.st_ino) : nil
}

/// Sends SIGSTOP to `pid` and returns once every thread of it is stopped (state `T` in
/// `/proc/<pid>/task/*/stat`). `kill` only posts the signal: on another core the process's
/// threads go on writing until each of them takes it, so a test that looks at what the process
/// wrote right after `kill` races with it. Returns false when the process ended first or did not
/// stop within `timeout` seconds.
@discardableResult
public func stopAndWait(_ pid: Int32, timeout: Double = 30) -> Bool {
    guard kill(pid, SIGSTOP) == 0 else { return false }
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if let states = threadStates(pid), !states.isEmpty, states.allSatisfy({ $0 == "T" || $0 == "t" }) {
            return true
        }
        usleep(1_000)
    }
    return false
}

/// The state letter of each thread of `pid` (`R`, `S`, `T`, …), or nil when it is gone.
private func threadStates(_ pid: Int32) -> [Character]? {
    let tasks = "/proc/\(pid)/task"
    guard let ids = try? FileManager.default.contentsOfDirectory(atPath: tasks) else { return nil }
    return ids.compactMap { id in
        // The state follows the last ")" (the command name in parentheses may contain any byte).
        guard let stat = try? String(contentsOfFile: "\(tasks)/\(id)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].first { $0 != " " }
    }
}

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

import Dispatch
import Foundation

/// Runs Debian's `cmark-gfm` command-line tool, the reference the conformance test compares with.
enum CMarkCLI {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The `cmark-gfm` executable on PATH (or in /usr/bin), if any.
    static func locate() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for folder in folders {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent("cmark-gfm")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The CLI's output for each input, one process per input (each is its own document).
    /// Runs a few processes at a time: spawning dominates, and it overlaps well.
    static func render(_ inputs: [String], executable: URL, arguments: [String]) throws -> [String] {
        let outputs = Outputs(count: inputs.count)
        let workers = 4
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: inputs.count, by: workers) {
                outputs.set(index, Result { try run(executable, arguments, input: inputs[index]) })
            }
        }
        return try outputs.all().map { try $0.get() }
    }

    private static func run(_ executable: URL, _ arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // cmark-gfm reads all of its input before it writes anything, so writing first and then
        // reading cannot deadlock on full pipes.
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "cmark-gfm exited with \(process.terminationStatus): "
                + String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

    private final class Outputs: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<String, Error>?]
        init(count: Int) { results = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ result: Result<String, Error>) { lock.withLock { results[index] = result } }
        func all() -> [Result<String, Error>] {
            lock.withLock { results.map { $0 ?? .failure(Failure(description: "not run")) } }
        }
    }
}

import BuiltIn
import Foundation
import TestSupport
import Testing

/// The files compiled into jobsite are generated from folders of the repository; they must be
/// those folders byte for byte.
@Suite struct BuiltInFilesTests {
    /// Every file below `folders` of `root` (litter skipped, as the generator does), path → bytes.
    static func files(in root: URL, _ folders: [String]) -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        for folder in folders {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      ![".DS_Store", "Thumbs.db"].contains(url.lastPathComponent) else { continue }
                found[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = [UInt8](try! Data(contentsOf: url))
            }
        }
        return found
    }

    /// What differs between the embedded files and the folders, one line per path.
    static func differences(embedded: [BuiltInFile], onDisk: [String: [UInt8]]) -> [String] {
        let compiled = Dictionary(embedded.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        return Set(compiled.keys).union(onDisk.keys).sorted().compactMap { path in
            switch (compiled[path], onDisk[path]) {
            case (nil, _): "\(path): not compiled in"
            case (_, nil): "\(path): compiled in, but no longer in the repository"
            case let (a?, b?) where a != b: "\(path): the compiled bytes differ"
            default: nil
            }
        }
    }

    @Test func theDefaultThemeIsTheRepositorysTemplatesAndStaticFolders() {
        let diff = Self.differences(embedded: DefaultTheme.files, onDisk: Self.files(in: repositoryRoot, ["templates", "static"]))
        #expect(diff.isEmpty, "the built-in theme is out of date; run `make theme`:\n\(diff.joined(separator: "\n"))")
        #expect(DefaultTheme.files.map(\.path) == DefaultTheme.files.map(\.path).sorted(), "generated in a deterministic order")
        #expect(DefaultTheme.files.count >= 10)
    }

    @Test func anyBytesSurviveTheGenerator() throws {
        let folder = try TemporaryFolder()
        let samples: [String: [UInt8]] = [
            "in/quotes.txt": Array(####"a "quote" \# \(x) ""# and "##"""## end"####.utf8) + [0x0A],
            "in/no-newline.txt": Array("last line".utf8),
            "in/crlf.txt": Array("a\r\nb\r\n".utf8),
            "in/binary.bin": [0, 1, 2, 0xFF, 0xFE, 0x80],
            "in/unicode.txt": Array("Grüße, 東京 — \t tab\n\n".utf8),
        ]
        for (path, bytes) in samples {
            let url = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let output = folder.url.appendingPathComponent("Out.swift")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.appendingPathComponent("tools/embed_files.py").path,
                             "--type", "Sample", "--root", folder.url.path, "--output", output.path, "in"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let swift = try String(contentsOf: output, encoding: .utf8)
        // Text is kept as text (reviewable in a diff); only what cannot be is base64.
        #expect(swift.contains(#"BuiltInFile(path: "in/binary.bin", base64: "AAEC//6A")"#))
        #expect(swift.contains(#"BuiltInFile(path: "in/crlf.txt", base64: "#))
        #expect(swift.contains("BuiltInFile(path: \"in/quotes.txt\", text: ###\"\"\"\n"))
        #expect(swift.contains("BuiltInFile(path: \"in/no-newline.txt\", text: #\"\"\"\nlast line\n\"\"\"#)"))
        #expect(swift.contains("Grüße, 東京 — \t tab\n\n\n\"\"\"#)"))
    }
}

extension BuiltInFilesTests {
    @Test func theStarterSiteIsTheRepositorysStarterFolder() {
        let diff = Self.differences(embedded: StarterSite.files, onDisk: Self.files(in: repositoryRoot.appendingPathComponent("starter"), ["."]))
        #expect(diff.isEmpty, "the compiled starter site is out of date; run `make theme`:\n\(diff.joined(separator: "\n"))")
        #expect(StarterSite.files.contains { $0.path == "site.yml" })
    }
}

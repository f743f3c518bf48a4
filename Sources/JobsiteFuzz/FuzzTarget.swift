// A coverage-guided fuzz target over one content file's whole path through the build:
// bytes → UTF-8 check → front matter → YAML → validation → link → Markdown (cmark-gfm) →
// link rewriting and anchor checks → templates. Built only by `make fuzz`, with
// `-sanitize=fuzzer` (libFuzzer supplies `main`); a plain build gets the replay `main` below,
// which runs saved inputs through the same function (how a crash found by the fuzzer is replayed).
import Build
import Content
import Foundation

/// The site every input is built in: the sample's settings and the repository's theme, read
/// once. The input becomes one content file; its first byte picks which kind (posting, ladder,
/// FAQ entry, page), so one corpus explores every parser.
enum FuzzSite {
    static let root = URL(fileURLWithPath: ProcessInfo.processInfo.environment["JOBSITE_FUZZ_SITE"]
        ?? FileManager.default.currentDirectoryPath)
    static let base: SiteSources = {
        let (sources, _) = SourceLoader.load(root: root)
        return SiteSources(layout: sources.layout, config: sources.config, content: [],
                           templates: sources.templates, staticFiles: sources.staticFiles)
    }()
    static let paths = ["content/roles/fuzz.md", "content/ladders/fuzz.md", "content/faq/fuzz.md", "content/fuzz.md"]
    static let options = BuildOptions(source: root, includeDrafts: true,
                                      today: CalendarDate(year: 2026, month: 11, day: 30)!)

    /// Builds the site with the input as its one content file; never writes to disk.
    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let kind = bytes.first else { return }
        let path = paths[Int(kind) % paths.count]
        var sources = base
        switch SourceFile.decode(path: path, bytes: Array(bytes.dropFirst())) {
        case .success(let file): sources.content = [file]
        case .failure: return
        }
        _ = SiteBuilder.generate(sources, options: options)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzSite.run(UnsafeRawBufferPointer(start: data, count: count))
    return 0
}

#if FUZZING
// SwiftPM links an executable's entry point under its own name (`main` is defined as
// `jobsite_fuzz_main`), so libFuzzer's `main` is never pulled in: start its driver from here.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("jobsite_fuzz_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzzOneInput(data, count) }
}
#else
/// Replays inputs: `jobsite-fuzz FILE…` builds each file as the fuzzer would.
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            data.withUnsafeBytes { FuzzSite.run($0) }
            print("ok \(path)")
        }
    }
}
#endif

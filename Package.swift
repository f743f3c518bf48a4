// swift-tools-version:6.0
// jobsite: a static site generator for job postings, career ladders and FAQs.
//
// The build reads like its description: load → validate → link → render → write.
// Each stage is its own module and only depends on the stages before it.
import PackageDescription

let package = Package(
    name: "jobsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jobsite", targets: ["jobsite"]),
        .library(name: "JobsiteBuild", targets: ["Build"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        // Tests only: a streaming HTTP client for the event stream of a live server.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.30.0"),
    ],
    targets: [
        // cmark-gfm from the system (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Values every stage reports problems with: file, line, column, severity, rule id.
        .target(name: "Diagnostics"),
        // load + validate: files on disk → typed, checked documents (site.yml and content/**/*.md).
        .target(name: "Content", dependencies: [
            "Diagnostics",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Markdown → HTML through cmark-gfm: GFM extensions, heading ids, link rewriting.
        .target(name: "Markdown", dependencies: ["CMarkGFM", "Diagnostics"]),
        // link: documents → one site graph with URLs, cross references and page models.
        .target(name: "Site", dependencies: ["Diagnostics", "Content"]),
        // render: site graph + templates → output files (bytes at relative paths).
        .target(name: "Render", dependencies: [
            "Diagnostics", "Content", "Markdown", "Site",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // lint: what postings say (pay transparency, wording, freshness, structure), over the linked site.
        // Its pay transparency table is data/pay-transparency.yml, compiled in as BuiltInData.
        .target(name: "Lint", dependencies: [
            "Diagnostics", "Content", "Site", "BuiltIn",
            .product(name: "Yams", package: "Yams"),
        ]),
        // write: output files → a folder, staged and swapped in only when complete.
        .target(name: "Output", dependencies: ["Diagnostics"]),
        // Files compiled into the binary: the default theme (templates/, static/) and the
        // starter site (starter/), as generated Swift sources (`make theme`).
        .target(name: "BuiltIn"),
        // The pipeline that runs the stages in order.
        .target(name: "Build", dependencies: [
            "Diagnostics", "Content", "Markdown", "Site", "Lint", "Render", "Output", "BuiltIn",
        ]),
        // Writing files into a site: `theme eject`, `init`, `new`.
        .target(name: "Scaffold", dependencies: ["BuiltIn", "Content", "Diagnostics"]),
        // `jobsite serve`: builds into memory, serves it over HTTP (Hummingbird), watches the sources,
        // rebuilds and reloads open pages. Only the CLI depends on it, never the build pipeline.
        .target(name: "Serve", dependencies: [
            "Build", "Content", "Diagnostics", "Output",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // Command-line interface: `jobsite build`, `render`, `theme`, `init`, `new`.
        .target(name: "JobsiteCLI", dependencies: [
            "Build", "Markdown", "Diagnostics", "Output", "Scaffold", "Serve",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "jobsite", dependencies: ["JobsiteCLI"]),
        // libFuzzer target over one content file's whole path (`make fuzz`; see README: Fuzzing).
        .executableTarget(name: "jobsite-fuzz", dependencies: ["Build", "Content"], path: "Sources/JobsiteFuzz"),

        // Shared by every test target: inline fixture sites with position markers, scratch folders.
        .target(name: "TestSupport", dependencies: ["Build", "Content", "Diagnostics", "Lint", "Render"], path: "Tests/TestSupport"),

        .testTarget(name: "ContentTests", dependencies: ["Content", "Diagnostics", "TestSupport"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Diagnostics", "TestSupport"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Content", "Diagnostics", "TestSupport"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Site", "Content", "Diagnostics", "TestSupport"]),
        .testTarget(name: "LintTests", dependencies: ["Lint", "Site", "Content", "Diagnostics", "BuiltIn", "Build", "TestSupport"]),
        .testTarget(name: "OutputTests", dependencies: ["Output", "Diagnostics", "TestSupport"]),
        .testTarget(name: "ScaffoldTests", dependencies: ["Scaffold", "BuiltIn", "Build", "Content", "Diagnostics", "TestSupport"]),
        .testTarget(name: "ServeTests", dependencies: [
            "Serve", "Build", "Content", "Diagnostics", "TestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        .testTarget(
            name: "BuildTests",
            dependencies: ["Build", "BuiltIn", "JobsiteCLI", "Diagnostics", "Lint", "Render", "TestSupport",
                           .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]
        ),
    ]
)

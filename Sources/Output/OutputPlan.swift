import Diagnostics
import Foundation

/// One file the build publishes: bytes at a relative path inside the output folder.
public struct OutputFile: Sendable, Hashable {
    /// Relative, `/`-separated path inside the output folder, e.g. `roles/x/index.html`.
    /// It must pass ``OutputPath/validate(_:)``.
    public var path: String
    /// The exact bytes to write.
    public var contents: [UInt8]
    /// What produced this file (the page's source), so a problem with it points at a file the
    /// user can edit. Optional: diagnostics name the output path either way.
    public var origin: SourceLocation?
    /// What the file is (`text/html`, `application/atom+xml` …); checks for one kind skip the rest.
    public var mediaType: MediaType

    /// `mediaType` defaults to the one a static host gives `path` by its extension.
    public init(path: String, contents: [UInt8], mediaType: MediaType? = nil, origin: SourceLocation? = nil) {
        self.path = path
        self.contents = contents
        self.mediaType = mediaType ?? MediaType(forPath: path)
        self.origin = origin
    }

    /// A text file, written as UTF-8.
    public init(path: String, text: String, mediaType: MediaType? = nil, origin: SourceLocation? = nil) {
        self.init(path: path, contents: Array(text.utf8), mediaType: mediaType, origin: origin)
    }
}

/// A file copied byte for byte from the site's sources (e.g. `static/logo.svg`) into the output.
///
/// The source is opened and read like any file; it must be a regular file (or a symbolic link to
/// one — the caller decides which links are acceptable). The copy is a plain file with mode 0644.
public struct StaticCopy: Sendable, Hashable {
    /// The file to copy.
    public var source: URL
    /// Relative, `/`-separated path inside the output folder. It must pass ``OutputPath/validate(_:)``.
    public var path: String
    /// Where the copy comes from as the user should see it; defaults to nothing, and diagnostics
    /// then name the source's file system path.
    public var origin: SourceLocation?

    public init(source: URL, path: String, origin: SourceLocation? = nil) {
        self.source = source
        self.path = path
        self.origin = origin
    }
}

/// Everything one build publishes. The output folder ends up holding exactly these files plus
/// jobsite's marker file, nothing else.
public struct OutputPlan: Sendable, Hashable {
    public var files: [OutputFile]
    public var copies: [StaticCopy]

    public init(files: [OutputFile] = [], copies: [StaticCopy] = []) {
        self.files = files
        self.copies = copies
    }
}

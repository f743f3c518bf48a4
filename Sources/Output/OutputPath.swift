/// The rules a path inside the output folder must follow, checked before anything is written.
public enum OutputPath {
    /// The file that marks a folder as written by jobsite. A build replaces a non-empty output
    /// folder only when this file is in it.
    public static let marker = ".jobsite"

    /// The marker's contents: fixed, so two builds of the same site give identical folders.
    public static let markerContents = "Written by jobsite build; replaced on every build. Edit the site's sources, not these files.\n"

    /// Names at the top of the output folder that belong to the user, not to the build: a rebuild
    /// moves them over into the new output folder unchanged (one rename each: same inode, same
    /// bytes), and a folder holding nothing else is accepted as an output folder without the marker.
    ///
    /// - `.git`: the deploy branch checked out in the output folder (a file in a `git worktree`,
    ///   a folder in a clone). Always kept; no site file may have that name.
    /// - `CNAME`, `.nojekyll` (GitHub Pages settings): kept only while the site does not provide
    ///   them. A site file at that name (`static/CNAME`) wins and replaces the user's; the marker
    ///   then records it, so that once the site stops providing it the next build removes it.
    public static let userNames = [gitName, "CNAME", ".nojekyll"]

    /// The one user name kept even when it conflicts with nothing: git's own.
    public static let gitName = ".git"

    /// The marker's contents when the site itself provides some of ``userNames`` (sorted).
    public static func markerContents(siteProvided names: [String]) -> String {
        names.isEmpty ? markerContents : markerContents + siteProvidedPrefix + names.joined(separator: ", ") + "\n"
    }

    /// The names a marker (its text) records as written from the site, not kept from the user.
    static func siteProvidedNames(inMarker text: String?) -> Set<String> {
        guard let text else { return [] }
        let line = text.split(separator: "\n").first { $0.hasPrefix(siteProvidedPrefix) }
        let names = line?.dropFirst(siteProvidedPrefix.count).split(separator: ",") ?? []
        return Set(names.map { String($0.drop { $0 == " " }) })
    }

    private static let siteProvidedPrefix = "Written from the site, not kept from before: "

    /// The longest file or folder name most file systems accept, in UTF-8 bytes.
    public static let maximumNameLength = 255

    /// Why `path` may not be written inside the output folder, or `nil` when it may.
    ///
    /// A valid path is relative and `/`-separated, is not empty, and has no empty, `.` or `..`
    /// segment, no backslash, no control character (NUL included) and no name longer than
    /// ``maximumNameLength`` bytes. The marker's name and `.git` are reserved at the top level.
    /// Such a path can only name a place inside the output folder, whatever folder that is.
    public static func validate(_ path: String) -> String? {
        // Works on the UTF-8 bytes: it runs for every file of every build.
        var shown: String { path.debugDescription }
        let bytes = path.utf8
        guard let first = bytes.first else {
            return "an output path is empty"
        }
        if first == UInt8(ascii: "/") {
            return "output path \(shown) is absolute; it must be relative to the output folder"
        }
        if bytes.contains(UInt8(ascii: "\\")) {
            return "output path \(shown) contains a backslash; use '/' between folders"
        }
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F })
            || (bytes.contains(where: { $0 >= 0x80 }) && path.unicodeScalars.contains(where: isControl)) {
            return "output path \(shown) contains a control character"
        }
        for segment in bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            switch segment.count {
            case 0:
                return "output path \(shown) has an empty segment ('//' or a trailing '/')"
            case 1 where segment.first == UInt8(ascii: "."):
                return "output path \(shown) has a '.' segment"
            case 2 where segment.allSatisfy({ $0 == UInt8(ascii: ".") }):
                return "output path \(shown) has a '..' segment, which could leave the output folder"
            case (maximumNameLength + 1)...:
                return "output path \(shown) has a name longer than \(maximumNameLength) bytes"
            default:
                continue
            }
        }
        if path == marker || path.hasPrefix(marker + "/") {
            return "output path \(shown) is reserved for jobsite's marker file"
        }
        if path == gitName || path.hasPrefix(gitName + "/") {
            return "output path \(shown) is reserved for the git checkout a rebuild keeps in the output folder"
        }
        return nil
    }

    /// C0 and C1 control characters and DEL: never useful in a file name, and dangerous in a terminal.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

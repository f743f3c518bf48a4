import BuiltIn
import Content
import Diagnostics
import Foundation

/// `jobsite init`: a new site that builds at once, from the starter files compiled into jobsite.
public enum Starter {
    /// How long the starter's postings stay open, like postings made with `jobsite new role`.
    public static let validityDays = NewContent.validityDays

    /// The starter files with their dates filled in: postings are posted `today` and open for
    /// `validityDays`, so a new site has no expired posting.
    public static func files(today: CalendarDate) -> [NewFile] {
        StarterSite.files.map { file in
            let text = file.text
                .replacingOccurrences(of: "{{today}}", with: today.description)
                .replacingOccurrences(of: "{{in_60_days}}", with: today.adding(days: validityDays).description)
            return NewFile(path: file.path, text: text)
        }
    }

    /// Writes the starter site into `root`, creating the folder when needed.
    ///
    /// A folder that holds anything but hidden entries (`.git`, `.editorconfig`) is refused unless
    /// `force`; with `force`, only the starter files that do not exist are written and every
    /// existing file is kept as it is (jobsite never overwrites or deletes here). Returns the
    /// paths written and the paths kept.
    public static func initialize(_ root: URL, force: Bool, today: CalendarDate) -> (written: [String], kept: [String], [Diagnostic]) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: root.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                return ([], [], [.error("\(root.path) is a file; expected a folder for the new site", at: nil, rule: "init.not-a-folder")])
            }
            let visible = ((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            if !visible.isEmpty && !force {
                let shown = visible.prefix(5).joined(separator: ", ") + (visible.count > 5 ? ", …" : "")
                return ([], [], [.error("\(root.path) is not empty (it holds \(shown)); `jobsite init` starts a site in an empty or new folder. To add the starter files anyway, keeping every file that is there, run it again with --force",
                                        at: nil, rule: "init.not-empty")])
            }
        }
        let files = files(today: today)
        let kept = NewFiles.existing(files, in: root)
        let (written, diagnostics) = NewFiles.write(files.filter { !kept.contains($0.path) }, into: root,
                                                    hint: "It appeared while jobsite init was running.")
        return (written, kept, diagnostics)
    }
}

extension CalendarDate {
    /// The calendar day `days` later (earlier when negative).
    func adding(days: Int) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let parts = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: days, to: start)!)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

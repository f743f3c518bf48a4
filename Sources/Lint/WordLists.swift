import BuiltIn
import Foundation  // trimmingCharacters

/// A list of coded words (`data/wording/masculine-coded.txt`): stems with `*` match words that
/// start with them, other entries whole words only; both lowercase.
struct CodedWords: Sendable {
    private var byFirst: [Unicode.Scalar: [(stem: [Unicode.Scalar], prefix: Bool)]] = [:]

    /// Entries one a line; `#` starts a comment line.
    init(_ text: String) {
        for line in DataLines(text) {
            let prefix = line.hasSuffix("*")
            let stem = Array((prefix ? String(line.dropLast()) : line).lowercased().unicodeScalars)
            guard let first = stem.first else { continue }
            byFirst[first, default: []].append((stem, prefix))
        }
    }

    var count: Int { byFirst.values.map(\.count).reduce(0, +) }

    /// Whether a lowercased word is on the list: equal to an entry, or starting with a stem.
    func contains(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first, let entries = byFirst[first] else { return false }
        return entries.contains { entry in
            entry.prefix ? word.starts(with: entry.stem) : word.elementsEqual(entry.stem)
        }
    }
}

/// One line of `data/wording/exclusionary.txt`: `phrase | alternative | why`.
struct ExclusionaryPhrase: Sendable {
    /// Lowercase, without a final `*`; a space stands for one space or a line break.
    var scalars: [Unicode.Scalar]
    /// A final `*`: the last word may go on (`rockstar*` matches `rockstars`).
    var prefix: Bool
    var alternative: String
    var reason: String

    /// Nil for a line that is not `phrase | alternative | why` (a test keeps the file well-formed).
    init?(line: String) {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, !parts.contains(where: \.isEmpty) else { return nil }
        prefix = parts[0].hasSuffix("*")
        scalars = Array((prefix ? String(parts[0].dropLast()) : parts[0]).lowercased().unicodeScalars)
        alternative = parts[1]
        reason = parts[2]
    }
}

/// The word lists the wording lints use, from the files compiled into jobsite.
struct WordLists: Sendable {
    var masculine: CodedWords
    var feminine: CodedWords
    var phrases: [ExclusionaryPhrase]

    static let builtIn = WordLists(masculine: CodedWords(WordingData.text("masculine-coded.txt")),
                                   feminine: CodedWords(WordingData.text("feminine-coded.txt")),
                                   phrases: DataLines(WordingData.text("exclusionary.txt")).compactMap(ExclusionaryPhrase.init(line:)))
}

/// The entries of a data file: trimmed lines that are neither empty nor `#` comments.
struct DataLines: Sequence {
    var lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    func makeIterator() -> IndexingIterator<[String]> { lines.makeIterator() }
}

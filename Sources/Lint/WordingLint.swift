import Content
import Diagnostics

/// What a posting's words say beyond their meaning (README: Wording), in English postings:
/// - `wording.masculine-coded`: one note when the title, summary and body hold more of the
///   masculine-coded words of Gaucher, Friesen & Kay (2011) than feminine-coded ones, at the
///   first coded word, listing each with its lines. The research judges the balance, so single
///   words are not findings.
/// - `wording.exclusionary`: a warning at each exclusionary or age-coded phrase, with an
///   alternative as the suggestion.
public struct WordingLint: SiteLint {
    let lists: WordLists

    public init() { lists = .builtIn }

    init(lists: WordLists) { self.lists = lists }

    public func findings(in context: LintContext) -> [Diagnostic] {
        // Each posting on its own, on every core: the scan is the lint stage's largest cost.
        let postings = context.graph.roles.filter { $0.isEnglish(site: context.graph.config) }.parallelMap { role in
            let passages = role.passages(body: context.body(of: role)) + role.ownSectionPassages
            return exclusionary(in: passages) + [codedBalance(in: passages)].compactMap { $0 }
        }.flatMap { $0 }
        return postings + exclusionary(in: Self.sharedSectionPassages(context.graph.config))
    }

    /// The shared sections of site.yml (or their files under `content/_shared/`) in an English
    /// site: every posting shows them, so a phrase there is one warning at the phrase, not one
    /// per posting. They do not count in a posting's coded-word balance, which the research
    /// measured on the ad's own text.
    static func sharedSectionPassages(_ config: SiteConfig) -> [Passage] {
        guard isEnglish(tag: config.language) else { return [] }
        return config.postingSections.compactMap { Passage(section: $0.text) }
    }

    // MARK: coded words

    struct CodedHit {
        var word: String
        var location: SourceLocation
        var masculine: Bool
    }

    /// The note for a masculine-coded posting, or nil.
    func codedBalance(in passages: [Passage]) -> Diagnostic? {
        let hits = passages.flatMap(codedWords).sorted { $0.location < $1.location }
        let masculine = hits.filter(\.masculine), feminine = hits.filter { !$0.masculine }
        guard masculine.count > feminine.count, let first = hits.first else { return nil }
        let message = "the posting's wording is masculine-coded (\(masculine.count) masculine-coded "
            + "\(masculine.count == 1 ? "word" : "words") against \(feminine.count) feminine-coded), which makes "
            + "a job less appealing to women (Gaucher, Friesen & Kay 2011): \(Self.list(masculine)); "
            + "feminine-coded: \(feminine.isEmpty ? "none" : Self.list(feminine))"
        return .note(message, at: first.location, rule: "wording.masculine-coded")
    }

    /// `lead (lines 3, 9), ambitious (line 14)`: each word once, in the order first found.
    private static func list(_ hits: [CodedHit]) -> String {
        var order: [String] = []
        var lines: [String: [Int]] = [:]
        for hit in hits {
            if lines[hit.word] == nil { order.append(hit.word) }
            if lines[hit.word]?.last != hit.location.line { lines[hit.word, default: []].append(hit.location.line) }
        }
        return order.map { word in
            let found = lines[word] ?? []
            return "\(word) (\(found.count == 1 ? "line" : "lines") \(found.map(String.init).joined(separator: ", ")))"
        }.joined(separator: ", ")
    }

    /// Every coded word of a passage. A hyphenated word that is not on a list as a whole counts
    /// by its parts (`fast-learning team-leader`: `leader`).
    func codedWords(in passage: Passage) -> [CodedHit] {
        let text = passage.prose.lowered
        var hits: [CodedHit] = []
        for word in Self.words(in: text) {
            let parts = lists.masculine.contains(text[word]) || lists.feminine.contains(text[word])
                ? [word] : Self.parts(of: word, in: text)
            for part in parts {
                let slice = text[part]
                let isMasculine = lists.masculine.contains(slice)
                guard isMasculine || lists.feminine.contains(slice) else { continue }
                hits.append(CodedHit(word: String(String.UnicodeScalarView(slice)),
                                     location: passage.location(of: part.lowerBound), masculine: isMasculine))
            }
        }
        return hits
    }

    /// Words: runs of letters and digits, joined by `-` or `'` between them (`self-reliant`, `team's`).
    static func words(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = 0
        while i < text.count {
            guard ProseText.isWordScalar(text[i]) else { i += 1; continue }
            let start = i
            while i < text.count, ProseText.isWordScalar(text[i])
                    || ((text[i] == "-" || text[i] == "'") && i + 1 < text.count && ProseText.isWordScalar(text[i + 1])) {
                i += 1
            }
            words.append(start..<i)
        }
        return words
    }

    private static func parts(of word: Range<Int>, in text: [Unicode.Scalar]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = word.lowerBound
        for i in word where text[i] == "-" {
            parts.append(start..<i)
            start = i + 1
        }
        parts.append(start..<word.upperBound)
        return parts
    }

    // MARK: exclusionary phrases

    /// A warning at each exclusionary phrase of the passages.
    func exclusionary(in passages: [Passage]) -> [Diagnostic] {
        passages.flatMap { passage in
            Self.occurrences(of: lists.phrases, in: passage.prose).map { phrase, range in
                let written = Self.written(passage.prose.scalars[range])
                return Diagnostic(.warning, "'\(written)' is exclusionary wording: \(phrase.reason); write '\(phrase.alternative)' instead",
                                  at: passage.location(of: range.lowerBound), rule: "wording.exclusionary",
                                  suggestion: phrase.alternative)
            }
        }
    }

    /// Where the phrases stand in `prose`, as whole words, in text order.
    static func occurrences(of phrases: [ExclusionaryPhrase], in prose: ProseText) -> [(ExclusionaryPhrase, Range<Int>)] {
        let text = prose.lowered
        var byFirst: [Unicode.Scalar: [ExclusionaryPhrase]] = [:]
        for phrase in phrases { if let first = phrase.scalars.first { byFirst[first, default: []].append(phrase) } }
        var found: [(ExclusionaryPhrase, Range<Int>)] = []
        for i in text.indices where i == 0 || !ProseText.isWordScalar(text[i - 1]) {
            for phrase in byFirst[text[i]] ?? [] {
                if let end = match(phrase, in: text, at: i) { found.append((phrase, i..<end)) }
            }
        }
        return found
    }

    /// The end of `phrase` when it stands at `start`: each space of the phrase is one space, or
    /// one line break with the spaces around it; the last word ends there (or goes on, with `*`).
    private static func match(_ phrase: ExclusionaryPhrase, in text: [Unicode.Scalar], at start: Int) -> Int? {
        var j = start
        for scalar in phrase.scalars {
            if scalar == " " {
                var spaces = 0, breaks = 0, k = j
                while k < text.count, text[k] == " " || text[k] == "\t" || text[k] == "\r" || text[k] == "\n" {
                    if text[k] == "\n" { breaks += 1 } else { spaces += 1 }
                    k += 1
                }
                guard breaks == 1 || (breaks == 0 && spaces == 1) else { return nil }
                j = k
            } else {
                guard j < text.count, text[j] == scalar else { return nil }
                j += 1
            }
        }
        if phrase.prefix {
            while j < text.count, ProseText.isWordScalar(text[j]) { j += 1 }
        } else if j < text.count, ProseText.isWordScalar(text[j]), let last = phrase.scalars.last, ProseText.isWordScalar(last) {
            return nil
        }
        return j
    }

    /// The phrase as written, its line break (and indentation) shown as one space.
    private static func written(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        var inSpace = false
        for scalar in scalars {
            let isSpace = scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n"
            if isSpace { if !inSpace { text += " " } } else { text.unicodeScalars.append(scalar) }
            inSpace = isSpace
        }
        return text
    }
}

/// "Did you mean …?" for names the user typed: the closest candidate by edit distance, if close enough.
public func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
    let lowered = word.lowercased()
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(lowered, candidate.lowercased())
        if distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    return best.distance <= typoLimit(word.count, best.name.count) ? best.name : nil
}

/// Edits a name of these lengths may be off by and still be the one meant: about one typo per
/// three characters, at least one. Between names of one or two characters (`e9` and `E1`, `L6`
/// and `L5`) one edit makes another name, not a typo of it, so they only match in another case
/// (`e3` → `E3`); a letter left out of a longer one still does (`ic` → `icc`, `fa` → `faq`).
public func typoLimit(_ written: Int, _ candidate: Int) -> Int {
    max(written, candidate) < 3 ? 0 : max(1, min(written, candidate) / 3)
}

/// `a`, `a and b`, `a, b and c` — the one way messages list things. Items that hold a comma
/// themselves (law citations: `Md. Code, Lab. & Empl. § 3-304.2`) are told apart with
/// semicolons: `a; b; and c`. `conjunction` is `and` or `or`.
public func listed(_ items: [String], _ conjunction: String = "and") -> String {
    switch items.count {
    case 0, 1: return items.first ?? ""
    case 2: return "\(items[0]) \(conjunction) \(items[1])"
    default:
        if items.contains(where: { $0.contains(",") || $0.contains(";") }) {
            return items.dropLast().joined(separator: "; ") + "; \(conjunction) " + items.last!
        }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }
}

/// The known site path a written one most likely meant (`/role/` → `/roles/`, `/About/` →
/// `/about/`, `/about/index.html` → `/about/`, `/logo.svg/` → `/logo.svg`), or nil.
///
/// Paths are compared segment by segment, ignoring a trailing `/` and a last `index.html`
/// (what a server serves for a folder); each segment must be the same, the same but for case,
/// one typo per three characters away, or the same hyphenated words but some (`backend-ladder`
/// → `backend`). The fewest edits wins (a difference only in case counts less than one edit),
/// then the first in order. Meant for broken references only: it scans every known path.
public func closestPath(to path: String, in known: some Sequence<String>) -> String? {
    var segments = path.split(separator: "/")
    guard !segments.isEmpty else { return nil }
    if segments.last?.lowercased() == "index.html" { segments.removeLast() }
    var best: (path: String, cost: Int)?
    for candidate in known where candidate != path {
        let parts = candidate.split(separator: "/")
        guard parts.count == segments.count else { continue }
        var cost = 0
        for (written, existing) in zip(segments, parts) where written != existing {
            guard let step = pathSegmentCost(written, existing) else { cost = .max; break }
            cost += step
        }
        guard cost != .max else { continue }
        if best == nil || cost < best!.cost || (cost == best!.cost && candidate < best!.path) { best = (candidate, cost) }
    }
    return best?.path
}

/// Cost of reading `written` as `existing`, in half edits (1: only the case differs), or nil
/// when one cannot be meant for the other.
private func pathSegmentCost(_ written: Substring, _ existing: Substring) -> Int? {
    let (writtenLower, existingLower) = (written.lowercased(), existing.lowercased())
    if writtenLower == existingLower { return 1 }
    let distance = editDistance(writtenLower, existingLower)
    if distance <= typoLimit(written.count, existing.count) { return 2 * distance }
    let writtenWords = Set(writtenLower.split(separator: "-")), existingWords = Set(existingLower.split(separator: "-"))
    let shared = writtenWords.intersection(existingWords)
    guard !shared.isEmpty, shared == writtenWords || shared == existingWords else { return nil }
    return 2 * distance
}

/// Edit distance over Unicode scalars where swapping two neighbours counts as one edit
/// (optimal string alignment), so `titel` is one typo away from `title`.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], beforePrevious[j - 2] + 1)
            }
        }
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
}

import Diagnostics
import Yams

/// Reads and checks the front matter of a career ladder.
enum LadderParser {
    static func parse(_ root: Node, path: String, body: MarkdownBody, sink: DiagnosticSink) -> Ladder? {
        guard let fields = Fields(root, path: "", describing: "a career ladder",
                                  allowed: ["title", "summary", "competencies", "tracks", "zones", "levels", "aliases",
                                            LintSettings.key], sink: sink) else { return nil }
        let title = fields.string("title", required: true, why: "it is the ladder's heading")
        let summary = fields.string("summary")
        let competencies = readCompetencies(fields)
        let tracks = readTracks(fields)
        let zones = ZoneParser.readZones(fields)
        let levels = readLevels(fields, competencies: competencies, tracks: tracks, zones: zones)
        let aliases = fields.aliases()
        guard let id = URLName.fromFileName(path, sink: sink), let title, let competencies, let tracks, let zones,
              let levels else { return nil }
        var ladder = Ladder(source: path, id: id, title: title, summary: summary, competencies: competencies,
                            levels: levels, body: body)
        ladder.tracks = tracks
        ladder.zones = zones
        ladder.aliases = aliases
        warnAboutEmptyTracks(ladder, fields: fields)
        for finding in LadderChecks.check(ladder) { sink.append(finding) }
        return ladder
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    static func readIdentifier(_ item: Fields, what: String, required: Bool = true) -> String? {
        guard let id = item.string("id", required: required, why: "other documents refer to the \(what) by it") else { return nil }
        guard isIdentifier(id) else {
            item.valueError("id", "must use only letters, digits, '-' and '_', found '\(id)'", at: item.node("id"))
            return nil
        }
        return id
    }

    static func readCompetencies(_ fields: Fields) -> [Competency]? {
        guard let nodes = fields.list("competencies", required: true,
                                      why: "the skills every level is described by") else { return nil }
        // Only this list's own problems make it unusable: an unrelated error elsewhere in the
        // file must not hide the competencies and make every expectation an "unknown key".
        let problemsBefore = fields.sink.diagnostics.count
        var competencies: [Competency] = []
        var seen: Set<String> = []
        for (index, node) in nodes.enumerated() {
            guard let item = Fields(node, path: DataPath.item(index, in: "competencies"), describing: "a competency",
                                    allowed: ["id", "title", "description"], sink: fields.sink) else { continue }
            let id = readIdentifier(item, what: "competency")
            let title = item.string("title", required: true)
            let description = item.string("description")
            guard let id, let title else { continue }
            guard seen.insert(id).inserted else {
                item.valueError("id", "'\(id)' is used by another competency of this ladder", at: item.node("id"))
                continue
            }
            var competency = Competency(id: id, title: title, description: description)
            competency.location = fields.sink.location(node.mark)
            competencies.append(competency)
        }
        return fields.sink.diagnostics.count > problemsBefore ? nil : competencies
    }

    /// `tracks: [{id, title}]`; empty when the ladder has one line of levels. Nil when the list
    /// has problems (levels are then not checked against it).
    static func readTracks(_ fields: Fields) -> [LadderTrack]? {
        guard let nodes = fields.list("tracks") else { return fields.node("tracks") == nil ? [] : nil }
        let problemsBefore = fields.sink.diagnostics.count
        var tracks: [LadderTrack] = []
        for (index, node) in nodes.enumerated() {
            guard let item = Fields(node, path: DataPath.item(index, in: "tracks"), describing: "a track",
                                    allowed: ["id", "title"], sink: fields.sink) else { continue }
            let id = readIdentifier(item, what: "track")
            let title = item.string("title", required: true, why: "the ladder's pages name the track by it")
            guard let id, let title else { continue }
            guard !tracks.contains(where: { $0.id == id }) else {
                item.valueError("id", "'\(id)' is used by another track of this ladder", at: item.node("id"))
                continue
            }
            tracks.append(LadderTrack(id: id, title: title))
        }
        return fields.sink.diagnostics.count > problemsBefore ? nil : tracks
    }

    /// A track no level names has no pages of its own: probably a level lost its `track:`.
    static func warnAboutEmptyTracks(_ ladder: Ladder, fields: Fields) {
        guard let nodes = fields.list("tracks") else { return }
        for (index, track) in ladder.tracks.enumerated() where !ladder.levels.contains(where: { $0.track == track.id }) {
            fields.sink.append(.warning("track '\(track.id)' has no levels; give the levels of this track `track: \(track.id)`, or remove the track",
                                        at: fields.sink.location(nodes[index].mark), rule: "ladder.empty-track"))
        }
    }

    /// `competencies`, `tracks` and `zones` are nil when their lists had problems: levels are
    /// then not checked against them, rather than each reference reported as unknown.
    static func readLevels(_ fields: Fields, competencies: [Competency]?, tracks: [LadderTrack]?,
                           zones: [PayZone]?) -> [LadderLevel]? {
        guard let nodes = fields.list("levels", required: true, why: "a ladder is a list of levels") else { return nil }
        var levels: [LadderLevel] = []
        var seen: [String: String] = [:]   // lowercased id → the id as first written
        var firstTrackLevel: String?
        for (index, node) in nodes.enumerated() {
            guard let item = Fields(node, path: DataPath.item(index, in: "levels"), describing: "a ladder level",
                                    allowed: ["id", "title", "track", "years", "salary", "bands", "summary", "expectations"],
                                    sink: fields.sink) else { continue }
            let id = readIdentifier(item, what: "level")
            let title = item.string("title", required: true)
            let track = readTrack(item, tracks: tracks)
            let years = readYears(item)
            let (salary, bands, bandLocations) = readPay(item, zones: zones)
            let summary = item.string("summary")
            let expectations = readExpectations(item, competencies: competencies)
            guard let id, let title else { continue }
            guard checkLevelID(id, item: item, seen: &seen) else { continue }
            if item.has("track") {
                firstTrackLevel = firstTrackLevel ?? id
            } else if let firstTrackLevel {
                fields.sink.error("level '\(id)' has no track but comes after level '\(firstTrackLevel)' of a track; the levels every track shares come first, then each track's own levels (give '\(id)' a `track:`, or move it up)",
                                  at: node.mark, rule: "front-matter.value")
                continue
            }
            var level = LadderLevel(id: id, title: title, years: years, salary: salary, summary: summary,
                                    expectations: expectations, track: track)
            level.bands = bands
            level.fieldLocations = levelFieldLocations(item).merging(bandLocations) { $1 }
            levels.append(level)
        }
        return fields.sink.hasErrors ? nil : levels
    }

    /// A level id is a URL name too (`/ladders/<id>/<level lowercased>/`): two ids that differ
    /// only in case would share a page, and `compare` is the folder of the compare pages.
    static func checkLevelID(_ id: String, item: Fields, seen: inout [String: String]) -> Bool {
        let key = id.lowercased()
        if key == "compare" {
            item.valueError("id", "'\(id)' cannot be a level id: /ladders/<ladder>/compare/ holds the pages that compare two levels; choose another id",
                            at: item.node("id"))
            return false
        }
        if let other = seen[key] {
            let problem = other == id ? "'\(id)' is used by another level of this ladder"
                : "'\(id)' differs from level '\(other)' only in case; both would be published at /\(key)/ below the ladder, so choose another id"
            item.valueError("id", problem, at: item.node("id"))
            return false
        }
        seen[key] = id
        return true
    }

    static func levelFieldLocations(_ item: Fields) -> [String: SourceLocation] {
        var locations: [String: SourceLocation] = [:]
        for key in ["id", "years", "track"] where item.has(key) {
            locations[key] = item.location(of: key)
        }
        // A band's findings point at its key's line, as the band of a zone does.
        if item.has("salary") { locations["salary"] = item.keyLocation(of: "salary") }
        return locations
    }

    /// `track:` must name one of the ladder's tracks.
    static func readTrack(_ item: Fields, tracks: [LadderTrack]?) -> String? {
        guard let track = item.string("track") else { return nil }
        guard let tracks else { return track }
        guard tracks.contains(where: { $0.id == track }) else {
            let known = tracks.map(\.id)
            let hint = closestMatch(to: track, in: known).map { "; did you mean '\($0)'?" }
                ?? (known.isEmpty ? "; this ladder has no tracks: list them under `tracks:` ({id, title} each)"
                    : "; its tracks are \(known.joined(separator: ", "))")
            item.valueError("track", "'\(track)' is not a track of this ladder\(hint)", at: item.node("track"))
            return nil
        }
        return track
    }

    /// A ladder without zones gives each level one band (`salary:`); a ladder with zones gives
    /// one band per zone (`bands: {<zone id>: {min, max, currency, period}}`), any of which a
    /// level may leave out.
    /// Returns the band, the bands by zone id, and where each zone's band is written (`bands.<zone>`).
    static func readPay(_ item: Fields, zones: [PayZone]?) -> (SalaryRange?, [String: SalaryRange], [String: SourceLocation]) {
        let bandKeys = ["min", "max", "currency", "period"]
        let zoned = !(zones?.isEmpty ?? true)
        if zoned, item.has("salary") {
            item.valueError("salary", "is one band, but this ladder has zones; give the level's band per zone under `bands:` (bands: {<zone id>: {min, max, currency, period}})",
                            at: item.node("salary"))
            return (nil, [:], [:])
        }
        if !zoned, zones != nil, item.has("bands") {
            item.valueError("bands", "gives bands per zone, but this ladder has no `zones:`; list the zones, or give the level one band with `salary:`",
                            at: item.node("bands"))
            return (nil, [:], [:])
        }
        let salary = RoleParser.readSalary(item.mapping("salary", describing: "a pay band", allowed: bandKeys))
        guard let zones, let map = item.mapping("bands", describing: "pay bands by zone id", allowed: zones.map(\.id)) else {
            return (salary, [:], [:])
        }
        var bands: [String: SalaryRange] = [:]
        var locations: [String: SourceLocation] = [:]
        for zone in zones {
            if let band = RoleParser.readSalary(map.mapping(zone.id, describing: "a pay band", allowed: bandKeys)) {
                bands[zone.id] = band
                locations["bands.\(zone.id)"] = map.keyLocation(of: zone.id)
            }
        }
        return (salary, bands, locations)
    }

    /// `0-2`, `8+` or a single number of years.
    static func readYears(_ item: Fields) -> String? {
        guard let node = item.node("years") else { return nil }
        guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces) else {
            item.typeError("years", expected: "text like \"0-2\" or \"8+\"", found: node)
            return nil
        }
        let pattern = #/^\d{1,2}(\s*[-–]\s*\d{1,2}|\+)?$/#
        guard text.wholeMatch(of: pattern) != nil else {
            item.valueError("years", "must look like \"0-2\", \"8+\" or \"3\", found '\(text)'", at: node)
            return nil
        }
        return text
    }

    static func readExpectations(_ item: Fields, competencies: [Competency]?) -> [String: Expectation] {
        guard let ids = competencies?.map(\.id) else { return [:] }
        guard let map = item.mapping("expectations", describing: "expectations by competency id", allowed: ids) else {
            return [:]
        }
        var expectations: [String: Expectation] = [:]
        for id in ids {
            if let expectation = readExpectation(map, competency: id) { expectations[id] = expectation }
        }
        return expectations
    }

    /// One text, or a list whose items are a text or `{id, text}`; criterion ids follow the
    /// identifier rule and are unique within the cell (the same id at another level is the same
    /// criterion, changed).
    static func readExpectation(_ map: Fields, competency id: String) -> Expectation? {
        guard let node = map.node(id) else { return nil }
        let location = map.keyLocation(of: id)
        guard case .sequence(let items) = node else {
            guard node.scalar != nil else {
                map.typeError(id, expected: "a text or a list of criteria (each a text or {id, text})", found: node)
                return nil
            }
            return map.string(id).map { Expectation(criteria: [Criterion(text: $0, location: map.location(of: id))],
                                                    isList: false, location: location) }
        }
        guard !items.isEmpty else {
            map.valueError(id, "must list at least one criterion; leave the competency out to inherit it from the level below",
                           at: node)
            return nil
        }
        var criteria: [Criterion] = []
        var ids: Set<String> = []
        for (index, itemNode) in items.enumerated() {
            let path = DataPath.item(index, in: map.name(id))
            guard let criterion = readCriterion(itemNode, path: path, sink: map.sink) else { continue }
            if let criterionID = criterion.id, !ids.insert(criterionID).inserted {
                map.sink.error("'\(path).id' '\(criterionID)' is used by another criterion of this level and competency; a criterion id is unique within its cell",
                               at: criterionIDMark(itemNode), rule: "front-matter.value")
                continue
            }
            criteria.append(criterion)
        }
        return criteria.isEmpty ? nil : Expectation(criteria: criteria, isList: true, location: location)
    }

    private static func criterionIDMark(_ node: Node) -> Mark? {
        node.mapping?.first { $0.key.scalar?.string == "id" }?.value.mark ?? node.mark
    }

    static func readCriterion(_ node: Node, path: String, sink: DiagnosticSink) -> Criterion? {
        if let scalar = node.scalar {
            let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                sink.error("'\(path)' must not be empty", at: node.mark, rule: "front-matter.value")
                return nil
            }
            return Criterion(text: text, location: sink.location(node.mark))
        }
        guard let item = Fields(node, path: path, describing: "a criterion ({id, text})", allowed: ["id", "text"], sink: sink) else {
            return nil
        }
        let id = readIdentifier(item, what: "criterion", required: false)
        guard let text = item.string("text", required: true, why: "what the level shows") else { return nil }
        if item.has("id"), id == nil { return nil }
        return Criterion(id: id, text: text, location: item.location(of: "text"))
    }
}

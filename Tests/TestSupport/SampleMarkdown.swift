/// A long, ordinary Markdown body of at least `bytes` bytes, the way a careers team writes one:
/// headings, wrapped prose with emphasis, inline and reference links, autolinks and addresses,
/// nested and ordered lists, task lists, tables, quotes, fenced code, footnotes, strikethrough,
/// and text in other scripts. Deterministic; every section differs by its number.
public func realisticMarkdown(bytes: Int) -> String {
    var text = "[handbook]: https://handbook.example.com/engineering \"The engineering handbook\"\n\n"
    var section = 0
    while text.utf8.count < bytes {
        section += 1
        text += sampleSection(section)
    }
    return text
}

private func sampleSection(_ n: Int) -> String {
    let rows = (1...24).map { row in
        "| L\(row % 5 + 1) | Team \(n)-\(row) | \(40 + row)k–\(60 + row)k | *\(row % 3 == 0 ? "remote" : "hybrid")* | [details](#section-\(n)-what-you-will-do) |"
    }.joined(separator: "\n")
    return """
        ## Section \(n): what you will do

        You will join a team of **\(n % 9 + 3) engineers** who own the *payments platform* end to end.
        We write Swift and Go, deploy many times a day, and keep our [on-call load](https://example.com/oncall/\(n))
        humane. Read the [handbook][] or write to jobs\(n)@example.com; our status page is www.example.com/status.
        Pay is reviewed yearly~~, not never~~, and bands are public (see the table below).[^note\(n)]
        Wir freuen uns auf Ihre Bewerbung — *naïve* «quotes», “smart” ones, 日本語の*強調*も大丈夫です。

        - Design APIs used by **\(n * 7)** services
          - with clear `Result` types and [documentation](https://www.swift.org/documentation/)
            - reviewed by two peers
        - Keep p99 latency under 120 ms (a [1, 2] range is fine)
        - [ ] ship the migration
        - [x] write the RFC

        1. Apply through the form
        2. A 30-minute call with the hiring manager
        3. A take-home exercise (*about* 3 hours) or a pairing session

        | Level | Team | Pay | Workplace | Link |
        |:------|------|----:|:---------:|------|
        \(rows)

        > "The best team I have worked on." — an engineer, \(2020 + n % 6)
        >
        > > Quotes can nest, and that is fine.

        ```swift
        let bands: [[Int]] = [[1, 2], [3, [4, 5].count]] // brackets in code are not Markdown
        print(bands.map { $0.reduce(0, +) } /* ** __ ~~ */)
        ```

        [^note\(n)]: Bands are reviewed every April; see https://example.com/pay?year=\(2026 + n % 3).

        ---


        """
}

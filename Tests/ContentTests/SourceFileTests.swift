import Diagnostics
import Testing

@testable import Content

@Suite("Decoding source files")
struct SourceFileTests {
    /// The problem `decode` reports, as a user sees it, or nil when the bytes decode.
    func problem(_ bytes: [UInt8]) -> String? {
        guard case .failure(let diagnostic) = SourceFile.decode(path: "content/a.md", bytes: bytes) else { return nil }
        return diagnostic.description
    }

    func text(_ bytes: [UInt8]) throws -> String {
        try SourceFile.decode(path: "content/a.md", bytes: bytes).get().text
    }

    @Test("an empty file is reported as empty, without a line")
    func emptyFile() {
        #expect(problem([]) == "content/a.md: error: the file is empty; expected Markdown with a `---` front matter block [file.empty]")
    }

    @Test("a file of spaces, tabs and line breaks counts as empty")
    func whitespaceOnlyFile() {
        #expect(problem(Array(" \n\t\r\n  ".utf8))?.hasSuffix("[file.empty]") == true)
    }

    @Test("a NUL byte marks the file as binary, at the NUL's line and column")
    func nulByteIsBinary() {
        #expect(problem(Array("---\nab".utf8) + [0, 0x41])
            == "content/a.md:2:3: error: this looks like a binary file (it contains a NUL byte); expected UTF-8 text [file.binary]")
    }

    struct BadBytes: Sendable, CustomTestStringConvertible {
        var label: String
        var bytes: [UInt8]
        var line: Int
        var column: Int
        var testDescription: String { label }
    }

    static let badBytes: [BadBytes] = [
        BadBytes(label: "Latin-1 é on line 2", bytes: Array("---\ntitle: caf".utf8) + [0xE9, 0x0A], line: 2, column: 11),
        BadBytes(label: "stray 0xFF after a two-byte character (columns count bytes)",
                 bytes: Array("é".utf8) + [0xFF], line: 1, column: 3),
        BadBytes(label: "sequence cut off at the end of the file", bytes: Array("ab".utf8) + [0xE2, 0x82], line: 1, column: 3),
        BadBytes(label: "overlong encoding of a slash", bytes: [0xC0, 0xAF], line: 1, column: 1),
        BadBytes(label: "UTF-16 surrogate encoded as UTF-8", bytes: Array("x\n\n".utf8) + [0xED, 0xA0, 0x80], line: 3, column: 1),
        BadBytes(label: "lone continuation byte after a byte order mark",
                 bytes: [0xEF, 0xBB, 0xBF] + Array("a\nb".utf8) + [0x80], line: 2, column: 2),
    ]

    @Test("invalid UTF-8 is reported at the first bad byte", arguments: badBytes)
    func invalidUTF8(example: BadBytes) throws {
        let result = SourceFile.decode(path: "content/a.md", bytes: example.bytes)
        guard case .failure(let diagnostic) = result else {
            Issue.record("expected an encoding error, got \(result)")
            return
        }
        #expect(diagnostic.rule == "file.encoding")
        #expect(diagnostic.message == "invalid UTF-8 byte sequence; save the file as UTF-8")
        #expect(diagnostic.location == Diagnostics.SourceLocation(file: "content/a.md", line: example.line, column: example.column))
    }

    @Test("a leading byte order mark is dropped")
    func byteOrderMarkIsStripped() throws {
        #expect(try text([0xEF, 0xBB, 0xBF] + Array("---\ntitle: x\n".utf8)) == "---\ntitle: x\n")
    }

    @Test("CRLF and lone CR line endings become LF")
    func lineEndingsAreNormalised() throws {
        #expect(try text(Array("---\r\ntitle: x\r\n---\r\nbody\rmore\r\r\n".utf8)) == "---\ntitle: x\n---\nbody\nmore\n\n")
    }

    @Test("non-ASCII text survives decoding unchanged")
    func unicodeIsKept() throws {
        #expect(try text(Array("Zürich, Łódź, 東京 🚀\n".utf8)) == "Zürich, Łódź, 東京 🚀\n")
    }

    @Test("a file holding only a byte order mark and blank lines counts as empty")
    func byteOrderMarkOnlyIsEmpty() {
        #expect(problem([0xEF, 0xBB, 0xBF, 0x0A])?.hasSuffix("[file.empty]") == true)
    }
}

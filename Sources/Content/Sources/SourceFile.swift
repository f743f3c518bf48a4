import Diagnostics

/// The text of one input file, as read from disk and checked to be usable text.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the site root, '/'-separated (e.g. `content/roles/senior.md`).
    /// It is what diagnostics show and what the content kind is derived from.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Decodes raw bytes into text, rejecting what is not a text file we can read.
    /// A leading UTF-8 byte order mark is dropped; CRLF line endings are normalised to LF so
    /// that line numbers and output bytes do not depend on the author's editor.
    /// `expected` says what a blank file should have held; nil when a blank file is fine
    /// (an empty template is a valid template).
    public static func decode(path: String, bytes: [UInt8],
                              expected: String? = "Markdown with a `---` front matter block") -> Result<SourceFile, Diagnostic> {
        let location = SourceLocation(file: path)
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if let expected, bytes.dropFirst(hasBOM ? 3 : 0).allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.error("the file is empty; expected \(expected)", at: location, rule: "file.empty"))
        }
        if let nul = bytes.firstIndex(of: 0) {
            let at = position(ofByte: nul, in: bytes)
            return .failure(.error("this looks like a binary file (it contains a NUL byte); expected UTF-8 text",
                                   at: SourceLocation(file: path, line: at.line, column: at.column),
                                   rule: "file.binary"))
        }
        let body = bytes.dropFirst(hasBOM ? 3 : 0)
        guard var text = String(validating: body, as: UTF8.self) else {
            let bad = firstInvalidUTF8Offset(in: Array(body)) + (bytes.count - body.count)
            let at = position(ofByte: bad, in: bytes)
            return .failure(.error("invalid UTF-8 byte sequence; save the file as UTF-8",
                                   at: SourceLocation(file: path, line: at.line, column: at.column),
                                   rule: "file.encoding"))
        }
        if text.utf8.contains(0x0D) {
            text = text.replacingCRLF()
        }
        return .success(SourceFile(path: path, text: text))
    }

    /// 1-based line and column (in bytes) of a byte offset.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// Offset of the first byte that does not start a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var secondByte: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondByte = 0xA0...0xBF
            case 0xED: length = 3; secondByte = 0x80...0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; secondByte = 0x90...0xBF
            case 0xF4: length = 4; secondByte = 0x80...0x8F
            case 0xF1...0xF3: length = 4
            default: return index
            }
            guard index + length <= bytes.count, secondByte.contains(bytes[index + 1]) else { return index }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return index }
            index += length
        }
        return index
    }
}

extension String {
    /// `\r\n` and lone `\r` become `\n`.
    func replacingCRLF() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The text of one input file, with what is needed to turn positions into messages: a byte
/// offset into a line and column, a line number into the line's text.
///
/// Line starts are computed on first use only, since most files never need a message.
public final class SourceText: @unchecked Sendable {
    public let name: String
    public let text: String
    /// The starts of the lines found so far, in order; `complete` once the text is read to
    /// its end. Lines are found only as far as asked, and never twice.
    private var lineStarts: [Int] = [0]
    private var complete = false

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// Finds line starts until line `number` is known or the text ends.
    private func findLines(upTo number: Int) {
        guard !complete, lineStarts.count < number else { return }
        var copy = text
        copy.withUTF8 { bytes in
            var position = lineStarts.count > 1 ? lineStarts[lineStarts.count - 1] : 0
            while lineStarts.count < number {
                guard let newline = bytes[position...].firstIndex(of: 0x0A) else {
                    complete = true
                    return
                }
                position = newline + 1
                lineStarts.append(position)
            }
        }
    }

    private func starts() -> [Int] {
        findLines(upTo: Int.max)
        return lineStarts
    }

    /// The text of a 1-based line, without its line break; nil past the end. Reads only as
    /// far as the line: an article's loader asks for a line of its front matter, and should
    /// not pay for the whole body; a script with many mistakes asks line after line.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        findLines(upTo: number)
        guard number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            guard start <= bytes.count else { return nil }
            var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// Line and column (in Unicode scalars) of a UTF-8 byte offset.
    public func location(ofByte offset: Int) -> SourceLocation {
        let starts = starts()
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let utf8 = text.utf8
        let lineStart = utf8.index(utf8.startIndex, offsetBy: starts[low])
        let target = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
        let column = text.unicodeScalars[lineStart..<target].count + 1
        return SourceLocation(line: low + 1, column: column)
    }

    /// A diagnostic pointing at `span` in this text.
    public func diagnostic(_ severity: Diagnostic.Severity = .error, at span: SourceSpan?, _ message: String,
                           hint: String? = nil) -> Diagnostic {
        Diagnostic(severity, file: name, span: span, sourceLine: span.flatMap { line($0.start.line) },
                   message: message, hint: hint)
    }

    /// A diagnostic pointing at a byte range of this text.
    public func diagnostic(_ severity: Diagnostic.Severity = .error, atBytes range: Range<Int>, _ message: String,
                           hint: String? = nil) -> Diagnostic {
        let start = location(ofByte: range.lowerBound)
        let end = location(ofByte: range.upperBound)
        let length = end.line == start.line ? end.column - start.column : 1
        return diagnostic(severity, at: SourceSpan(start, length: length), message, hint: hint)
    }
}

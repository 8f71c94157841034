import DossierDiagnostics

/// Checks that bytes are well-formed UTF-8 and says where they are not: the loader must name
/// the byte offset of the first bad byte, which the standard library's decoders do not give.
enum UTF8Check {
    /// The file's text, or nil with a located problem when it is not UTF-8. A leading byte
    /// order mark is dropped.
    static func decode(_ file: CorpusFile, problems: inout [Diagnostic]) -> String? {
        var bytes = file.bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let array = Array(bytes)
        guard let bad = firstInvalidByte(in: array) else { return String(decoding: array, as: UTF8.self) }
        let text = SourceText(name: file.name, text: String(decoding: array[..<bad], as: UTF8.self))
        let location = text.location(ofByte: bad)
        let offset = bad + (file.bytes.count - array.count)
        problems.append(Diagnostic(.error, file: file.name, span: SourceSpan(location), sourceLine: text.line(location.line),
                                   message: "invalid UTF-8 at byte offset \(offset) (byte 0x\(String(array[bad], radix: 16, uppercase: true))); the file was skipped",
                                   hint: "save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 old.md > new.md"))
        return nil
    }

    /// The offset of the first byte that does not start or continue a valid sequence.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i < n {
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var minSecond: UInt8 = 0x80
                var maxSecond: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; minSecond = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; maxSecond = 0x9F
                case 0xF0: length = 4; minSecond = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; maxSecond = 0x8F
                default: return i
                }
                guard i + length <= n else { return i }
                let second = buffer[i + 1]
                guard second >= minSecond && second <= maxSecond else { return i }
                for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }
}

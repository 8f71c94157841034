/// The form in which names are compared: case-folded, with curly apostrophes made straight,
/// every hyphen or dash made `-`, and runs of white space made one space.
///
/// "Kassym-Jomart Tokayev", "kassym‐jomart  tokayev" and "KASSYM-JOMART TOKAYEV" share a key.
public enum NameKey {
    public static func of(_ name: some StringProtocol) -> String {
        if let ascii = asciiKey(name) { return ascii }
        // UTF-8 bytes, not a UnicodeScalarView: appending to the view copies it, which made a
        // long non-ASCII key quadratic.
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar) {
            if let encoded = UTF8.encode(scalar) { out.append(contentsOf: encoded) }
        }
        for scalar in name.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            switch scalar.value {
            case 0x2018, 0x2019, 0x201B, 0x02BC, 0x0060, 0x00B4:
                out.append(0x27)
            case 0x2010...0x2015, 0x2212, 0x00AD:
                out.append(0x2D)
            default:
                if scalar.isASCII {
                    let v = UInt8(scalar.value)
                    out.append((v >= 0x41 && v <= 0x5A) ? v + 0x20 : v)
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same key on bytes, for text that is all ASCII (most keys, and most sentences of
    /// English news): nil as soon as a byte is not.
    private static func asciiKey(_ name: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            // The ASCII whitespace: tab, line feed, vertical tab, form feed, return, space.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            if byte >= 0x41 && byte <= 0x5A {
                bytes.append(byte + 0x20)
            } else if byte == 0x60 {
                bytes.append(0x27)  // ` is an apostrophe
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Foundation

/// Finding one byte fast, and which bytes are rare enough to look for.
enum ByteScan {
    /// Calls `visit` with each position in `from..<to` holding `byte` (or, with
    /// `foldingCase`, its capital), in order: eight bytes at a time, with the exact
    /// zero-byte test so that every bit found is a hit.
    @inline(__always)
    static func positions(of byte: UInt8, foldingCase: Bool, in base: UnsafePointer<UInt8>, from: Int, to: Int, _ visit: (Int) -> Void) {
        let fold: UInt64 = foldingCase ? 0x2020_2020_2020_2020 : 0
        let target = UInt64(byte) &* 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var i = max(from, 0)
        while i + 8 <= to {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let x = (word | fold) ^ target
            // High bit set in each byte of x that is zero, and only there.
            var zeros = ~(((x & low7) &+ low7) | x | low7)
            while zeros != 0 {
                visit(i + zeros.trailingZeroBitCount / 8)
                zeros &= zeros &- 1
            }
            i += 8
        }
        let folded = foldingCase ? UInt8(0x20) : 0
        while i < to {
            if base[i] | folded == byte { visit(i) }
            i += 1
        }
    }

    /// How common a byte is in English news text, roughly, per thousand letters: the scans
    /// look for the rarest byte of what they seek.
    static func frequency(_ byte: UInt8) -> Int {
        let b = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        switch b {
        case 0x20: return 180
        case UInt8(ascii: "e"): return 127
        case UInt8(ascii: "t"): return 91
        case UInt8(ascii: "a"): return 82
        case UInt8(ascii: "o"): return 75
        case UInt8(ascii: "i"): return 70
        case UInt8(ascii: "n"): return 67
        case UInt8(ascii: "s"): return 63
        case UInt8(ascii: "h"): return 61
        case UInt8(ascii: "r"): return 60
        case UInt8(ascii: "d"): return 43
        case UInt8(ascii: "l"): return 40
        case UInt8(ascii: "c"), UInt8(ascii: "u"): return 28
        case UInt8(ascii: "m"), UInt8(ascii: "w"): return 24
        case UInt8(ascii: "f"): return 22
        case UInt8(ascii: "g"), UInt8(ascii: "y"): return 20
        case UInt8(ascii: "p"): return 19
        case UInt8(ascii: "b"): return 15
        case UInt8(ascii: ","), UInt8(ascii: "."): return 12
        case UInt8(ascii: "v"): return 10
        case UInt8(ascii: "k"): return 8
        case 0x30...0x39: return 6
        case UInt8(ascii: "j"), UInt8(ascii: "x"): return 2
        case UInt8(ascii: "q"), UInt8(ascii: "z"): return 1
        default: return 4
        }
    }
}

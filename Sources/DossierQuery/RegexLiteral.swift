/// The longest run of plain characters that every match of a regular expression must
/// contain, so that `matches` can search article bytes for it (fast) and run the expression
/// only on the rows that have it (slow). "[0-9]+ people were killed" requires
/// " people were killed".
///
/// The reading is deliberately cautious: a pattern with an alternation at the top, an option
/// group such as `(?i)`, or nothing plain of three characters or more gives nil, and the
/// expression then runs on every row. Only printable ASCII counts as plain, less the three
/// characters that have a canonically equivalent other form (K, ; and `), because Swift's
/// regular expressions compare characters by canonical equivalence.
enum RegexLiteral {
    static func required(by pattern: String) -> [UInt8]? {
        let p = Array(pattern.utf8)
        var best: [UInt8] = []
        var run: [UInt8] = []
        func endRun() {
            if run.count > best.count { best = run }
            run = []
        }
        var i = 0
        while i < p.count {
            let c = p[i]
            switch c {
            case UInt8(ascii: "|"):
                return nil
            case UInt8(ascii: "("):
                if i + 1 < p.count, p[i + 1] == UInt8(ascii: "?") { return nil }
                // A group may be optional or repeated: skip it whole.
                endRun()
                guard let close = closingParenthesis(p, from: i) else { return nil }
                i = close + 1
                if i < p.count, isQuantifier(p[i]) { i += 1 }
                continue
            case UInt8(ascii: "["):
                endRun()
                guard let close = closingBracket(p, from: i) else { return nil }
                i = close + 1
                continue
            case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "{"):
                // The character before may be absent.
                if !run.isEmpty { run.removeLast() }
                endRun()
                if c == UInt8(ascii: "{") {
                    while i < p.count, p[i] != UInt8(ascii: "}") { i += 1 }
                }
                i += 1
                continue
            case UInt8(ascii: "+"):
                // The character before is there at least once; what follows may be more of it.
                endRun()
                i += 1
                continue
            case UInt8(ascii: "\\"):
                guard i + 1 < p.count else { return nil }
                let escaped = p[i + 1]
                if isPlain(escaped), !isWordCharacter(escaped) {
                    run.append(escaped)
                } else {
                    // \d, \w, \b, \1...: not plain.
                    endRun()
                }
                i += 2
                continue
            case UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                endRun()
            default:
                if isPlain(c) { run.append(c) } else { endRun() }
            }
            i += 1
        }
        endRun()
        // A quantifier after the last character makes it optional: handled above. A run too
        // short to narrow the rows is not worth a search.
        return best.count >= 3 ? best : nil
    }

    private static func isPlain(_ c: UInt8) -> Bool {
        c >= 0x20 && c < 0x7F && c != UInt8(ascii: "K") && c != UInt8(ascii: ";") && c != UInt8(ascii: "`")
    }

    private static func isWordCharacter(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    private static func isQuantifier(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "?") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+")
    }

    private static func closingParenthesis(_ p: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < p.count {
            switch p[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "["): guard let close = closingBracket(p, from: i) else { return nil }; i = close
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The `]` closing a class opened at `start`; a `]` first in the class is a member.
    private static func closingBracket(_ p: [UInt8], from start: Int) -> Int? {
        var i = start + 1
        if i < p.count, p[i] == UInt8(ascii: "^") { i += 1 }
        if i < p.count, p[i] == UInt8(ascii: "]") { i += 1 }
        while i < p.count {
            if p[i] == UInt8(ascii: "\\") { i += 2; continue }
            if p[i] == UInt8(ascii: "]") { return i }
            i += 1
        }
        return nil
    }
}

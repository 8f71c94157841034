import RE2Shim

/// A regular expression that matches in time linear in the text (RE2's automata, as DuckDB
/// and ClickHouse use), so that no pattern a user types can make a statement run for ages,
/// and Ctrl-C, polled between rows, stops any statement at once. Its syntax is RE2's: Perl's
/// classes (`\d`, `\w`, `\s`, `\b`, `\p{L}`), anchors, `(?i)`, counted repeats up to 1000;
/// backreferences and lookaround, which need backtracking, are refused.
final class LinearRegex: @unchecked Sendable {
    /// Why a pattern was refused: RE2's message, and a hint when the cause is a known habit.
    struct Problem: Error {
        var message: String
        var hint: String?
    }

    private let compiled: OpaquePointer

    init(_ pattern: String) throws(Problem) {
        var error = dossier_regex_error()
        var pattern = pattern
        let made = pattern.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { dossier_regex_new($0.baseAddress, $0.count, &error) }
        }
        guard let made else { throw Self.problem(error) }
        compiled = made
    }

    deinit {
        dossier_regex_free(compiled)
    }

    /// Whether the expression matches anywhere in `bytes` (UTF-8).
    func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withMemoryRebound(to: CChar.self) { dossier_regex_search(compiled, $0.baseAddress, $0.count) != 0 }
    }

    func search(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { search($0) }
    }

    private static func problem(_ error: dossier_regex_error) -> Problem {
        let message = withUnsafeBytes(of: error.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let argument = withUnsafeBytes(of: error.argument) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch Int(error.code) {
        case Int(DOSSIER_REGEX_BAD_ESCAPE) where argument.count == 2 && argument.last.map({ ("1"..."9").contains($0) }) == true:
            return Problem(message: "a backreference (\(argument)) needs backtracking, which can take exponential time; Dossier's regular expressions run in linear time",
                           hint: "match the repeated text itself, e.g. \"(ha)+\" rather than \"(ha)\\\\1\"")
        case Int(DOSSIER_REGEX_BAD_ESCAPE):
            return Problem(message: "unknown escape \(argument) in the regular expression",
                           hint: "\\d digit, \\w letter or digit, \\s space, \\b word boundary; write \\\\ for a backslash")
        case Int(DOSSIER_REGEX_REPEAT_SIZE):
            return Problem(message: "a repeat count above 1000 (\(argument))", hint: "repeat counts go up to 1000, e.g. x{0,1000}")
        default:
            return Problem(message: message, hint: nil)
        }
    }
}

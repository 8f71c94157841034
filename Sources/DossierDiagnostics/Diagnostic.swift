/// A problem found in user input (a corpus file, a query, a flag), kept as a value so that
/// every layer reports the same way and the caller decides where and how to print it.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// The file (or `<query>`, `<stdin>`) the problem is in; nil when it has no origin.
    public var file: String?
    /// Where in that file; nil for problems of a whole file or directory.
    public var span: SourceSpan?
    /// The text of the line `span` points into, captured when the diagnostic is made so that
    /// rendering never has to read the file again.
    public var sourceLine: String?
    public var message: String
    /// What to do about it, ideally with a correct example.
    public var hint: String?

    public init(
        _ severity: Severity = .error,
        file: String? = nil,
        span: SourceSpan? = nil,
        sourceLine: String? = nil,
        message: String,
        hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.span = span
        self.sourceLine = sourceLine
        self.message = message
        self.hint = hint
    }

    public static func error(_ message: String, file: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, message: message, hint: hint)
    }
}

extension Diagnostic: CustomStringConvertible {
    public var description: String { DiagnosticRenderer(color: false).render(self) }
}

/// Why an export could not be written, with what to do about it.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let hint: String?

    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { message + (hint.map { "\nhint: " + $0 } ?? "") }
}

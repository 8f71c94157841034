/// A construct of a statement that has no SQL form (yet, or in one dialect): what it is, the
/// word of the statement that shows where it stands, and what to write instead.
public struct SQLUnsupported: Error, Sendable {
    public let message: String
    /// A word of the statement to point at (a field, a keyword); the statement's start when
    /// it cannot be found.
    public let near: String
    public let hint: String?

    init(_ message: String, near: String, hint: String? = nil) {
        self.message = message
        self.near = near
        self.hint = hint
    }
}

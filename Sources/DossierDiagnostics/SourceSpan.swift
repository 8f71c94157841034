/// A run of text on one line: where it starts and how many columns the caret should cover.
public struct SourceSpan: Hashable, Sendable {
    public var start: SourceLocation
    public var length: Int

    public init(_ start: SourceLocation, length: Int = 1) {
        self.start = start
        self.length = max(1, length)
    }

    public init(line: Int, column: Int, length: Int = 1) {
        self.init(SourceLocation(line: line, column: column), length: length)
    }
}

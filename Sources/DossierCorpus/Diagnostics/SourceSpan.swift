/// A place in a text file, counted the way people and editors count: lines and columns from
/// 1, columns in Unicode scalars (so "Алматы" is six columns, not twelve bytes).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

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

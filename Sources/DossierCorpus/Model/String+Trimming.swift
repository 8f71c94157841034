extension StringProtocol {
    /// The text without white space (spaces, tabs, line breaks) at either end.
    public func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}

extension String {
    /// The text padded with spaces to `width` columns, or followed by one space when it is
    /// that wide already: the left column of help's tables.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}

extension String {
    /// Every occurrence of one character (`target` is a single character, a constant of the
    /// caller) replaced, without Foundation.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

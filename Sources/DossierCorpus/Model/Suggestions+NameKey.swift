import DossierDiagnostics

extension Suggestions {
    /// The candidate closest to `word`, names compared in their `NameKey` form: case,
    /// apostrophes, dashes and spacing do not count as typos.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        closest(to: word, among: candidates, folding: { NameKey.of($0) })
    }
}

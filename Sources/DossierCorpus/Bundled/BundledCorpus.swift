/// The corpus Dossier ships with: five articles on Kazakhstan's unrest of January 2022, with
/// a gazetteer and curated events (`samples/corpus/kazakhstan-2022`).
///
/// It is compiled into the binary rather than looked up on disk, so `dossier` works out of
/// the box from any directory, wherever the binary was copied.
public enum BundledCorpus {
    public static let name = "kazakhstan-2022"

    public static var source: CorpusSource {
        .files(name: name, files)
    }

    /// The embedded files, by name, for tests that check them against the samples.
    public static var fileContents: [String: [UInt8]] {
        Dictionary(files.map { ($0.name, $0.bytes) }, uniquingKeysWith: { a, _ in a })
    }
}

/// The files of a corpus directory as a snapshot saw them (see `FileStamp`), in name
/// order. Listing a directory of 100,000 articles takes a tenth of a second; reading them
/// takes a minute.
public struct CorpusManifest: Equatable, Sendable {
    public var stamps: [FileStamp]

    public init(stamps: [FileStamp]) {
        self.stamps = stamps
    }

    /// The corpus files under `directory` (articles, gazetteer, events) as they are now;
    /// nil when the directory cannot be listed.
    public static func scan(_ directory: String) -> CorpusManifest? {
        var walk = DirectoryWalk(root: directory)
        guard walk.run() else { return nil }
        let stamps = walk.files.filter { CorpusFile.isCorpusFile($0.relative) }
            .map { FileStamp(name: $0.relative, size: $0.size, modified: $0.modified, isRegular: $0.isRegular) }
            .sorted { $0.name < $1.name }
        return CorpusManifest(stamps: stamps)
    }

    /// The articles that differ from `old`'s (changed, added or removed), and whether a
    /// file other than an article (the gazetteer, the events) differs.
    public func difference(from old: CorpusManifest) -> (articles: Set<String>, others: Bool) {
        let before = Dictionary(old.stamps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(stamps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var articles = Set<String>()
        var others = false
        for name in Set(before.keys).union(now.keys) where before[name] != now[name] {
            if CorpusFile.isArticle(name) { articles.insert(name) } else { others = true }
        }
        return (articles, others)
    }

    func encode(_ encoder: inout SnapshotEncoder) {
        encoder.count(stamps.count)
        for stamp in stamps {
            encoder.string(stamp.name)
            encoder.int64(stamp.size)
            encoder.int64(stamp.modified)
            encoder.bool(stamp.isRegular)
        }
    }

    static func decode(_ decoder: inout SnapshotDecoder) throws -> CorpusManifest {
        let count = try decoder.count(elementSize: 21)
        var stamps: [FileStamp] = []
        stamps.reserveCapacity(count)
        for _ in 0..<count {
            stamps.append(FileStamp(name: try decoder.string(), size: try decoder.int64(), modified: try decoder.int64(),
                                    isRegular: try decoder.bool()))
        }
        return CorpusManifest(stamps: stamps)
    }
}

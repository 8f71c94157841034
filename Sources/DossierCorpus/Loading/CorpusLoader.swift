import DossierDiagnostics

/// Reads a corpus directory (or in-memory files) into a draft, validating everything.
public struct CorpusLoader: Sendable {
    /// Told of each article read; its cancellation stops the load with `LoadInterrupted`.
    public var progress: LoadProgress?

    public init(progress: LoadProgress? = nil) {
        self.progress = progress
    }

    /// Articles kept from an earlier load, by file name, with the problems that load found in
    /// each file: their files are not read again (see `CorpusBuilder.update`).
    public struct Reuse: Sendable {
        public var articles: [String: Article]
        public var problems: [String: [Diagnostic]]

        public init(articles: [String: Article], problems: [String: [Diagnostic]]) {
            self.articles = articles
            self.problems = problems
        }
    }

    /// The start of the message of a duplicate id, which the load makes itself (a reused
    /// file's earlier problems leave it out).
    public static let duplicateMessage = "duplicate article id"

    /// Throws only when there is no corpus at all (a missing or empty directory), or when the
    /// user stopped the load; every other problem is in the draft's `problems`.
    public func load(_ source: CorpusSource, reusing reuse: Reuse? = nil) throws -> CorpusDraft {
        let listing = try source.files()
        var problems = listing.problems
        let articles = readArticles(listing.files, reusing: reuse, problems: &problems)
        if progress?.isCancelled == true { throw LoadInterrupted() }
        var entities: [Entity] = []
        if let file = listing.files.first(where: { $0.name == CorpusFile.gazetteerName }),
           let text = decode(file, problems: &problems) {
            entities = GazetteerReader.read(SourceText(name: file.name, text: text), problems: &problems)
        }
        var events: [Event] = []
        if let file = listing.files.first(where: { $0.name == CorpusFile.eventsName }),
           let text = decode(file, problems: &problems) {
            events = EventsReader(source: SourceText(name: file.name, text: text), articles: articles, entities: entities)
                .read(problems: &problems)
        }
        return CorpusDraft(name: listing.name, articles: articles, entities: entities, events: events, problems: problems)
    }

    private func readArticles(_ files: [CorpusFile], reusing reuse: Reuse?, problems: inout [Diagnostic]) -> [Article] {
        var articles: [Article] = []
        var seen: [String: String] = [:]
        // Files are read on every core; their problems and ids are then taken in file order.
        let articleFiles = files.filter(\.isArticle)
        let progress = self.progress
        progress?.begin(.reading, total: articleFiles.count)
        let read = Parallel.map(count: articleFiles.count) { index -> (Article?, [Diagnostic]) in
            if progress?.isCancelled == true { return (nil, []) }
            if let kept = reuse?.articles[articleFiles[index].name] {
                return (kept, reuse?.problems[articleFiles[index].name] ?? [])
            }
            var found: [Diagnostic] = []
            guard let file = articleFiles[index].read(problems: &found) else { return (nil, found) }
            let article = ArticleReader.read(file, problems: &found)
            progress?.advance(bytes: file.bytes.count)
            return (article, found)
        }
        for (file, (read, found)) in zip(articleFiles, read) {
            problems += found
            guard let article = read else { continue }
            if let first = seen[article.id] {
                problems.append(Diagnostic(.error, file: file.name, span: article.idSpan, sourceLine: article.idLineText,
                                           message: "\(Self.duplicateMessage) '\(article.id)' (also used by \(first)); this file was skipped",
                                           hint: "give each article its own id in its front matter, e.g. id: \(article.id)-2"))
                continue
            }
            seen[article.id] = file.name
            articles.append(article)
        }
        return articles
    }

    private func decode(_ file: CorpusFile, problems: inout [Diagnostic]) -> String? {
        UTF8Check.decode(file, problems: &problems)
    }
}

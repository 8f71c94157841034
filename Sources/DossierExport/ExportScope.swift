/// What an exported table's rows depend on.
public enum ExportScope: String, Sendable {
    /// Found in one article alone: the same rows whether the corpus is exported whole or in
    /// shards, and a shard's rows are those of its articles.
    case article
    /// Read from the gazetteer: the same in every shard.
    case gazetteer
    /// Made from the whole corpus (events merged across articles, names counted across
    /// articles): exported only when the corpus is exported whole.
    case corpus
}

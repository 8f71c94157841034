import DossierCorpus

/// A dotted path such as `speaker.description` or `sentence.text`: from each row, follow
/// one or more `Link`s to rows of other sources and read a field there. The checker turns a
/// path into a `Field` of the source it starts from, so every clause (where, show, sort,
/// count by) takes a path where it takes a field.
public enum FieldPath {
    enum Resolution {
        case field(Field)
        /// `part` leads nowhere from `source`: the links it has are `links`.
        case unknownLink(part: String, source: SourceSchema, links: [String])
        /// The path reaches `source`, which has no field `part`.
        case unknownField(part: String, source: SourceSchema)
    }

    static func resolve(_ path: String, in schema: SourceSchema) -> Resolution {
        let parts = path.lowercased().split(separator: ".").map(String.init)
        var rows: @Sendable (Corpus, Int) -> [Int] = { _, row in [row] }
        var many = false
        var current = schema
        for part in parts.dropLast() {
            let links = schema.isTable ? [] : Schema.links(of: current.name)
            guard let link = links.first(where: { $0.isNamed(part) }), let target = Schema.source(named: link.target) else {
                return .unknownLink(part: part, source: current, links: links.map(\.name))
            }
            let before = rows
            let follow = link.rows
            rows = { corpus, row in before(corpus, row).flatMap { follow(corpus, $0) } }
            many = many || link.many
            current = target
        }
        guard let last = parts.last, let field = current.field(named: last) else {
            return .unknownField(part: parts.last ?? path, source: current)
        }
        let value = field.value
        if parts.count == 2, let link = (schema.isTable ? [] : Schema.links(of: schema.name)).first(where: { $0.isNamed(parts[0]) }),
           let follow = link.one {
            // One link to one row, the usual path: no list of rows is made for each row.
            return .field(Field(parts.joined(separator: "."), field.type, "\(field.summary) (of the \(current.name) it leads to)") { corpus, row in
                follow(corpus, row).map { value(corpus, $0) } ?? .null
            })
        }
        let type: FieldType = !many ? field.type : (field.type == .entity || field.type == .entityList ? .entityList : .textList)
        let reached = rows
        let several = many
        return .field(Field(parts.joined(separator: "."), type, "\(field.summary) (of the \(current.name) it leads to)") { corpus, row in
            let ids = reached(corpus, row)
            guard several else { return ids.first.map { value(corpus, $0) } ?? .null }
            var items: [Value] = []
            for id in ids {
                switch value(corpus, id) {
                case .null: continue
                case .list(let inner): items += inner
                case let single: items.append(single)
                }
            }
            return .list(items)
        })
    }

    /// What may complete a partial path (`speaker.de`): the links and fields of the source
    /// its links reach, each written as a whole path.
    public static func candidates(for partial: String, in schema: SourceSchema) -> [String] {
        var parts = partial.lowercased().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast()
        var current = schema
        for part in parts {
            guard let link = Schema.links(of: current.name).first(where: { $0.isNamed(part) }),
                  let target = Schema.source(named: link.target) else { return [] }
            current = target
        }
        let prefix = parts.joined(separator: ".") + "."
        return current.fields.map { prefix + $0.name } + Schema.links(of: current.name).map { prefix + $0.name + "." }
    }
}

import DossierDiagnostics
import Yams

/// Reads `entities.yaml`, the gazetteer: who and what the corpus names, under every alias.
struct GazetteerReader {
    static let knownKeys = ["name", "kind", "aliases", "description"]
    static let example = "- name: Kassym-Jomart Tokayev\n  kind: person\n  aliases: [Tokayev, Kassym-Schomart Tokayev]\n  description: President of Kazakhstan since 2019"

    static func read(_ source: SourceText, problems: inout [Diagnostic]) -> [Entity] {
        let document = YAMLDocument(source: source, lineOffset: 0)
        let root: Node
        switch document.parse(source.text) {
        case .failure(let problem):
            problems.append(problem)
            return []
        case .success(nil):
            return []
        case .success(let node?):
            root = node
        }
        guard case .sequence(let items) = root else {
            problems.append(document.diagnostic(at: root, "entities.yaml must be a list of entities",
                                                hint: "start each entity with '- name:', e.g.\n" + example))
            return []
        }
        var entities: [Entity] = []
        var owners: [String: (entity: Int, node: Node)] = [:]
        for item in items {
            guard var entity = readEntity(item, id: entities.count, document: document, problems: &problems) else { continue }
            entity.aliases = uniqueAliases(of: entity, node: item, owners: &owners, entities: entities,
                                           document: document, problems: &problems)
            entities.append(entity)
        }
        return entities
    }

    private static func readEntity(_ item: Node, id: Int, document: YAMLDocument, problems: inout [Diagnostic]) -> Entity? {
        guard item.isMapping else {
            problems.append(document.diagnostic(at: item, "an entity must be a mapping with name and kind", hint: example))
            return nil
        }
        var name: String?
        var kind: EntityKind?
        var aliases: [String] = []
        var description: String?
        var kindMissing = true
        for (key, keyNode, value) in item.stringPairs {
            switch key {
            case "name":
                name = value.text?.trimmingSpaces()
            case "kind":
                kindMissing = false
                let text = value.text?.trimmingSpaces().lowercased() ?? ""
                kind = EntityKind(rawValue: text)
                if kind == nil {
                    let names = EntityKind.allCases.map(\.rawValue)
                    let suggestion = Suggestions.closest(to: text, among: names)
                    problems.append(document.diagnostic(at: value, "unknown entity kind '\(text)'",
                                                        hint: (suggestion.map { "did you mean '\($0)'? " } ?? "")
                                                            + "kind is one of: " + names.joined(separator: ", ")))
                }
            case "aliases":
                aliases = value.items.compactMap { $0.text?.trimmingSpaces() }.filter { !$0.isEmpty }
            case "description":
                description = value.text?.trimmingSpaces()
            default:
                let suggestion = Suggestions.closest(to: key, among: knownKeys)
                problems.append(document.diagnostic(.warning, at: keyNode, "unknown entity key '\(key)'",
                                                    hint: suggestion.map { "did you mean '\($0)'?" }
                                                        ?? "known keys: " + knownKeys.joined(separator: ", ")))
            }
        }
        guard let name, !name.isEmpty else {
            problems.append(document.diagnostic(at: item, "entity without a name", hint: example))
            return nil
        }
        if kindMissing {
            problems.append(document.diagnostic(at: item, "entity '\(name)' has no kind",
                                                hint: "add a kind: person, organization, place, country or group"))
        }
        return Entity(id: id, name: name, kind: kind ?? .group, aliases: aliases, description: description,
                      definedAt: SourceReference(file: document.source.name, line: document.line(of: item)))
    }

    /// Drops repeated aliases of one entity and reports a surface form that names two.
    private static func uniqueAliases(of entity: Entity, node: Node, owners: inout [String: (entity: Int, node: Node)],
                                      entities: [Entity], document: YAMLDocument, problems: inout [Diagnostic]) -> [String] {
        var kept: [String] = []
        for (position, form) in ([entity.name] + entity.aliases).enumerated() {
            let key = NameKey.of(form)
            if let owner = owners[key] {
                guard owner.entity != entity.id else { continue }  // repeated within one entity
                let other = entities[owner.entity]
                problems.append(document.diagnostic(at: aliasNode(form, in: node) ?? node,
                                                    "ambiguous name: '\(form)' names both '\(other.name)' (line \(other.definedAt?.line ?? 0)) and '\(entity.name)'",
                                                    hint: "a surface form should name one entity: keep it under one of them, or list a longer form such as the full name"))
            } else {
                owners[key] = (entity.id, node)
            }
            if position > 0 { kept.append(form) }
        }
        return kept
    }

    private static func aliasNode(_ form: String, in entity: Node) -> Node? {
        for (key, _, value) in entity.stringPairs {
            if key == "name", value.text?.trimmingSpaces() == form { return value }
            if key == "aliases", let match = value.items.first(where: { $0.text?.trimmingSpaces() == form }) { return match }
        }
        return nil
    }
}

/// Finds the entity a surface form names, through names and aliases, case-insensitively.
public struct AliasIndex: Sendable {
    public enum Resolution: Hashable, Sendable {
        case entity(Int)
        /// Two or more entities share this surface form.
        case ambiguous([Int])
    }

    private var table: [String: Resolution] = [:]

    public init() {}

    public init(entities: [Entity]) {
        for entity in entities {
            for form in [entity.name] + entity.aliases {
                add(form, entity: entity.id)
            }
        }
    }

    public mutating func add(_ form: String, entity: Int) {
        let key = NameKey.of(form)
        switch table[key] {
        case nil:
            table[key] = .entity(entity)
        case .entity(let other) where other != entity:
            table[key] = .ambiguous([other, entity])
        case .ambiguous(let ids) where !ids.contains(entity):
            table[key] = .ambiguous(ids + [entity])
        default:
            break
        }
    }

    public func resolve(_ form: some StringProtocol) -> Resolution? {
        table[NameKey.of(form)]
    }

    /// The entity a form names when exactly one does.
    public func entity(_ form: some StringProtocol) -> Int? {
        if case .entity(let id) = resolve(form) { return id }
        return nil
    }
}

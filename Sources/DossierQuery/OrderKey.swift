import DossierCorpus

/// A value made ready to be ordered: the name key of a text or an entity is computed once,
/// so that sorting n rows builds n keys rather than two per comparison (which made
/// `sentences sort by text` take seconds). Orders exactly as `compareValues`.
struct OrderKey {
    let value: Value
    /// `NameKey.of(display)` for text and entities; nil for the rest.
    private let folded: String?

    init(_ value: Value) {
        self.value = value
        switch value {
        case .text(let text): folded = NameKey.of(text)
        case .entity(_, let name): folded = NameKey.of(name)
        default: folded = nil
        }
    }

    static func compare(_ a: OrderKey, _ b: OrderKey) -> Int {
        if case .number(let p) = a.value, case .number(let q) = b.value { return p < q ? -1 : (p == q ? 0 : 1) }
        if let p = a.folded, let q = b.folded {
            if p != q { return p < q ? -1 : 1 }
            let x = a.value.display
            let y = b.value.display
            return x < y ? -1 : (x == y ? 0 : 1)
        }
        return compareValues(a.value, b.value)
    }

    /// A missing value: null, or an empty list.
    var isMissing: Bool {
        switch value {
        case .null: return true
        case .list(let items): return items.isEmpty
        default: return false
        }
    }

    /// The order of `sort by`: missing values last whichever the direction, as the grammar
    /// says; the rest by `compare`, reversed for `desc`.
    static func ordered(_ a: OrderKey, _ b: OrderKey, descending: Bool) -> Int {
        switch (a.isMissing, b.isMissing) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false):
            let order = compare(a, b)
            return descending ? -order : order
        }
    }

    /// Values sorted in `compare`'s order.
    static func sorted(_ values: [Value]) -> [Value] {
        values.map(OrderKey.init).sorted { compare($0, $1) < 0 }.map(\.value)
    }

    /// Total order for sorting: nulls last; numbers, dates, booleans by value; text and
    /// entities case-insensitively; lists by their first element.
    static func compareValues(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return 1
        case (_, .null): return -1
        case (.number(let x), .number(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                let order = compareValues(p, q)
                if order != 0 { return order }
            }
            return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
        default:
            let x = NameKey.of(a.display)
            let y = NameKey.of(b.display)
            if x != y { return x < y ? -1 : 1 }
            return a.display < b.display ? -1 : (a.display == b.display ? 0 : 1)
        }
    }
}

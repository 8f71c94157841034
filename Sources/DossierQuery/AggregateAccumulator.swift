import DossierCorpus

/// The running state of one group of an aggregate: what it has seen of the field's values.
/// Nulls are skipped, and a list gives each of its elements.
struct AggregateAccumulator {
    private var sum = 0.0
    private var count = 0
    private var least: OrderKey?
    private var most: OrderKey?
    private var distinct = Set<Value>()

    mutating func add(_ value: Value) {
        switch value {
        case .null: return
        case .list(let items): items.forEach { add($0) }
        default:
            distinct.insert(value)
            if case .number(let n) = value {
                sum += n
                count += 1
            }
            let key = OrderKey(value)
            if least.map({ OrderKey.compare(key, $0) < 0 }) ?? true { least = key }
            if most.map({ OrderKey.compare(key, $0) > 0 }) ?? true { most = key }
        }
    }

    /// The aggregate of what was seen: null when a sum, mean, least or most has no value.
    func result(_ function: Aggregate) -> Value {
        switch function {
        case .sum: return count == 0 ? .null : .number(sum)
        case .avg: return count == 0 ? .null : .number(sum / Double(count))
        case .min: return least?.value ?? .null
        case .max: return most?.value ?? .null
        case .countDistinct: return .number(Double(distinct.count))
        }
    }
}

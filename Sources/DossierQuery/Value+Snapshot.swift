import DossierCorpus

/// A value as a snapshot's index sections store it: a tag byte, then its payload.
extension Value {
    func encode(_ e: inout SnapshotEncoder) {
        switch self {
        case .null: e.uint8(0)
        case .text(let text): e.uint8(1); e.string(text)
        case .number(let number): e.uint8(2); e.double(number)
        case .bool(let flag): e.uint8(3); e.bool(flag)
        case .date(let date): e.uint8(4); e.date(date)
        case .entity(let id, let name): e.uint8(5); e.int32(id); e.string(name)
        case .list(let items):
            e.uint8(6)
            e.count(items.count)
            for item in items { item.encode(&e) }
        }
    }

    /// A value; a list holds no list (`Value` never nests them), so the depth is bounded.
    static func decode(_ d: inout SnapshotDecoder, inList: Bool = false) throws -> Value {
        switch try d.uint8() {
        case 0: return .null
        case 1: return .text(try d.string())
        case 2: return .number(try d.double())
        case 3: return .bool(try d.bool())
        case 4: return .date(try d.requiredDate())
        case 5: return .entity(try d.natural(), try d.string())
        case 6 where !inList: return .list(try (0..<d.count()).map { _ in try decode(&d, inList: true) })
        default: throw d.corrupt
        }
    }
}

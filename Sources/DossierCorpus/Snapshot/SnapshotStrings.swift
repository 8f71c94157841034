/// The strings of a snapshot other than article bodies (titles, names, units, evidence),
/// each stored once: records name a string by its number in this table. Interned while
/// writing, so a unit such as "people" that two million figures share costs four bytes each.
public final class SnapshotStrings {
    private var numbers: [String: UInt32] = [:]
    private(set) var strings: [String] = []

    public init() {}

    func number(of string: String) -> UInt32 {
        if let known = numbers[string] { return known }
        let number = UInt32(strings.count)
        numbers[string] = number
        strings.append(string)
        return number
    }

    /// The table as a section: the count, each string's end offset, then the bytes.
    public func encoded() -> [UInt8] {
        var encoder = SnapshotEncoder(strings: self)
        encoder.count(strings.count)
        var end: UInt64 = 0
        for string in strings {
            end += UInt64(string.utf8.count)
            encoder.uint64(end)
        }
        for string in strings { encoder.bytes.append(contentsOf: string.utf8) }
        return encoder.bytes
    }

    /// Every string of a table section, in number order.
    static func decode(_ section: SnapshotSection) throws -> [String] {
        var decoder = SnapshotDecoder(section)
        let count = try decoder.count(elementSize: 8)
        let ends = try (0..<count).map { _ in try decoder.uint64() }
        let bytes = UnsafeRawBufferPointer(rebasing: try decoder.rest())
        var strings: [String] = []
        strings.reserveCapacity(count)
        var start = 0
        for end in ends {
            guard end <= UInt64(bytes.count), Int(end) >= start else { throw SnapshotProblem.corrupt(section: section.tag) }
            strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<Int(end)]), as: UTF8.self))
            start = Int(end)
        }
        return strings
    }
}

import DossierDiagnostics

/// Reads back what `SnapshotEncoder` wrote, in the same order. Every read checks that the
/// bytes are there and that what they hold can be a value (a range runs forwards, an id
/// is in bounds, a string number is in the table): a file whose checksums pass but whose
/// records are wrong (another writer's bug, a forged file) is refused as corrupt, never
/// trapped on.
public struct SnapshotDecoder {
    public let section: SnapshotSection
    private let strings: [String]
    private var position = 0

    public init(_ section: SnapshotSection, strings: [String] = []) {
        self.section = section
        self.strings = strings
    }

    public var isAtEnd: Bool { position == section.bytes.count }

    /// Bytes not yet read: a bound on how many records can follow.
    public var remaining: Int { section.bytes.count - position }

    public var corrupt: SnapshotProblem { .corrupt(section: section.tag) }

    @inline(__always)
    private mutating func raw<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard position + size <= section.bytes.count, let base = section.bytes.baseAddress else { throw corrupt }
        let value = T(littleEndian: base.loadUnaligned(fromByteOffset: position, as: T.self))
        position += size
        return value
    }

    public mutating func uint8() throws -> UInt8 { try raw(UInt8.self) }
    public mutating func uint32() throws -> UInt32 { try raw(UInt32.self) }
    public mutating func uint64() throws -> UInt64 { try raw(UInt64.self) }
    public mutating func int32() throws -> Int { Int(try raw(Int32.self)) }
    public mutating func int64() throws -> Int { Int(try raw(Int64.self)) }
    public mutating func double() throws -> Double { Double(bitPattern: try raw(UInt64.self)) }

    public mutating func bool() throws -> Bool {
        switch try uint8() {
        case 0: return false
        case 1: return true
        default: throw corrupt
        }
    }

    /// An int that must be within `0..<bound`: an id of a row of another array.
    public mutating func index(below bound: Int) throws -> Int {
        let value = try int32()
        guard value >= 0, value < bound else { throw corrupt }
        return value
    }

    /// A non-negative int.
    public mutating func natural() throws -> Int {
        let value = try int32()
        guard value >= 0 else { throw corrupt }
        return value
    }

    /// A count of elements that follow, each at least `elementSize` bytes: a count that the
    /// remaining bytes cannot hold is refused before anything is allocated for it.
    public mutating func count(elementSize: Int = 1) throws -> Int {
        let value = Int(try uint32())
        guard value <= (section.bytes.count - position) / max(1, elementSize) else { throw corrupt }
        return value
    }

    public mutating func optionalIndex(below bound: Int) throws -> Int? {
        let value = try int32()
        if value == -1 { return nil }
        guard value >= 0, value < bound else { throw corrupt }
        return value
    }

    public mutating func optionalDouble() throws -> Double? {
        let present = try bool()
        let value = try double()
        return present ? value : nil
    }

    public mutating func optionalBool() throws -> Bool? {
        switch try uint8() {
        case 0: return nil
        case 1: return false
        case 2: return true
        default: throw corrupt
        }
    }

    /// A range within `0...limit`.
    public mutating func range(within limit: Int = Int(Int32.max)) throws -> Range<Int> {
        let low = try int32(), high = try int32()
        guard low >= 0, low <= high, high <= limit else { throw corrupt }
        return low..<high
    }

    public mutating func optionalRange(within limit: Int = Int(Int32.max)) throws -> Range<Int>? {
        let low = try int32(), high = try int32()
        if low == -1 && high == -1 { return nil }
        guard low >= 0, low <= high, high <= limit else { throw corrupt }
        return low..<high
    }

    public mutating func date() throws -> PartialDate? {
        let bits = try raw(Int32.self)
        if bits == Int32.min { return nil }
        guard let date = PartialDate(bits: bits) else { throw corrupt }
        return date
    }

    public mutating func requiredDate() throws -> PartialDate {
        guard let date = try date() else { throw corrupt }
        return date
    }

    public mutating func string() throws -> String {
        let number = Int(try uint32())
        guard number < strings.count else { throw corrupt }
        return strings[number]
    }

    public mutating func optionalString() throws -> String? {
        let number = try uint32()
        if number == UInt32.max { return nil }
        guard Int(number) < strings.count else { throw corrupt }
        return strings[Int(number)]
    }

    public mutating func stringList() throws -> [String] {
        let count = try count(elementSize: 4)
        return try (0..<count).map { _ in try string() }
    }

    public mutating func indexList(below bound: Int) throws -> [Int] {
        let count = try count(elementSize: 4)
        return try (0..<count).map { _ in try index(below: bound) }
    }

    public mutating func choice<T>(of cases: [T]) throws -> T? {
        let value = Int(try uint8())
        if value == 255 { return nil }
        guard value < cases.count else { throw corrupt }
        return cases[value]
    }

    public mutating func requiredChoice<T>(of cases: [T]) throws -> T {
        guard let value = try choice(of: cases) else { throw corrupt }
        return value
    }

    /// A count, then that many bytes.
    public mutating func byteArray() throws -> [UInt8] {
        let count = try count()
        guard let base = section.bytes.baseAddress else { return [] }
        defer { position += count }
        return Array(UnsafeRawBufferPointer(start: base + position, count: count))
    }

    /// The bytes from here to the end of the section.
    public mutating func rest() throws -> Slice<UnsafeRawBufferPointer> {
        let slice = section.bytes[position...]
        position = section.bytes.count
        return slice
    }

    public mutating func diagnostic() throws -> Diagnostic {
        let severity: Diagnostic.Severity = try bool() ? .error : .warning
        let file = try optionalString()
        let hasSpan = try bool()
        let line = try int32(), column = try int32(), length = try int32()
        let sourceLine = try optionalString()
        let message = try string()
        let hint = try optionalString()
        return Diagnostic(severity, file: file, span: hasSpan ? SourceSpan(line: line, column: column, length: length) : nil,
                          sourceLine: sourceLine, message: message, hint: hint)
    }
}

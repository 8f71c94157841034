import DossierDiagnostics

/// Writes the records of one section: fixed-width little-endian integers, doubles, and
/// strings by their number in the snapshot's string table. `SnapshotDecoder` reads them
/// back in the same order.
public struct SnapshotEncoder {
    public var bytes: [UInt8] = []
    let strings: SnapshotStrings

    public init(strings: SnapshotStrings) {
        self.strings = strings
    }

    @inline(__always)
    private mutating func raw<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func uint8(_ value: UInt8) { bytes.append(value) }
    public mutating func uint32(_ value: UInt32) { raw(value) }
    public mutating func uint64(_ value: UInt64) { raw(value) }
    public mutating func int32(_ value: Int) { raw(Int32(clamping: value)) }
    public mutating func int64(_ value: Int) { raw(Int64(value)) }
    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    public mutating func double(_ value: Double) { raw(value.bitPattern) }

    /// A count of what follows.
    public mutating func count(_ value: Int) { raw(UInt32(clamping: value)) }

    /// An id or offset that may be absent (-1).
    public mutating func optionalInt(_ value: Int?) { int32(value ?? -1) }

    public mutating func optionalDouble(_ value: Double?) {
        bool(value != nil)
        double(value ?? 0)
    }

    public mutating func optionalBool(_ value: Bool?) { uint8(value.map { $0 ? 2 : 1 } ?? 0) }

    public mutating func range(_ value: Range<Int>) {
        int32(value.lowerBound)
        int32(value.upperBound)
    }

    public mutating func optionalRange(_ value: Range<Int>?) {
        int32(value?.lowerBound ?? -1)
        int32(value?.upperBound ?? -1)
    }

    public mutating func date(_ value: PartialDate?) { raw(value?.bits ?? Int32.min) }

    public mutating func string(_ value: String) { raw(strings.number(of: value)) }

    public mutating func optionalString(_ value: String?) { raw(value.map(strings.number) ?? UInt32.max) }

    public mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    public mutating func ints(_ values: [Int]) {
        count(values.count)
        for value in values { int32(value) }
    }

    /// A value of a small enumeration by its position among `cases`; 255 for none.
    public mutating func choice<T: Equatable>(_ value: T?, of cases: [T]) {
        uint8(value.flatMap { cases.firstIndex(of: $0) }.map(UInt8.init) ?? 255)
    }

    public mutating func diagnostic(_ value: Diagnostic) {
        uint8(value.severity == .error ? 1 : 0)
        optionalString(value.file)
        bool(value.span != nil)
        int32(value.span?.start.line ?? 0)
        int32(value.span?.start.column ?? 0)
        int32(value.span?.length ?? 0)
        optionalString(value.sourceLine)
        string(value.message)
        optionalString(value.hint)
    }
}

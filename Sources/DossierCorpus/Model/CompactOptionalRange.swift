/// An optional byte range in 32-bit bounds, a negative start standing for nil.
@propertyWrapper
public struct CompactOptionalRange: Sendable, Hashable {
    private var start: Int32
    private var end: Int32

    public init(wrappedValue: Range<Int>?) {
        start = wrappedValue.map { Int32(clamping: $0.lowerBound) } ?? -1
        end = wrappedValue.map { Int32(clamping: $0.upperBound) } ?? -1
    }

    public var wrappedValue: Range<Int>? {
        get { start < 0 ? nil : Int(start)..<Int(end) }
        set {
            start = newValue.map { Int32(clamping: $0.lowerBound) } ?? -1
            end = newValue.map { Int32(clamping: $0.upperBound) } ?? -1
        }
    }
}

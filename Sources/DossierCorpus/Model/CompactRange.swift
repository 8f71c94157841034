/// A byte range in 32-bit bounds.
@propertyWrapper
public struct CompactRange: Sendable, Hashable {
    private var start: Int32
    private var end: Int32

    public init(wrappedValue: Range<Int>) {
        start = Int32(clamping: wrappedValue.lowerBound)
        end = Int32(clamping: wrappedValue.upperBound)
    }

    public var wrappedValue: Range<Int> {
        get { Int(start)..<Int(end) }
        set { (start, end) = (Int32(clamping: newValue.lowerBound), Int32(clamping: newValue.upperBound)) }
    }
}

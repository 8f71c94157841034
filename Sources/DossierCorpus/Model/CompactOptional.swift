/// An optional id (never negative) in 32 bits, -1 standing for nil.
@propertyWrapper
public struct CompactOptional: Sendable, Hashable {
    private var stored: Int32

    public init(wrappedValue: Int?) {
        stored = wrappedValue.map { Int32(clamping: $0) } ?? -1
    }

    public var wrappedValue: Int? {
        get { stored < 0 ? nil : Int(stored) }
        set { stored = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
}

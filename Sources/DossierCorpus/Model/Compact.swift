/// Ids and byte offsets stored in 32 bits and read as `Int`. Paragraphs, sentences,
/// mentions, quotes and figures number in the millions on a big corpus; halving their
/// integers keeps the model within a few times the size of the text. Values beyond 32 bits
/// (no article or corpus comes near) are clamped rather than trapping.
@propertyWrapper
public struct Compact: Sendable, Hashable {
    private var stored: Int32

    public init(wrappedValue: Int) {
        stored = Int32(clamping: wrappedValue)
    }

    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(clamping: newValue) }
    }
}

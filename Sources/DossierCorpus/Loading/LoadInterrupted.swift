import Foundation

/// Thrown when the user stopped a load (Ctrl-C); nothing of the corpus is kept.
public struct LoadInterrupted: Error, Sendable {
    public init() {}
}

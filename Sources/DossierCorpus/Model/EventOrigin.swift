/// Where an event came from: the curated `events.yaml`, or the text itself.
public enum EventOrigin: String, Sendable {
    case curated, extracted
}

/// Why a snapshot cannot be used. Each is said in one line on standard error, and the
/// corpus is then read from its files again; none is fatal.
public enum SnapshotProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// Shorter than its header says (a write that was cut, a disk that filled).
    case truncated
    /// Not a Dossier snapshot at all.
    case foreign
    /// A snapshot of another format version.
    case version(found: UInt32)
    /// Written by another build of Dossier, whose extraction may differ.
    case otherBuild(String)
    /// A section's bytes do not sum to its checksum, or do not read as what they should be.
    case corrupt(section: String)
    /// The file could not be opened, read or mapped (an errno's text).
    case unreadable(String)

    public var description: String {
        switch self {
        case .truncated: return "it is truncated"
        case .foreign: return "it is not a Dossier snapshot"
        case .version(let found): return "it has format version \(found), this Dossier reads version \(SnapshotFormat.version)"
        case .otherBuild(let build): return "another build of Dossier wrote it (\(build))"
        case .corrupt(let section): return "its \(section) section is damaged"
        case .unreadable(let reason): return "it cannot be read: \(reason)"
        }
    }
}

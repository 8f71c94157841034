/// Whether a corpus directory is kept in a snapshot, and where: the cache by default
/// (`$XDG_CACHE_HOME/dossier/`, else `~/.cache/dossier/`), a file the user names
/// (`--snapshot FILE`), or none (`--no-snapshot`).
public enum SnapshotChoice: Sendable, Equatable {
    case cache
    case file(String)
    case off
}

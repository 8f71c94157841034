import DossierCorpus
import DossierExtraction
import DossierQuery

/// What the command line asked for, after flag parsing.
public struct LaunchOptions: Sendable {
    public var corpus: String?
    public var statements: [String] = []
    public var scripts: [String] = []
    public var format: OutputFormat = .table
    public var strict = false
    public var wrap = false
    /// Go on after a failing statement in scripts and standard input (the REPL always does).
    public var keepGoing = false
    public var parameters: [String: String] = [:]
    /// Open the REPL with the tutorial started.
    public var tutorial = false
    /// Print the load time, then the time of each statement (as `.timer on`).
    public var timer = false
    /// Where the corpus's snapshot is kept, if anywhere.
    public var snapshot = SnapshotChoice.cache
    /// The environment, for the cache folder (`XDG_CACHE_HOME`, `HOME`).
    public var environment: [String: String] = [:]
    /// `dossier sql`: print each statement compiled to SQL in this dialect, instead of running it.
    public var sqlDialect: SQLDialect?

    public init() {}
}

import DossierCorpus
import DossierExtraction
import DossierQuery

/// Exit statuses, as documented in the README.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// A query or script had an error.
    case queryFailed = 1
    /// Bad flags or a corpus that cannot be loaded.
    case unusable = 2
    /// Standard output could not be written (a full disk): results were lost.
    case outputFailed = 3
    /// The user stopped the load or a script with Ctrl-C (128 + SIGINT, as a shell reports it).
    case interrupted = 130
    /// SIGHUP (128 + 1) or SIGTERM (128 + 15) ended a session; results sent to files were kept.
    case hangUp = 129
    case terminated = 143
}

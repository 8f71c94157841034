import DossierCorpus
import DossierExtraction
import DossierQuery
import Foundation

/// Wall-clock time, as the benchmark reports it.
enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }

    static func milliseconds(since start: UInt64) -> Double { Double(now() - start) / 1e6 }
}

import DossierCorpus
import DossierExtraction
import Foundation
import Testing

/// A load tells its progress stage by stage, ends each stage at its total, and stops with
/// `LoadInterrupted` (keeping nothing) when asked to.
@Suite struct LoadProgressTests {
    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var snapshots: [LoadProgress.Snapshot] = []
        func add(_ snapshot: LoadProgress.Snapshot) {
            lock.lock()
            snapshots.append(snapshot)
            lock.unlock()
        }
    }

    final class Flag: @unchecked Sendable {
        let lock = NSLock()
        var raised = false
        var isRaised: Bool {
            lock.lock()
            defer { lock.unlock() }
            return raised
        }
        func raise() {
            lock.lock()
            raised = true
            lock.unlock()
        }
    }

    @Test func everyStageReportsItsLastArticle() throws {
        let recorder = Recorder()
        let progress = LoadProgress(report: recorder.add)
        let corpus = try CorpusBuilder(progress: progress).load(BundledCorpus.source).corpus
        let bytes = corpus.articles.reduce(0) { $0 + $1.body.byteCount }
        for stage in [LoadProgress.Stage.reading, .segmenting, .extracting] {
            let last = recorder.snapshots.last { $0.stage == stage }
            #expect(last?.done == 5 && last?.total == 5, "\(stage)")
            if stage != .reading { #expect(last?.bytes == bytes, "\(stage)") }
        }
        #expect(recorder.snapshots.allSatisfy { $0.done <= $0.total && $0.seconds >= 0 })
    }

    @Test func aLoadQuickerThanTheQuietTimeReportsNothing() throws {
        let recorder = Recorder()
        let progress = LoadProgress(report: recorder.add, quietSeconds: 60)
        _ = try CorpusBuilder(progress: progress).load(BundledCorpus.source)
        #expect(recorder.snapshots.isEmpty)
    }

    @Test(arguments: [LoadProgress.Stage.reading, .segmenting, .extracting])
    func aCancelledLoadThrowsAndKeepsNothing(at stage: LoadProgress.Stage) {
        let flag = Flag()
        // The user presses Ctrl-C once the stage has begun.
        let progress = LoadProgress(report: { if $0.stage == stage { flag.raise() } }, isCancelled: { flag.isRaised })
        #expect(throws: LoadInterrupted.self) { try CorpusBuilder(progress: progress).load(BundledCorpus.source) }
    }

    @Test func theTimeLeftIsTheRateSoFarOverWhatRemains() {
        let snapshot = LoadProgress.Snapshot(stage: .extracting, done: 250, total: 1000, bytes: 2_000_000, seconds: 5)
        #expect(snapshot.secondsLeft == 15)
        #expect(snapshot.rate == 400_000)
        #expect(LoadProgress.Snapshot(stage: .reading, done: 1, total: 9, bytes: 1, seconds: 0.1).secondsLeft == nil)
    }
}

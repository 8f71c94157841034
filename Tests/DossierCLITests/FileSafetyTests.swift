import Foundation
import Testing
import TestSupport

/// `.output`, `.once`, `.read`, standard output and the corpus's odd files: nothing is
/// destroyed, nothing blocks, and every failure is said at once.
@Suite struct FileSafetyTests {
    func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func outputWritesThroughALinkAndKeepsTheFilesMode() throws {
        let folder = try TemporaryCorpus(["target.txt": "old\n"])
        chmod(folder.path + "/target.txt", 0o600)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: "target.txt")
        let run = try Dossier.run([], input: ".output link.txt\narticles count\n.output\n", directory: folder.path)
        #expect(run.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/link.txt") == "target.txt")
        #expect(try String(contentsOfFile: folder.path + "/target.txt", encoding: .utf8) == "count\n-----\n5\n(1 row)\n")
        #expect(try mode(folder.path + "/target.txt") == 0o600)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.txt", "target.txt"])
    }

    @Test func outputToADeviceWritesToItAndLeavesItADevice() throws {
        let run = try Dossier.run(["-e", ".output /dev/null", "-e", "articles count"])
        #expect(run.status == 0)
        #expect(run.output == "")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aReadOnlyFileIsRefusedAndKept() throws {
        let folder = try TemporaryCorpus(["kept.txt": "keep me\n"])
        chmod(folder.path + "/kept.txt", 0o444)
        let run = try Dossier.run([], input: ".output kept.txt\narticles count\n", directory: folder.path)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("<stdin>:1:9: error: cannot write kept.txt: is read-only\n 1 | .output kept.txt\n   |         ^~~~~~~~"))
        #expect(try String(contentsOfFile: folder.path + "/kept.txt", encoding: .utf8) == "keep me\n")
    }

    @Test func aMissingFolderIsReportedAtOnceAndTheScriptGoesOnWithKeepGoing() throws {
        let folder = try TemporaryCorpus()
        let run = try Dossier.run(["--keep-going"], input: ".output nowhere/x.txt\narticles count\n", directory: folder.path)
        #expect(run.status == 1)
        #expect(run.errors.contains("<stdin>:1:9: error: cannot write nowhere/x.txt: cannot be created: the folder nowhere does not exist"))
        #expect(run.output == "count\n-----\n5\n(1 row)\n")
    }

    @Test func aFullDiskIsReportedAfterTheStatementThatFailed() throws {
        let run = try Dossier.run([], input: ".output /dev/full\narticles count\narticles count\n")
        #expect(run.status == 1)
        #expect(run.errors.contains("error: cannot write /dev/full: No space left on device"))
        #expect(run.output == "")  // the failing statement ends the script
    }

    @Test func standardOutputThatCannotBeWrittenExitsNonZero() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(Dossier.binary)' -e 'articles count' > /dev/full; echo \"status $?\""]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "status 3\n")
        #expect(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            == "dossier: cannot write the results to standard output: No space left on device\n")
    }

    @Test func aNameWithSpacesIsQuotedOrRefused() throws {
        let folder = try TemporaryCorpus()
        let refused = try Dossier.run([], input: ".output my file.txt\n", directory: folder.path)
        #expect(refused.errors.hasPrefix("<stdin>:1:12: error: one file only: 'my' is followed by 'file.txt'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let quoted = try Dossier.run([], input: ".once \"my file.txt\"\narticles count\n", directory: folder.path)
        #expect(quoted.status == 0)
        #expect(try String(contentsOfFile: folder.path + "/my file.txt", encoding: .utf8) == "count\n-----\n5\n(1 row)\n")
    }

    @Test func readRefusesFoldersBinaryFilesAndItself() throws {
        let folder = try TemporaryCorpus(["self.dq": ".read self.dq\n", "binary.dq": "articles\u{0}count\n"])
        try FileManager.default.createDirectory(atPath: folder.path + "/scripts", withIntermediateDirectories: true)
        let directory = try Dossier.run(["-e", ".read scripts"], directory: folder.path)
        #expect(directory.errors.hasPrefix("1:7: error: cannot read scripts: it is a folder\n 1 | .read scripts\n   |       ^~~~~~~"))
        let binary = try Dossier.run(["-e", ".read binary.dq"], directory: folder.path)
        #expect(binary.errors.contains("error: cannot read binary.dq: it is not a text file in UTF-8"))
        let looping = try Dossier.run(["self.dq"], directory: folder.path)
        #expect(looping.status == 1)
        #expect(looping.errors.contains("self.dq:1:7: error: cannot read self.dq: scripts read each other more than 32 deep"))
        let device = try Dossier.run(["-e", ".read /dev/zero"])
        #expect(device.errors.contains("error: cannot read /dev/zero: it is not a regular file"))
    }

    @Test func aCorpusSkipsPipesAndDevicesWithAWord() throws {
        let corpus = try TemporaryCorpus(["good.md": TemporaryCorpus.article(id: "good", body: "Floods reached the town.")])
        #expect(mkfifo(corpus.path + "/pipe.md", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: corpus.path + "/zero.md", withDestinationPath: "/dev/zero")
        let run = try Dossier.run(["--corpus", corpus.path, "-e", "articles count"])
        #expect(run.status == 0)
        #expect(run.output == "count\n-----\n1\n(1 row)\n")
        #expect(run.errors.contains("pipe.md: warning: not a regular file (a pipe, a device or a socket); skipped"))
        #expect(run.errors.contains("zero.md: warning: not a regular file (a pipe, a device or a socket); skipped"))
    }

    @Test func aLinkBackToAFolderIsReadOnce() throws {
        let corpus = try TemporaryCorpus(["a/good.md": TemporaryCorpus.article(id: "good", body: "Floods reached the town.")])
        try FileManager.default.createSymbolicLink(atPath: corpus.path + "/a/up", withDestinationPath: "..")
        let run = try Dossier.run(["--corpus", corpus.path, "-e", "articles count"])
        #expect(run.output == "count\n-----\n1\n(1 row)\n")
        #expect(run.errors.contains("a/up: warning: a link back to a folder already read; skipped"))
    }

    /// A session fed through a pipe that stays open, in `directory`.
    func session(in directory: String? = nil) throws -> (process: Process, input: Pipe, output: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Dossier.binary)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, input, output)
    }

    @Test func pipedStatementsRunAsTheyArrive() throws {
        let (process, input, output) = try session()
        input.fileHandleForWriting.write(Data("articles count\n".utf8))
        // The answer comes while the pipe is still open.
        var received = Data()
        while !String(decoding: received, as: UTF8.self).contains("(1 row)") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        #expect(String(decoding: received, as: UTF8.self) == "count\n-----\n5\n(1 row)\n")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func terminationKeepsTheResultsAlreadySentToAFile() throws {
        let folder = try TemporaryCorpus()
        let (process, input, _) = try session(in: folder.path)
        input.fileHandleForWriting.write(Data(".output kept.txt\narticles count\n.output\n.output kept.txt\narticles count\n".utf8))
        // Wait for the first result to reach the file, then stop the session.
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: folder.path + "/kept.txt") { usleep(20_000) }
        usleep(200_000)
        process.terminate()
        for _ in 0..<250 where process.isRunning { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }  // never hang the suite
        process.waitUntilExit()
        #expect(process.terminationStatus == 143)
        #expect(try String(contentsOfFile: folder.path + "/kept.txt", encoding: .utf8) == "count\n-----\n5\n(1 row)\n")
        try? input.fileHandleForWriting.close()
    }

    @Test func controlCharactersOfArticlesAndFilesAreShownNotSent() throws {
        let corpus = try TemporaryCorpus(["esc.md": TemporaryCorpus.article(id: "esc", body: "The mayor said \u{1B}[31mred\u{1B}[0m things and rang \u{07} the bell.")])
        try corpus.write("binary.md", bytes: Array("bin\u{0}ary\u{1B}[2J\n".utf8))
        let run = try Dossier.run(["--corpus", corpus.path, "-e", "sentences show text"])
        #expect(run.output.contains("The mayor said \u{241B}[31mred\u{241B}[0m things and rang \u{2407} the bell."))
        #expect(!run.output.contains("\u{1B}") && !run.output.contains("\u{07}"))
        #expect(run.errors.contains(" 1 | bin\u{2400}ary\u{241B}[2J"))
        #expect(!run.errors.contains("\u{1B}") && !run.errors.contains("\u{0}"))
    }
}

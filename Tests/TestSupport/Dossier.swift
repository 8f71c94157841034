import Foundation

/// Runs the built `dossier` binary as a user would, with arguments and standard input.
public enum Dossier {
    public struct Run: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// The binary `swift build` made, beside the test bundle or in the repository's .build.
    public static var binary: String {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("dossier").path,
            Bundle.main.bundleURL.appendingPathComponent("dossier").path,
            Repository.root + "/.build/debug/dossier",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[2]
    }

    /// With `mergingErrors`, standard error goes to the same file as standard output, in the
    /// order they were written, as `2>&1` does; `errors` is then empty.
    public static func run(_ arguments: [String], input: String? = nil, directory: String? = nil,
                           environment: [String: String] = [:], mergingErrors: Bool = false) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // Files rather than pipes: reading pipes of processes started from parallel tests
        // has proved fragile in Foundation, and files cannot fill up and block the child.
        let directory = NSTemporaryDirectory() + "dossier-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // Snapshots go to a cache of this run's own, never the user's, unless a test names one.
        env["XDG_CACHE_HOME"] = directory + "/cache"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let paths = ["in", "out", "err"].map { directory + "/" + $0 }
        for (path, contents) in zip(paths, [Data((input ?? "").utf8), Data(), Data()]) {
            guard FileManager.default.createFile(atPath: path, contents: contents) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
        let handles = try paths.enumerated().map { n, path in
            n == 0 ? try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) : try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        }
        defer { handles.forEach { try? $0.close() } }
        process.standardInput = handles[0]
        process.standardOutput = handles[1]
        process.standardError = mergingErrors ? handles[1] : handles[2]
        try process.run()
        process.waitUntilExit()
        let out = FileManager.default.contents(atPath: paths[1]) ?? Data()
        let err = FileManager.default.contents(atPath: paths[2]) ?? Data()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                   errors: String(decoding: err, as: UTF8.self))
    }
}

import Foundation

/// A corpus directory that a test writes, with the files it needs, and removes afterwards.
public final class TemporaryCorpus {
    public let path: String

    public init(_ files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "dossier-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    public func write(_ name: String, _ text: String) throws {
        try write(name, bytes: Array(text.utf8))
    }

    public func write(_ name: String, bytes: [UInt8]) throws {
        let full = path + "/" + name
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    /// A well-formed article with the given id and body.
    public static func article(id: String, published: String = "2022-01-08", body: String) -> String {
        "---\nid: \(id)\ntitle: \"Title of \(id)\"\nsource: Test Wire\nauthor: A. Reporter\npublished: \(published)\nlanguage: en\ntranslated: false\n---\n\n\(body)\n"
    }
}

/// The root of the repository, found from this file's place in it.
public enum Repository {
    public static var root: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }
}

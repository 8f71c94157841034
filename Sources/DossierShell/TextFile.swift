@preconcurrency import Glibc
import DossierCorpus

/// Reads whole text files: scripts, standard input, the history file.
enum TextFile {
    /// The file's text, or nil when it cannot be read (see `FileBytes`).
    static func read(_ path: String) -> String? {
        guard case .bytes(let bytes) = FileBytes.read(path, limit: Int.max) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func read(_ file: UnsafeMutablePointer<FILE>) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

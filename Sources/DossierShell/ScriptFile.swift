@preconcurrency import Glibc

/// Reads a script for `.read` or the command line, refusing what is not one: a folder, a
/// device or a FIFO (which could block or never end), a file larger than `maximumBytes`, a
/// binary file, and scripts that `.read` each other deeper than `maximumDepth`.
enum ScriptFile {
    /// Larger scripts are surely not scripts.
    static let maximumBytes = 64 << 20
    /// `.read` within `.read`: a script that reads itself stops here.
    static let maximumDepth = 32

    struct Problem: Error {
        /// What is wrong, without the path: "it is a folder".
        var reason: String
        var hint: String
        var path: String

        /// The reason with the path: "cannot read notes: it is a folder".
        var message: String { "cannot read \(path): \(reason)" }
    }

    static func read(_ path: String, depth: Int = 0) -> Result<String, Problem> {
        guard depth < maximumDepth else {
            return .failure(Problem(reason: "scripts read each other more than \(maximumDepth) deep",
                                    hint: "a script that .reads itself never ends; remove the .read line that loops", path: path))
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            return .failure(Problem(reason: String(cString: strerror(errno)),
                                    hint: "check the path; .read takes a .dq script, e.g. .read samples/scripts/timeline.dq", path: path))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            return .failure(Problem(reason: "it is a folder", hint: "name a script inside it, e.g. .read \(path)/timeline.dq", path: path))
        default:
            return .failure(Problem(reason: "it is not a regular file (a device or a pipe)",
                                    hint: "save the statements in a .dq file and read that", path: path))
        }
        guard status.st_size <= maximumBytes else {
            return .failure(Problem(reason: "\(status.st_size) bytes is more than a script may hold (\(maximumBytes))",
                                    hint: "split it into smaller scripts", path: path))
        }
        guard let file = fopen(path, "rb") else {
            return .failure(Problem(reason: String(cString: strerror(errno)), hint: "check you may read the file", path: path))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= maximumBytes {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        if ferror(file) != 0 {
            return .failure(Problem(reason: String(cString: strerror(errno)), hint: "check the file", path: path))
        }
        guard bytes.count <= maximumBytes else {
            return .failure(Problem(reason: "it grows past \(maximumBytes) bytes", hint: "split it into smaller scripts", path: path))
        }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Problem(reason: "it is not a text file in UTF-8", hint: "save the script as UTF-8 text", path: path))
        }
        return .success(text)
    }
}

/// Why `.output` cannot write where it was told.
struct OutputFileError: Error {
    let message: String
    let hint: String

    init(_ path: String, _ reason: String, hint: String = "check the path, or name another file") {
        message = "cannot write \(path): \(reason)"
        self.hint = hint
    }
}

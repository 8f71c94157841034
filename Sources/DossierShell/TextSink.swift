@preconcurrency import Glibc
@preconcurrency import EditLineShim

/// Where text goes: standard output, standard error, a file of `.output`, or a string (in
/// tests). A write that fails (a full disk, a closed descriptor) is remembered, so that the
/// session can say so at once rather than lose results silently.
public final class TextSink: @unchecked Sendable {
    private let file: UnsafeMutablePointer<FILE>?
    public private(set) var captured = ""
    /// The errno of the first write that failed, or 0.
    public private(set) var failure: Int32 = 0

    public static let standardOutput = TextSink(file: dossier_stdout())
    public static let standardError = TextSink(file: dossier_stderr())

    init(file: UnsafeMutablePointer<FILE>?) {
        self.file = file
    }

    /// A sink that keeps what is written, for tests.
    public static func capturing() -> TextSink { TextSink(file: nil) }

    public func write(_ text: String) {
        guard let file else {
            captured += text
            return
        }
        guard failure == 0 else { return }
        var text = text
        let written = text.withUTF8 { buffer in fwrite(buffer.baseAddress, 1, buffer.count, file) }
        if written < text.utf8.count || fflush(file) != 0 {
            failure = errno == 0 ? EIO : errno
        }
    }

    /// What went wrong with the first failed write, in words, or nil.
    public var problem: String? {
        failure == 0 ? nil : String(cString: strerror(failure))
    }
}

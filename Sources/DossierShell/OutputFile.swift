@preconcurrency import Glibc

/// The file that `.output` and `.once` send results to. It is checked when it is named, so a
/// missing folder or a read-only file is reported at once; results are written as each
/// statement ends, so an interrupted session keeps what it had.
///
/// - A regular file is replaced atomically: results go to a temporary file beside it, which
///   takes the old file's mode and owner and is renamed over it when the redirection ends.
///   One that cannot keep its owner (another user's file), or that has other hard links, is
///   written in place instead, as sqlite3 does.
/// - A symbolic link is written through to the file it names, never replaced.
/// - A device, a FIFO or a socket (`/dev/null`, a named pipe) is written to directly.
/// - A read-only file, a folder, a missing folder, a dangling link and a FIFO with no reader
///   are refused.
final class OutputFile {
    /// The path as the user wrote it.
    let path: String
    /// The file written to: the temporary file, or the target itself.
    private let file: UnsafeMutablePointer<FILE>
    /// The target, through any symbolic links, when results go to a temporary file.
    private let target: String?
    private let temporary: String?
    let sink: TextSink

    private init(path: String, file: UnsafeMutablePointer<FILE>, target: String?, temporary: String?) {
        self.path = path
        self.file = file
        self.target = target
        self.temporary = temporary
        sink = TextSink(file: file)
    }

    /// Opens `path` for results, or says why not.
    static func open(_ path: String) -> Result<OutputFile, OutputFileError> {
        var status = stat()
        if stat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR { return .failure(.init(path, "is a folder", hint: ".output results.txt")) }
            if type != S_IFREG { return openSpecial(path) }
            // No write permission for anyone is read-only, even for root, who may write anyway.
            guard status.st_mode & 0o222 != 0, access(path, W_OK) == 0 else {
                return .failure(.init(path, "is read-only", hint: "name another file, or make this one writable first"))
            }
            guard let resolved = realpath(path, nil) else { return .failure(.init(path, String(cString: strerror(errno)))) }
            let target = String(cString: resolved)
            free(resolved)
            // Another user's file keeps its owner only if written in place; so does a file with
            // other hard links, which a rename would part from.
            if status.st_nlink > 1 || (status.st_uid != geteuid() && geteuid() != 0) {
                guard let file = fopen(target, "w") else { return .failure(.init(path, String(cString: strerror(errno)))) }
                return .success(OutputFile(path: path, file: file, target: nil, temporary: nil))
            }
            return openTemporary(path, beside: target, mode: status.st_mode & 0o7777, owner: (status.st_uid, status.st_gid))
        }
        var link = stat()
        if lstat(path, &link) == 0 {
            return .failure(.init(path, "is a link to a file that does not exist", hint: "name the file itself: .output results.txt"))
        }
        guard errno == ENOENT else { return .failure(.init(path, String(cString: strerror(errno)))) }
        let folder = Self.folder(of: path)
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, folderStatus.st_mode & S_IFMT == S_IFDIR else {
            return .failure(.init(path, "cannot be created: the folder \(folder) does not exist", hint: "create the folder first, or name a file in an existing one"))
        }
        guard access(folder, W_OK) == 0 else {
            return .failure(.init(path, "cannot be created: the folder \(folder) is not writable", hint: "name a file in a folder you may write to"))
        }
        let mask = umask(0)
        umask(mask)
        return openTemporary(path, beside: path, mode: 0o666 & ~mask, owner: nil)
    }

    /// A device, FIFO or socket: written to directly. A FIFO with no reader is refused rather
    /// than waited on.
    private static func openSpecial(_ path: String) -> Result<OutputFile, OutputFileError> {
        let descriptor = Glibc.open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENXIO ? "is a named pipe that nobody reads" : String(cString: strerror(errno))
            return .failure(.init(path, reason))
        }
        let flags = fcntl(descriptor, F_GETFL)
        _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
        guard let file = fdopen(descriptor, "w") else {
            close(descriptor)
            return .failure(.init(path, String(cString: strerror(errno))))
        }
        return .success(OutputFile(path: path, file: file, target: nil, temporary: nil))
    }

    private static func openTemporary(_ path: String, beside target: String, mode: mode_t, owner: (uid_t, gid_t)?)
        -> Result<OutputFile, OutputFileError> {
        var template = Array((folder(of: target) + "/.dossier-output-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return .failure(.init(path, String(cString: strerror(errno)))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = fchmod(descriptor, mode)
        if let (uid, gid) = owner, geteuid() == 0 { _ = fchown(descriptor, uid, gid) }
        guard let file = fdopen(descriptor, "w") else {
            close(descriptor)
            unlink(temporary)
            return .failure(.init(path, String(cString: strerror(errno))))
        }
        return .success(OutputFile(path: path, file: file, target: target, temporary: temporary))
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Puts the results in place: flushes them and renames the temporary file over the
    /// target. Nil on success, else what went wrong (the target is then left as it was).
    func commit() -> String? {
        var problem = sink.problem
        if fflush(file) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        if temporary != nil, problem == nil, fsync(fileno(file)) != 0 { problem = String(cString: strerror(errno)) }
        if fclose(file) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        guard let temporary, let target else { return problem }
        if problem == nil, rename(temporary, target) != 0 { problem = String(cString: strerror(errno)) }
        if problem != nil { unlink(temporary) }
        return problem
    }

    /// Gives up: the temporary file goes, and the target stays as it was.
    func abandon() {
        fclose(file)
        if let temporary { unlink(temporary) }
    }
}

@preconcurrency import Glibc
import CFuzzer
import DossierCorpus

/// The fuzzers of Dossier's entry points (see `FuzzTarget`).
///
/// Built for fuzzing (`make fuzz`: `-sanitize=fuzzer,address -DFUZZING`), it is libFuzzer's
/// driver: `DOSSIER_FUZZ_TARGET` names the target, the arguments are libFuzzer's.
/// Built plainly, it replays inputs: `dossier-fuzz TARGET FILE|DIR...` runs every file
/// through the target, which is how `make test` replays the regression corpus of inputs
/// that once failed (Tests/fuzz/TARGET/).

/// The target of this fuzzing run, read once from the environment.
nonisolated(unsafe) private var fuzzTarget: FuzzTarget?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    if fuzzTarget == nil {
        let name = getenv("DOSSIER_FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fputs("set DOSSIER_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n", stderr)
            exit(2)
        }
        fuzzTarget = target
    }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    fuzzTarget?.run(bytes)
    return 0
}

#if FUZZING
@_cdecl("dossier_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
@main
struct Replay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count >= 2 else {
            fputs("usage: dossier-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE|DIR...\n", stderr)
            exit(2)
        }
        var replayed = 0
        for path in arguments.dropFirst() {
            for file in files(at: path) {
                guard case .bytes(let bytes) = FileBytes.read(file, limit: Int.max) else {
                    fputs("dossier-fuzz: cannot read \(file)\n", stderr)
                    exit(1)
                }
                target.run(bytes)
                replayed += 1
            }
        }
        print("dossier-fuzz: \(target.rawValue): \(replayed) inputs replayed, none crashed")
    }

    /// The file itself, or the files of a directory (not hidden), sorted.
    static func files(at path: String) -> [String] {
        guard let directory = opendir(path) else { return [path] }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix("."), entry.pointee.d_type == UInt8(DT_REG) { names.append(path + "/" + name) }
        }
        closedir(directory)
        return names.sorted()
    }
}
#endif

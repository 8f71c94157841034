@preconcurrency import Glibc
import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import DossierQuery
@preconcurrency import EditLineShim

/// Loads the corpus and runs what the options ask for: `-e` statements, scripts, the REPL,
/// or statements piped on standard input.
public enum Launcher {
    /// What can start before the arguments are read: the extraction's vocabulary, on another core.
    public static func prepare() {
        CorpusBuilder.prepareVocabulary()
    }

    public static func run(_ options: LaunchOptions) -> ExitStatus {
        dossier_default_sigpipe()
        let errorColor = Terminal.wantsColor(STDERR_FILENO)
        // Ctrl-C during the load stops it; afterwards the REPL keeps its own handler and
        // scripts get the default (Ctrl-C ends them).
        dossier_install_interrupt_handler()
        dossier_install_stop_handlers()
        let started = Clock.now
        let loaded = loadCorpus(options, color: errorColor)
        let loadMilliseconds = Clock.elapsed(since: started)
        guard let (handle, steps, indexFile) = loaded else {
            if dossier_stop_signal() != 0 { return dossier_stop_signal() == SIGHUP ? .hangUp : .terminated }
            if dossier_interrupted() != 0 {
                TextSink.standardError.write("dossier: load interrupted; nothing was run\n")
                return .interrupted
            }
            return .unusable
        }
        dossier_clear_interrupt()  // a Ctrl-C that came as the load ended is spent
        let session = Session(handle: handle, format: options.format, color: errorColor,
                              width: { Terminal.width(STDOUT_FILENO) })
        session.loadSteps = steps
        session.indexFile = indexFile
        session.snapshot = options.snapshot
        session.environment = options.environment
        session.timer = options.timer
        session.sqlDialect = options.sqlDialect
        if options.timer {
            TextSink.standardError.write(LoadReport.summary(handle.corpus, milliseconds: loadMilliseconds, steps: steps))
        }
        session.parameters = options.parameters
        session.fixedParameters = Set(options.parameters.keys)
        session.wrap = options.wrap
        session.tableColor = Terminal.wantsColor(STDOUT_FILENO)
        // Ctrl-C, SIGTERM and SIGHUP stop the running statement and end a script; what was
        // sent to files is kept.
        session.isCancelled = { dossier_interrupted() != 0 }
        if !options.statements.isEmpty || !options.scripts.isEmpty {
            for (n, statement) in options.statements.enumerated() {
                // `-e '.schema events'` runs a command as a script line would.
                let file = options.statements.count > 1 ? "-e #\(n + 1)" : ""
                if statement.trimmingSpaces().hasPrefix(".") {
                    session.runScript(statement, file: file, keepGoing: true)
                } else {
                    session.run(statement, file: file)
                }
                if session.interrupted { break }
            }
            for script in options.scripts where !session.interrupted {
                runScript(script, session: session, keepGoing: options.keepGoing)
                if session.hadError && !options.keepGoing { break }
            }
        } else if Terminal.isTerminal(STDIN_FILENO) {
            if options.tutorial { session.tutorial = Tutorial(progressFile: Tutorial.defaultProgressFile()) }
            Repl(session: session).run()
        } else {
            StandardInput.run(session: session, keepGoing: options.keepGoing)
        }
        session.endRedirection()
        if let problem = TextSink.standardOutput.problem {
            TextSink.standardError.write("dossier: cannot write the results to standard output: \(problem)\n")
            return .outputFailed
        }
        if fflush(dossier_stdout()) != 0 {
            TextSink.standardError.write("dossier: cannot write the results to standard output: \(String(cString: strerror(errno)))\n")
            return .outputFailed
        }
        switch dossier_stop_signal() {
        case SIGHUP: return .hangUp
        case SIGTERM: return .terminated
        default: break
        }
        if session.interrupted { return .interrupted }
        return session.hadError ? .queryFailed : .success
    }

    static func loadCorpus(_ options: LaunchOptions, color: Bool) -> (CorpusHandle, LoadSteps, IndexFile?)? {
        let source: CorpusSource = options.corpus.map(CorpusSource.directory) ?? BundledCorpus.source
        let renderer = DiagnosticRenderer(color: color)
        let opener = CorpusOpener(strict: options.strict, snapshot: options.snapshot, environment: options.environment,
                                  progress: LoadReport.progress())
        do {
            let opened = try opener.open(source) { notice in
                LoadReport.finish()
                TextSink.standardError.write(notice + "\n")
            }
            LoadReport.finish()
            for problem in opened.problems { TextSink.standardError.write(renderer.render(problem) + "\n") }
            return (opened.handle, opened.steps, opened.indexFile)
        } catch is LoadInterrupted {
            LoadReport.finish()
            return nil
        } catch {
            LoadReport.finish()
            let problems = (error as? CorpusLoadError)?.problems ?? [.error("cannot load the corpus: \(error)")]
            for problem in problems { TextSink.standardError.write(renderer.render(problem) + "\n") }
            if options.strict && !problems.isEmpty && options.corpus != nil {
                TextSink.standardError.write("dossier: the corpus has problems and --strict is on; nothing was run\n")
            }
            return nil
        }
    }

    private static func runScript(_ path: String, session: Session, keepGoing: Bool) {
        switch ScriptFile.read(path) {
        case .success(let text):
            session.runScript(text, file: path, keepGoing: keepGoing)
        case .failure(let problem):
            session.report([.error("cannot open script: \(problem.reason)", file: path,
                                   hint: "give the path of a .dq file, e.g. dossier samples/scripts/timeline.dq")])
        }
    }
}

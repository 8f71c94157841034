import DossierCorpus
import DossierDiagnostics
import DossierQuery
import Foundation

/// The interactive tutorial (`.tutorial`, `dossier --tutorial`): a question at a time about
/// the bundled corpus, answered by a statement the learner types. The answer is judged by
/// its result, not its wording: any statement that selects the same rows (or gives the same
/// count, or the same table) passes, so "Tokayev" and "Kassym-Schomart Tokayev" both do.
public final class Tutorial {
    /// How a result is compared with the model answer's.
    enum Check {
        /// The same rows of the same source, in any order and with any columns.
        case rows
        /// The same single number.
        case count
        /// The same table on the model's columns; `ordered` when the order is the question.
        case table(ordered: Bool)
    }

    struct Step {
        var title: String
        var lesson: String
        var question: String
        var answer: String
        var hint: String
        var check: Check
    }

    static let steps: [Step] = [
        Step(title: "A first look",
             lesson: "A statement starts with a source: articles, sentences, entities, quotes, figures, events...\nTyping a source alone lists its rows; adding count gives how many there are.",
             question: "How many articles does the corpus hold?",
             answer: "articles count",
             hint: "Write the source, then the clause count: SOURCE count",
             check: .count),
        Step(title: "Keeping some rows",
             lesson: "where keeps the rows where a condition holds: a field, an operator, a value.\nText goes in double quotes; true, false and numbers are written bare.",
             question: "Which articles are translations or machine-rewritten copies? (their field translated is true)",
             answer: "articles where translated = true",
             hint: "articles where FIELD = VALUE, and true is written without quotes",
             check: .rows),
        Step(title: "Searching the text",
             lesson: "contains finds words in a text field, whatever their case: sentences where text contains \"army\".",
             question: "Find the sentences that contain the words \"shoot to kill\".",
             answer: "sentences where text contains \"shoot to kill\"",
             hint: "The source is sentences, the field is text, the operator is contains",
             check: .rows),
        Step(title: "People and organisations",
             lesson: "Entity fields (actor, speaker, entity) match any name or alias of an entity, ignoring case.\n.help events lists the fields of events.",
             question: "How many events has Kassym-Jomart Tokayev taken part in?",
             answer: "events where actor = \"Tokayev\" count",
             hint: "events where actor = \"...\" keeps his events; then count them",
             check: .count),
        Step(title: "Garbled names",
             lesson: "The spun copy of the New York Times article calls the CSTO the \"Collective Safety Treaty Group\".\nThe gazetteer lists that form as an alias, so it finds the same entity.",
             question: "List the events of the Collective Security Treaty Organization (write any of its names, even the garbled one).",
             answer: "events where actor = \"CSTO\"",
             hint: "events where actor = \"Collective Safety Treaty Group\" works as well as \"CSTO\"",
             check: .rows),
        Step(title: "Dates and precision",
             lesson: "after, before, on and between filter on a row's date. Dates are written bare: 2022-01-05.\nAn event known only to the month (2022-01) is not after 2022-01-05: it may not be.",
             question: "Which of Tokayev's events happened after 5 January 2022?",
             answer: "events where actor = \"Tokayev\" after 2022-01-05",
             hint: "events where actor = \"Tokayev\" after 2022-01-05 (no quotes around the date)",
             check: .rows),
        Step(title: "Who said what",
             lesson: "quotes lists the direct quotations with their speaker; speaker is an entity field.",
             question: "What did the analyst Erica Marat say? List her quotations.",
             answer: "quotes where speaker = \"Erica Marat\"",
             hint: "quotes where speaker = \"...\"",
             check: .rows),
        Step(title: "Who did Tokayev thank?",
             lesson: "Some answers are in the sentences themselves. The spun copy says Tokayev expressed \"particular gratitude\".",
             question: "Find the sentence that tells to whom Tokayev expressed his gratitude.",
             answer: "sentences where text contains \"gratitude\"",
             hint: "sentences where text contains \"...\" with the word gratitude",
             check: .rows),
        Step(title: "Numbers in the text",
             lesson: "figures lists every number with what it counts (what), its unit, and what happened to those counted (outcome: killed, injured, arrested...).",
             question: "List the figures of people killed.",
             answer: "figures where outcome = \"killed\"",
             hint: "figures where outcome = \"...\"",
             check: .rows),
        Step(title: "Sources that disagree",
             lesson: "conflicts groups the figures of different articles on one thing, in the same month, that cannot all be true.",
             question: "On which things do the articles disagree?",
             answer: "conflicts",
             hint: "The source alone lists all its rows",
             check: .rows),
        Step(title: "Grouping",
             lesson: "count by FIELD counts the rows for each value of a field.",
             question: "How many events are there of each kind?",
             answer: "events count by kind",
             hint: "events count by FIELD, and the field is kind",
             check: .table(ordered: false)),
        Step(title: "A timeline",
             lesson: "sort by orders rows (desc for the reverse); show picks the columns.",
             question: "Show the date and summary of every protest event, earliest first.",
             answer: "events where kind = \"protest\" sort by date show date, summary",
             hint: "events where kind = \"protest\" then sort by date then show date, summary",
             check: .table(ordered: true)),
        Step(title: "Whole words",
             lesson: "contains finds text anywhere, even inside a word: \"war\" is in \"toward\" and \"warned\".\nhas finds whole words and phrases only: text has \"war\".",
             question: "How many sentences use \"war\" as a word of its own?",
             answer: "sentences where text has \"war\" count",
             hint: "sentences where text has \"...\" count",
             check: .count),
        Step(title: "Every name at once",
             lesson: "A sentence's field entities lists the entities it names, under whatever name the text uses.\nentities = \"CSTO\" holds for a sentence that says CTSC or Collective Safety Treaty Group too.",
             question: "Show every sentence that names the CSTO, under any of its names.",
             answer: "sentences where entities = \"CSTO\"",
             hint: "sentences where entities = \"...\"",
             check: .rows),
        Step(title: "Following a link",
             lesson: "A dotted path follows a row to the row it comes from: a quotation's speaker.kind is the kind\nof the entity that spoke (person, organization...). .help paths lists the links.",
             question: "List the quotations whose speaker is an organization.",
             answer: "quotes where speaker.kind = \"organization\"",
             hint: "quotes where speaker.kind = \"...\"",
             check: .rows),
        Step(title: "Counting what differs",
             lesson: "count distinct FIELD by FIELD counts the different values in each group, and a where after\na shape filters the table on its columns: ... where count > 1.",
             question: "Which speakers are quoted in more than one article? (leave out fragments and quotations with no speaker)",
             answer: "quotes where fragment = false and speaker != null count distinct article by speaker where count > 1",
             hint: "quotes where fragment = false and speaker != null count distinct article by speaker, then where count > 1",
             check: .table(ordered: false)),
        Step(title: "The largest figure",
             lesson: "sum, avg, min and max read a field over each group: figures max value by article gives\nthe largest value each article reports. Their column is named after them.",
             question: "What is the largest number of people killed that each article reports? (figures whose outcome is killed)",
             answer: "figures where outcome = \"killed\" max value by article",
             hint: "figures where outcome = \"killed\" max value by FIELD",
             check: .table(ordered: false)),
        Step(title: "A computed column",
             lesson: "Arithmetic on number fields makes a column: show high - low as spread names it spread.",
             question: "For each quantity the articles disagree on, show what it is and how far apart its highest and lowest values are, in a column named spread.",
             answer: "conflicts show what, high - low as spread",
             hint: "conflicts show what, high - low as spread",
             check: .table(ordered: false)),
        Step(title: "A phrase as words",
             lesson: "has takes a phrase too: its words must stand whole and in order, whatever their case.",
             question: "How many sentences have the phrase \"shoot to kill\" as whole words?",
             answer: "sentences where text has \"shoot to kill\" count",
             hint: "sentences where text has \"...\" count",
             check: .count),
        Step(title: "Two fields at once",
             lesson: "count by takes several fields: one row for each combination, with how many rows have it.",
             question: "Which speakers have at least 4 quotations (fragments and unnamed speakers left out) in one article? Show the speaker, the article and the count.",
             answer: "quotes where fragment = false and speaker != null count by speaker, article where count >= 4",
             hint: "quotes where ... count by speaker, article where count >= 4",
             check: .table(ordered: false)),
        Step(title: "Counting by month",
             lesson: "month(date) turns a date into its month, so count by month(date) counts per month.",
             question: "How many events fall in each month? Keep the months with more than 3 events.",
             answer: "events count by month(date) where count > 3",
             hint: "events count by month(date), then where count > 3",
             check: .table(ordered: false)),
        Step(title: "A concordance",
             lesson: "kwic shows each hit in the middle of the words around it. On mentions, the hit is the name\nas the text wrote it: every alias of an entity, lined up.",
             question: "Show every mention of the CSTO as a concordance, whatever name the text uses.",
             answer: "mentions where entity = \"CSTO\" kwic",
             hint: "mentions where entity = \"...\" kwic",
             check: .table(ordered: false)),
        Step(title: "What comes before a word",
             lesson: "sentences kwic \"WORDS\" shows each hit of WORDS in its context; leftword is the word just\nbefore it, so sort by leftword groups the hits by what precedes them.",
             question: "Show every use of the word \"troops\" as a concordance, sorted by the word before it.",
             answer: "sentences kwic \"troops\" sort by leftword",
             hint: "sentences kwic \"troops\" sort by leftword",
             check: .table(ordered: true)),
        Step(title: "Sentences around a hit",
             lesson: "context N shows each sentence a statement finds with N sentences of its article either side.",
             question: "Show the sentence in which protesters shout \"Shal ket\", with the sentence before it and the one after.",
             answer: "sentences where text has \"Shal ket\" context 1",
             hint: "sentences where text has \"...\" context 1",
             check: .table(ordered: true)),
        Step(title: "A wider context",
             lesson: "context N takes up to 20 sentences either side; sentences near one another share theirs.",
             question: "Show each sentence with the words \"shoot to kill\", with two sentences either side.",
             answer: "sentences where text has \"shoot to kill\" context 2",
             hint: "sentences where text has \"...\" context 2",
             check: .table(ordered: true)),
    ]

    private var progressFile: String?
    private(set) var current: Int
    /// What went wrong with the progress file, one line each; the tutorial goes on without it.
    private(set) var warnings: [String] = []
    /// True while statements are judged; `.tutorial quit` pauses it.
    private(set) var active = true

    /// Starts at the step saved in `progressFile` (the first when there is none).
    public init(progressFile: String?) {
        self.progressFile = progressFile
        current = 0
        guard let progressFile else { return }
        var status = stat()
        guard stat(progressFile, &status) == 0 else { return }  // none yet: the first save makes it
        guard status.st_mode & S_IFMT == S_IFREG, status.st_size < 64 else {
            drop("the tutorial's progress file \(progressFile) is not a small regular file")
            return
        }
        switch ScriptFile.read(progressFile) {
        case .success(let text):
            if let step = Int(text.trimmingSpaces()) {
                current = min(max(0, step), Self.steps.count)
            } else {
                drop("the tutorial's progress file \(progressFile) does not hold a step number; starting from the first")
            }
        case .failure(let problem):
            drop(problem.message)
        }
    }

    private func drop(_ warning: String) {
        warnings.append(warning + "; progress is not saved this session")
        progressFile = nil
    }

    /// Where progress is kept: beside the history, in the state directory.
    public static func defaultProgressFile() -> String? {
        LineEditor.defaultHistoryFile().map { ($0 as NSString).deletingLastPathComponent + "/tutorial" }
    }

    var isFinished: Bool { current >= Self.steps.count }

    /// The text that opens or resumes the tutorial.
    func introduction() -> String {
        active = true
        if isFinished {
            return "You have finished the tutorial. .tutorial restart goes through it again; samples/tour/ has more lessons.\n"
        }
        let opening = current == 0 ? "Tutorial: \(Self.steps.count) questions about the bundled corpus. Answer each with a statement;\n"
            + ".tutorial hint gives a hint, .tutorial answer the model answer, .tutorial skip moves on, .tutorial quit pauses.\n\n"
            : "Welcome back: resuming at question \(current + 1) of \(Self.steps.count).\n\n"
        return opening + stepText()
    }

    func stepText() -> String {
        let step = Self.steps[current]
        return "[\(current + 1)/\(Self.steps.count)] \(step.title)\n\(step.lesson)\n\nQuestion: \(step.question)\n"
    }

    /// `.tutorial ARGUMENT`.
    func command(_ argument: String?) -> String {
        switch argument?.lowercased() {
        case nil, "start", "resume": return introduction()
        case "hint": return isFinished ? introduction() : "Hint: \(Self.steps[current].hint)\n"
        case "answer":
            return isFinished ? introduction() : "One answer: \(Self.steps[current].answer)\n(type it, or your own, to go on)\n"
        case "skip": return advance(praise: "Skipped.")
        case "restart":
            current = 0
            save()
            return introduction()
        case "quit", "stop", "pause":
            active = false
            return "Tutorial paused at question \(current + 1); .tutorial resumes it.\n"
        case let other?:
            return "unknown .tutorial command '\(other)': use .tutorial, .tutorial hint, .tutorial answer, .tutorial skip, .tutorial restart or .tutorial quit\n"
        }
    }

    /// Judges the result of a statement the learner ran; returns what to tell them.
    func judge(_ plan: LogicalPlan, _ result: ResultSet, handle: CorpusHandle) -> String? {
        guard active, !isFinished else { return nil }
        let step = Self.steps[current]
        guard let model = Self.modelResult(step, handle: handle) else { return nil }
        let verdict = Self.compare(step.check, model: model, plan: plan, result: result, handle: handle)
        if let problem = verdict {
            return "Not quite: \(problem)\nTry again, or type .tutorial hint.\n"
        }
        return advance(praise: "Right! One way to write it: \(step.answer)")
    }

    private func advance(praise: String) -> String {
        guard !isFinished else { return introduction() }
        current += 1
        save()
        if isFinished {
            return praise + "\n\nThat was the last question. You can now explore on your own: .help lists the topics,\n"
                + "samples/tour/ has a lesson script for each idea, samples/scripts/ has saved analyses to adapt.\n"
        }
        return praise + "\n\n" + stepText()
    }

    private func save() {
        guard let progressFile else { return }
        if let problem = AtomicFile.write("\(current)\n", to: progressFile) {
            drop("cannot write the tutorial's progress file \(progressFile): \(problem)")
        }
    }

    // MARK: - Comparing results

    struct ModelResult {
        var plan: LogicalPlan
        var result: ResultSet
    }

    static func modelResult(_ step: Step, handle: CorpusHandle) -> ModelResult? {
        let parsed = Parser.parse(step.answer)
        guard parsed.diagnostics.isEmpty, case .query(let query)? = parsed.statements.first?.kind else { return nil }
        var checker = Checker(environment: Environment(handle: handle), text: SourceText(name: "", text: step.answer))
        guard let plan = checker.check(query), let result = try? handle.run(plan) else { return nil }
        return ModelResult(plan: plan, result: result)
    }

    /// Nil when the learner's result answers the question, else what differs.
    static func compare(_ check: Check, model: ModelResult, plan: LogicalPlan, result: ResultSet, handle: CorpusHandle) -> String? {
        switch check {
        case .count:
            guard case .number(let expected)? = model.result.rows.first?.first else { return nil }
            if result.rows.count == 1, result.columns.count == 1, case .number(let value) = result.rows[0][0] {
                return value == expected ? nil : "your statement counts \(Value.number(value).display); the answer is another number."
            }
            if plan.shapeKind == nil || plan.shapeKind == .show {
                let many = result.rows.count == Int(expected) ? " (the right number of them)" : ""
                return "this lists \(result.rows.count) rows\(many); the question asks for one number: add count."
            }
            return "the question asks for one number: end the statement with count."
        case .rows:
            guard plan.source.name == model.plan.source.name, plan.table == nil else {
                return "the answer comes from \(model.plan.source.name), your statement from \(plan.table == nil ? plan.source.name : "a table")."
            }
            guard plan.shapeKind == nil || plan.shapeKind == .show else {
                return "the question asks for the rows themselves, not a count or a list of values."
            }
            guard let expected = try? handle.rows(model.plan), let mine = try? handle.rows(plan) else { return nil }
            let wanted = Set(expected)
            var got = Set(mine)
            if plan.sortsOrCutsTheTable, result.rows.count < mine.count { got = Set(mine.prefix(result.rows.count)) }
            if got == wanted { return nil }
            let common = got.intersection(wanted).count
            return "the answer has \(wanted.count) rows, yours \(got.count), \(common) of them in common."
        case .table(let ordered):
            let indices = model.result.columns.map { column in result.columns.firstIndex(of: column) }
            let missing = zip(model.result.columns, indices).filter { $0.1 == nil }.map(\.0)
            guard missing.isEmpty else {
                return "the answer shows the column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")), which yours does not."
            }
            let project = { (row: [Value]) in indices.map { row[$0!].display }.joined(separator: "\u{1F}") }
            var expected = model.result.rows.map { $0.map(\.display).joined(separator: "\u{1F}") }
            var mine = result.rows.map(project)
            if !ordered {
                expected.sort()
                mine.sort()
            }
            if expected == mine { return nil }
            if ordered, expected.sorted() == mine.sorted() { return "the right rows, in another order." }
            return "the answer has \(expected.count) rows, yours \(mine.count), and they differ."
        }
    }
}

import DossierCorpus

/// Finds the conflicts among a corpus's figures: figures of different articles on the same
/// thing (what happened to those counted, or a thing of `Lexicon/compared-things.tsv`), in
/// the same family of units and the same month, whose articles cannot all be right.
struct ConflictFinder: Sendable {
    let things: ComparedThings
    /// Each family's base unit, the unit measures are compared in ("metre").
    let baseUnits: [String: String]

    /// `dates` gives each figure's date: its sentence's, else its article's.
    func conflicts(in figures: [Figure], dates: (Figure) -> PartialDate?) -> [Conflict] {
        struct Key: Hashable {
            var what: String
            var unit: String
            var period: PartialDate?
        }
        var groups: [Key: [Int]] = [:]
        var order: [Key] = []
        for (id, figure) in figures.enumerated() where !figure.vague {
            guard let (what, unit) = topic(of: figure) else { continue }
            let period = dates(figure).flatMap { PartialDate(year: $0.year, month: $0.month) }
            let key = Key(what: what, unit: unit, period: period)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(id)
        }
        return order.compactMap { key in
            guard let ids = groups[key] else { return nil }
            var byArticle: [Int: [Int]] = [:]
            var articles: [Int] = []
            for id in ids {
                if byArticle[figures[id].article] == nil { articles.append(figures[id].article) }
                byArticle[figures[id].article, default: []].append(id)
            }
            guard articles.count >= 2 else { return nil }
            let readings = articles.sorted().map { article in reading(article, byArticle[article] ?? [], figures) }
            // They disagree when no value lies within every article's bounds.
            guard let lowest = readings.map(\.high).min(), let highest = readings.map(\.low).max(), highest > lowest * 1.01 else {
                return nil
            }
            return Conflict(what: key.what, unit: key.unit, period: key.period, readings: readings)
        }
    }

    /// What a figure is about and how it is compared, or nil when it is not compared:
    /// a count by what happened to it, else by its thing's class; a measure by its thing.
    private func topic(of figure: Figure) -> (String, String)? {
        switch figure.family {
        case "count":
            if let outcome = figure.outcome { return (outcome, "count") }
            return figure.what.flatMap(things.kind).map { ($0, "count") }
        case "money":
            guard let unit = figure.unit, let what = figure.what.flatMap(things.kind) else { return nil }
            return (what, unit)
        case "number", "share", "age", "time", "percent", "point":
            return nil
        default:
            guard figure.base != nil, let what = figure.what.flatMap(things.kind) else { return nil }
            return (what, baseUnits[figure.family] ?? figure.family)
        }
    }

    /// One article's figures on a thing, read together: the same figure given twice counts
    /// once; figures on different nouns ("26 criminals", "18 guards") add up.
    private func reading(_ article: Int, _ ids: [Int], _ figures: [Figure]) -> Conflict.Reading {
        var seen = Set<String>()
        var kept: [Int] = []
        for id in ids {
            let figure = figures[id]
            let key = "\(figure.what?.lowercased() ?? "")|\(figure.base ?? figure.value)|\(figure.qualifier ?? "")"
            if seen.insert(key).inserted { kept.append(id) }
        }
        // Several figures on one noun are several estimates: the article's reading spans them.
        var byNoun: [String: (low: Double, high: Double)] = [:]
        for id in kept {
            let (low, high) = bounds(figures[id])
            let noun = figures[id].what?.lowercased() ?? ""
            if let known = byNoun[noun] {
                byNoun[noun] = (min(known.low, low), max(known.high, high))
            } else {
                byNoun[noun] = (low, high)
            }
        }
        let low = byNoun.values.reduce(0) { $0 + $1.low }
        let high = byNoun.values.reduce(0) { $0 + $1.high }
        return Conflict.Reading(article: article, figures: kept, low: low, high: high)
    }

    /// The values a figure allows, in its base unit: "at least 227" is 227 or more, "about 60"
    /// a tenth either side, "nearly 3" a tenth below.
    private func bounds(_ figure: Figure) -> (Double, Double) {
        let scale = figure.value == 0 ? 1 : (figure.base ?? figure.value) / figure.value
        let low = (figure.base ?? figure.value)
        let high = (figure.high.map { $0 * scale }) ?? low
        switch figure.qualifier {
        case "more than", "at least": return (low, .infinity)
        case "less than", "up to", "at most": return (0, high)
        case "about": return (low * 0.9, high * 1.1)
        case "nearly": return (low * 0.9, high)
        default: return (low, high)
        }
    }
}

import Foundation

/// Recognises the residue that scraping leaves in an article: breadcrumbs, site-title
/// lines, bylines, photo credits and the captions before them, comment forms, "source site"
/// stamps, lone section numbers, duplicated paragraphs and the related-article teasers at
/// the end. Such paragraphs stay in the corpus, marked, and are kept out of extraction.
enum Boilerplate {
    /// Why each paragraph is boilerplate, or nil when it is text.
    static func classify(_ paragraphs: [String]) -> [String?] {
        var reasons: [String?] = paragraphs.enumerated().map { index, text in reason(text, isFirst: index == 0) }
        for i in paragraphs.indices.dropFirst() where reasons[i] == nil && normalized(paragraphs[i]) == normalized(paragraphs[i - 1]) {
            reasons[i] = "duplicate of the paragraph before"
        }
        // A short paragraph just before a credit line is its caption (and so is its twin).
        for i in paragraphs.indices.dropLast() where reasons[i + 1] == "photo credit" {
            var k = i
            while k >= 0, paragraphs[k].split(separator: " ").count <= 30, reasons[k] == nil || reasons[k] == "duplicate of the paragraph before" {
                reasons[k] = "photo caption"
                if k > 0, normalized(paragraphs[k - 1]) == normalized(paragraphs[k]) { k -= 1 } else { break }
            }
        }
        markTeasers(paragraphs, &reasons)
        return reasons
    }

    private static func reason(_ text: String, isFirst: Bool) -> String? {
        let trimmed = text.trimmingSpaces()
        let lower = trimmed.lowercased()
        let words = trimmed.split(whereSeparator: \.isWhitespace).count
        if endsWithCredit(lower, words: words)
            || (words <= 12 && creditAgencies.contains { lower.hasSuffix($0) } && trimmed.contains("/")) {
            return "photo credit"
        }
        if commentForm.contains(where: { lower.contains($0) }) { return "comment form" }
        if lower.hasPrefix("source site") || lower.hasPrefix("original source of article") { return "source stamp" }
        if isFirst && lower.hasPrefix("home ") { return "breadcrumb" }
        if words <= 20 && trimmed.hasSuffix(" | " + (trimmed.split(separator: "|").last.map { $0.trimmingSpaces() } ?? "")) && trimmed.contains(" | ") {
            return "site title"
        }
        if isByline(trimmed, lower: lower, words: words) { return "byline" }
        if trimmed.allSatisfy({ $0.isNumber }) || siteLabels.contains(lower) { return "page furniture" }
        if lower.hasPrefix("more details") || lower.hasPrefix("read more") || lower.hasPrefix("related:") { return "related-article teaser" }
        return nil
    }

    /// "By Valerie Hopkins", "Written by ...": a few capitalised words, no full stop.
    private static func isByline(_ text: String, lower: String, words: Int) -> Bool {
        guard words <= 7, !text.hasSuffix("."), let prefix = ["written by ", "written through ", "by "].first(where: lower.hasPrefix) else {
            return false
        }
        let name = text.dropFirst(prefix.count).split(whereSeparator: \.isWhitespace)
        return !name.isEmpty && name.allSatisfy { $0.first?.isUppercase == true }
    }

    /// A credit ("Photograph: X / EPA", "© imago images") at the start, or closing a short
    /// caption.
    private static func endsWithCredit(_ lower: String, words: Int) -> Bool {
        for prefix in creditPrefixes {
            guard let found = lower.range(of: prefix, options: .backwards) else { continue }
            let credit = lower[found.lowerBound...]
            if credit.split(whereSeparator: \.isWhitespace).count <= 12 && (found.lowerBound == lower.startIndex || words <= 60) {
                return true
            }
        }
        return false
    }

    /// From the end, a run of short paragraphs without a full stop that holds a teaser
    /// marker is the related-articles block.
    private static func markTeasers(_ paragraphs: [String], _ reasons: inout [String?]) {
        var start = paragraphs.count
        var sawMarker = false
        while start > 0 {
            let text = paragraphs[start - 1].trimmingSpaces()
            let reason = reasons[start - 1]
            let teaserLike = text.split(whereSeparator: \.isWhitespace).count <= 16 && !(text.last.map { ".!?”\"".contains($0) } ?? false)
            guard reason != nil || teaserLike else { break }
            if reason == "related-article teaser" || reason == "source stamp" { sawMarker = true }
            start -= 1
        }
        guard sawMarker else { return }
        for i in start..<paragraphs.count where reasons[i] == nil || reasons[i] == "duplicate of the paragraph before" {
            reasons[i] = "related-article teaser"
        }
    }

    private static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    static let creditPrefixes = ["©", "photograph:", "photo:", "image:", "picture:", "foto:"]
    static let creditAgencies = ["epa", "afp", "reuters", "ap", "getty images", "shutterstock", "dpa", "tass", "itar-tass", "xinhua",
                                 "rex", "ria novosti", "sputnik", "anadolu", "alamy", "imago"]
    static let commentForm = ["leave a reply", "your email address will not be published", "required fields are marked",
                              "save my name, email", "post comment", "cancel reply"]
    static let siteLabels: Set<String> = ["featured", "advertisement", "share", "subscribe", "sponsored", "related", "tags"]
}

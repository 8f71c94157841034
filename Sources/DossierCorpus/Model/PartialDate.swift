/// A calendar date whose precision is part of its value: `2022-01-05`, `2022-01`, `2022`, or
/// a decade or part of one (`1990s`, `mid 1990s`).
///
/// News text often knows only the month or the year of what it reports. Keeping the precision
/// lets queries be honest: an event dated `2022-01` is not "after 2022-01-05" because it may
/// not be. Each date covers a closed range of days, `firstDay...lastDay`, counted from
/// 1970-01-01, and every comparison is defined on that range.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case decade = 0, year, month, day

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The part of a decade a date names: "the 1990s", "the early 1990s"...
    public enum DecadePart: Int, Sendable {
        case whole = 0, early, mid, late

        /// The years of the decade it covers, counted from its first.
        var years: ClosedRange<Int> {
            switch self {
            case .whole: return 0...9
            case .early: return 0...3
            case .mid: return 4...6
            case .late: return 7...9
            }
        }
    }

    /// Year, month (0 when absent) and day (0 when absent) in four bytes, so that a sentence or
    /// event carrying a date stays small: year * 512 + month * 32 + day. A decade has month
    /// 13 and its part in the day.
    private let packed: Int32
    private static let decadeMark = 13

    public var year: Int { Int(packed >> 9) }
    private var monthField: Int { Int((packed >> 5) & 0xF) }
    /// 1...12, or nil at year or decade precision.
    public var month: Int? {
        let m = monthField
        return m == 0 || m > 12 ? nil : m
    }
    /// 1...31, or nil at month, year or decade precision.
    public var day: Int? {
        let d = Int(packed & 0x1F)
        return d == 0 || monthField > 12 ? nil : d
    }
    /// The part of the decade, for a date of decade precision.
    public var decadePart: DecadePart? {
        monthField == Self.decadeMark ? DecadePart(rawValue: Int(packed & 0x1F)) : nil
    }

    /// The four bytes as a snapshot stores them.
    var bits: Int32 { packed }

    /// A date from its four bytes as a snapshot stored them; nil when they name no date that
    /// the other initialisers could make (a damaged or foreign file).
    init?(bits: Int32) {
        let year = Int(bits >> 9), month = Int((bits >> 5) & 0xF), day = Int(bits & 0x1F)
        guard (1...9999).contains(year) else { return nil }
        switch month {
        case Self.decadeMark: guard DecadePart(rawValue: day) != nil, year % 10 == 0 else { return nil }
        case 0: guard day == 0 else { return nil }
        case 1...12: guard day <= PartialDate.daysIn(month: month, year: year) else { return nil }
        default: return nil
        }
        packed = bits
    }

    private init(packing year: Int, _ month: Int?, _ day: Int?) {
        packed = Int32(clamping: year) &* 512 &+ Int32(month ?? 0) &* 32 &+ Int32(day ?? 0)
    }

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.init(packing: year, month, day)
    }

    /// The decade that starts with `decade` (1990), or the part of it; nil unless `decade`
    /// ends in 0.
    public init?(decade: Int, part: DecadePart = .whole) {
        guard (1...9990).contains(decade), decade % 10 == 0 else { return nil }
        packed = Int32(decade) &* 512 &+ Int32(Self.decadeMark) &* 32 &+ Int32(part.rawValue)
    }

    public var precision: Precision {
        if decadePart != nil { return .decade }
        return day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The first day this date may denote, in days since 1970-01-01.
    public var firstDay: Int {
        if let part = decadePart { return PartialDate.dayNumber(year: year + part.years.lowerBound, month: 1, day: 1) }
        return PartialDate.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day this date may denote, in days since 1970-01-01.
    public var lastDay: Int {
        if let part = decadePart { return PartialDate.dayNumber(year: year + part.years.upperBound, month: 12, day: 31) }
        let lastMonth = month ?? 12
        let lastDayOfMonth = day ?? PartialDate.daysIn(month: lastMonth, year: year)
        return PartialDate.dayNumber(year: year, month: lastMonth, day: lastDayOfMonth)
    }

    /// As written: `2022-01-05`, `2022-01`, `2022`; `1990s`, `early 1990s`, `mid 1990s`,
    /// `late 1990s`.
    public var description: String {
        if let part = decadePart {
            let decade = format4(year) + "s"
            switch part {
            case .whole: return decade
            case .early: return "early " + decade
            case .mid: return "mid " + decade
            case .late: return "late " + decade
            }
        }
        var text = String(format4(year))
        if let month { text += "-" + format2(month) }
        if let day { text += "-" + format2(day) }
        return text
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when the text is not such a date or
    /// names a day that does not exist (2022-02-30).
    public static func parse(_ text: some StringProtocol) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), parts[0].allSatisfy(\.isASCIIDigit)
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
            month = Int(parts[1])
        }
        if parts.count == 3 {
            guard parts[2].count == 2, parts[2].allSatisfy(\.isASCIIDigit) else { return nil }
            day = Int(parts[2])
        }
        return PartialDate(year: year, month: month, day: day)
    }

    /// The date of a day number (days since 1970-01-01), at day precision.
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(packing: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Day of the week, 0 = Monday ... 6 = Sunday; nil unless the date has day precision.
    public var weekday: Int? {
        guard day != nil else { return nil }
        let n = firstDay
        return ((n % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday.
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension PartialDate: Comparable {
    /// Chronological order of the ranges: by first day, then the more precise date first,
    /// so a timeline lists `2022-01-01` before `2022-01`, before `2022`.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        return lhs.lastDay < rhs.lastDay
    }
}

private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func format4(_ n: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

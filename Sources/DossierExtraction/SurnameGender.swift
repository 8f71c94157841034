/// The grammatical gender that a Slavic or Central Asian surname shows by its ending
/// (Nazarbayeva, Kudaibergenova, Tokayev, Masimov), the one cue to which person a "he" or a
/// "she" can refer that works without a list of first names. Most surnames show none.
enum SurnameGender: Equatable {
    case feminine, masculine, unknown

    static func of(_ name: String) -> SurnameGender {
        guard let last = name.split(separator: " ").last?.split(separator: "-").last else { return .unknown }
        let surname = last.lowercased()
        if ["ova", "eva", "yeva", "ina", "skaya", "tskaya"].contains(where: surname.hasSuffix) { return .feminine }
        if ["ov", "ev", "yev", "in", "sky", "skiy", "skii"].contains(where: surname.hasSuffix) { return .masculine }
        return .unknown
    }
}

/// Text made safe to show on a terminal: control characters, which an article scraped from
/// the web or a binary file may hold, become visible symbols instead of reaching the
/// terminal raw, where an escape sequence could move the cursor, change colours or retitle
/// the window. A C0 control becomes its Control Picture (U+0007 shows as ␇, ESC as ␛), DEL
/// becomes ␡, a C1 control the replacement character. Tabs and line breaks are left to the
/// caller, who knows whether they belong.
public enum VisibleText {
    public static func of(_ text: String, keepingTabsAndNewlines: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if keepingTabsAndNewlines, value == 0x09 || value == 0x0A || value == 0x0D {
                out.append(scalar)
            } else if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) {
                out.append(picture)
                changed = true
            } else if value == 0x7F {
                out.append("\u{2421}")
                changed = true
            } else if value >= 0x80 && value < 0xA0 {
                out.append("\u{FFFD}")
                changed = true
            } else {
                out.append(scalar)
            }
        }
        return changed ? String(out) : text
    }
}

import Foundation

/// Phone numbers are matched on their digits, so `+86 130-0000 0123` finds `+8613000000123`.
public enum PhoneNumber {
    public static func digits(of text: String) -> String {
        String(text.unicodeScalars.filter { $0.properties.numericType == .decimal && $0.isASCII }.map(Character.init))
    }

    /// Country codes of the places Frontline serves whose numbers are written nationally with a
    /// leading 0 (a trunk prefix): Korea, China, Japan, the United Kingdom, Australia.
    public static let trunkPrefixCountries = ["82", "86", "81", "44", "61"]

    /// The stored digits a number may be under: as written, and a national form (`010-0000-0029`)
    /// as the international one (`+82 10-0000-0029`) in each country that writes a leading 0;
    /// `00` or `+` before the country code is the same number.
    public static func lookupDigits(of text: String) -> [String] {
        let written = digits(of: text)
        guard !written.isEmpty else { return [] }
        var found = [written]
        if written.hasPrefix("00") {
            found.append(String(written.dropFirst(2)))
        } else if written.hasPrefix("0"), written.count >= 8 {
            let national = written.dropFirst()
            found += trunkPrefixCountries.map { $0 + national }
        }
        return found
    }

    /// The rule for a phone number given as an address: at least 5 digits, and nothing but digits,
    /// spaces, `+`, `-`, `.`, `(` and `)`. Nil when it is one, else what is wrong.
    public static func problem(with text: String) -> String? {
        let allowed = Set("0123456789 +-.()")
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "a phone number is needed" }
        if !trimmed.allSatisfy({ allowed.contains($0) }) || digits(of: trimmed).count < 5 {
            return "'\(trimmed)' is not a phone number; give at least 5 digits, e.g. +82 10-0000-0029"
        }
        return nil
    }
}

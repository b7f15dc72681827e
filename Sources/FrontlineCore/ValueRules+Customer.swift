import Foundation

/// The rules for the values of a customer file, one per kind of value, as in `ValueRules`.
extension ValueRules {
    /// The longest customer name, form of address, card number and postal address.
    public static let customerNameLimit = 100
    public static let formOfAddressLimit = 64
    public static let memberCardLimit = 32
    public static let postalAddressLimit = 200

    /// One line of text: no control characters (a newline, an escape), at most `limit` characters.
    public static func lineProblem(_ text: String, what: String, limit: Int) -> String? {
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "\(what) must be one line without control characters; type it again"
        }
        if text.count > limit { return "\(what) has at most \(limit) characters" }
        return nil
    }

    /// A customer's name: something besides spaces, one line, at most 100 characters.
    public static func customerNameProblem(_ name: String) -> String? {
        textProblem(name, what: "the customer's name") ?? lineProblem(name, what: "the customer's name", limit: customerNameLimit)
    }

    /// A member card number: 1 to 32 letters, digits or '-'.
    public static func memberCardProblem(_ card: String) -> String? {
        let trimmed = card.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= memberCardLimit,
              trimmed.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }) else {
            return "'\(trimmed)' is not a card number; give 1 to \(memberCardLimit) letters, digits or '-', e.g. VIP-000123"
        }
        return nil
    }

    /// Do-not-disturb hours: `HH:MM-HH:MM` on the 24-hour clock, several separated by commas.
    public static func clockRangesProblem(_ text: String) -> String? {
        QuietHours.parseList(text) == nil
            ? "'\(text)' is not a list of hours; give HH:MM-HH:MM on the 24-hour clock, e.g. 21:00-09:00 or 12:00-13:30, 21:00-08:00"
            : nil
    }

    /// A yes-or-no answer: yes/no, y/n, true/false.
    public static func yesNo(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "y", "true": true
        case "no", "n", "false": false
        default: nil
        }
    }
}

import Foundation

/// One rule per kind of value, used wherever a value enters: the command line, files, the
/// console's prompts, any later API. Each returns nil when the value is fine, else one sentence
/// saying what is wrong and what to give instead.
public enum ValueRules {
    /// How far in the future an arrival may be stamped: clocks of two machines disagree a little.
    public static let clockSkewAllowance: TimeInterval = 60
    /// The longest agent login name (the agents table and the header show it whole).
    public static let agentNameLimit = 32
    /// The longest display name (the name customers hear, filled into phrases).
    public static let displayNameLimit = 64
    /// The rule for agent names in words, for `--help`.
    public static let agentNameForm = "1 to \(agentNameLimit) letters, digits, '.', '-' or '_', not starting with '.' or '-' (your login name on this computer is your agent name)"

    /// An e-mail address: one `@` with something before it and a dotted domain after, no spaces.
    public static func emailProblem(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !trimmed.contains(where: \.isWhitespace) else {
            return "'\(trimmed)' is not an e-mail address; give one like name@example.com"
        }
        return nil
    }

    /// The address a contact comes from: an e-mail address for e-mail, a phone number for calls,
    /// either for a chat (a customer signs in with one or the other).
    public static func addressProblem(_ text: String, channel: Channel) -> String? {
        switch channel {
        case .email: return emailProblem(text)
        case .chat: return text.contains("@") ? emailProblem(text) : PhoneNumber.problem(with: text)
        default: return PhoneNumber.problem(with: text)
        }
    }

    /// Text a customer or an agent writes: something besides spaces.
    public static func textProblem(_ text: String, what: String = "the text") -> String? {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "\(what) is empty; write something" : nil
    }

    /// An arrival: not later than now plus the clock-skew allowance.
    public static func arrivalProblem(_ at: Date, now: Date) -> String? {
        guard at.timeIntervalSince(now) > clockSkewAllowance else { return nil }
        return "the arrival time is in the future; give a time up to now (at most \(Int(clockSkewAllowance)) s ahead, for clock differences)"
    }

    /// An agent's login name, which is their operating-system login name: 1 to 32 characters,
    /// letters, digits, `.`, `-` and `_`, no spaces; not starting with `-` (it would read as an
    /// option) or `.`.
    public static func agentNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "an agent name is needed" }
        if name.count > agentNameLimit { return "an agent name has at most \(agentNameLimit) characters" }
        if !name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) || name.hasPrefix("-") || name.hasPrefix(".") {
            return "'\(name)' is not an agent name; use \(agentNameForm)"
        }
        return nil
    }

    /// The name customers hear: something besides spaces, at most 64 characters.
    public static func displayNameProblem(_ name: String) -> String? {
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "the display name is empty; give the name customers hear" }
        if name.count > displayNameLimit { return "a display name has at most \(displayNameLimit) characters" }
        return nil
    }
}

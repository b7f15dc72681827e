import Foundation

/// What the agent gives at wrap-up: codes (in the order chosen), an optional outcome and an
/// optional one-line summary.
public struct WrapUpEntry: Equatable, Codable, Sendable {
    public var codes: [String]
    public var outcome: WrapUpOutcome?
    public var summary: String

    public init(codes: [String] = [], outcome: WrapUpOutcome? = nil, summary: String = "") {
        self.codes = codes
        self.outcome = outcome
        self.summary = summary
    }

    /// The longest summary kept: one line of a register, not a transcript.
    public static let longestSummary = 200

    /// Picks `code` if not picked, or drops it if picked.
    public mutating func toggle(_ code: String) {
        if let index = codes.firstIndex(of: code) { codes.remove(at: index) } else { codes.append(code) }
    }

    /// The line the event log keeps: `codes=payment,complaint-filed outcome=resolved summary=…`.
    public var logDetail: String {
        var parts = ["codes=" + (codes.isEmpty ? "-" : codes.joined(separator: ","))]
        if let outcome { parts.append("outcome=" + outcome.rawValue) }
        if !summary.isEmpty { parts.append("summary=" + summary) }
        return parts.joined(separator: " ")
    }
}

import Foundation

/// Why a wrap-up cannot be recorded as given: the console says so before anything is sent, and
/// the store refuses the same from this one rule.
public enum WrapUpProblem: Error, Equatable, Sendable {
    /// The policy requires a code and none was chosen.
    case noCode
    /// A code the policy does not offer.
    case unknownCode(String)
    /// The summary has a line break: it is one line of the register.
    case summaryNotOneLine
    /// The summary is longer than `WrapUpEntry.longestSummary` characters.
    case summaryTooLong(Int)
}

extension WrapUpPolicy {
    /// The entry as it will be kept (codes once each, summary trimmed), or what is wrong with it.
    public func check(_ entry: WrapUpEntry) -> Result<WrapUpEntry, WrapUpProblem> {
        var kept = WrapUpEntry(outcome: entry.outcome, summary: entry.summary.trimmingCharacters(in: .whitespaces))
        for code in entry.codes where !kept.codes.contains(code) {
            guard self.code(code) != nil else { return .failure(.unknownCode(code)) }
            kept.codes.append(code)
        }
        if codesRequired && kept.codes.isEmpty { return .failure(.noCode) }
        if kept.summary.contains(where: \.isNewline) { return .failure(.summaryNotOneLine) }
        if kept.summary.count > WrapUpEntry.longestSummary { return .failure(.summaryTooLong(kept.summary.count)) }
        return .success(kept)
    }
}

extension WrapUpProblem: CustomStringConvertible {
    /// What is wrong and what to do, in English, for the commands and the store's refusals.
    public var description: String {
        switch self {
        case .noCode: "the policy requires a wrap-up code; choose at least one (frontline sla lists them)"
        case .unknownCode(let code): "\"\(code)\" is not a wrap-up code of the policy; choose one that frontline sla lists"
        case .summaryNotOneLine: "the wrap-up summary must be one line; remove the line breaks"
        case .summaryTooLong(let length): "the wrap-up summary has \(length) characters; shorten it to \(WrapUpEntry.longestSummary)"
        }
    }
}

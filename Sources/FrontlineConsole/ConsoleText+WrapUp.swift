import FrontlineCore
import FrontlineScreen

/// The wrap-up box's words. A code is named by the team's own name in the console's language when
/// the policy gives one, else by the console's table for a shipped category, else by its id.
extension ConsoleText {
    public func wrapUpCodeName(_ code: WrapUpCode) -> String {
        if let own = code.ownName(in: language) { return own }
        if let category = code.category { return translation.text(.inquiryCategory(category)) }
        return code.id
    }

    /// The names of `ids` under `policy`, joined for a sentence.
    public func wrapUpCodeNames(_ ids: [String], policy: WrapUpPolicy) -> String {
        ids.map { id in policy.code(id).map(wrapUpCodeName) ?? id }.joined(separator: say(.listSeparator))
    }

    public func wrapUpOutcome(_ outcome: WrapUpOutcome?) -> String {
        switch outcome {
        case nil: message(.outcomeNone)
        case .resolved?: message(.outcomeResolved)
        case .needsFollowUp?: message(.outcomeNeedsFollowUp)
        }
    }

    /// What came of a follow-up call; nil is "not said yet".
    public func followUpAnswer(_ answer: FollowUpAnswer?) -> String {
        switch answer {
        case nil: message(.wrapUpAnswerNone)
        case .satisfied?: message(.followUpAnswerSatisfied)
        case .neutral?: message(.followUpAnswerNeutral)
        case .dissatisfied?: message(.followUpAnswerDissatisfied)
        case .unreachable?: message(.followUpAnswerUnreachable)
        }
    }
    public var wrapUpAnswerLabel: String { message(.wrapUpAnswerLabel) }
    public var wrapUpNeedsAnswer: String { message(.wrapUpNeedsAnswer) }
    public var followUpScriptTitle: String { message(.followUpScriptTitle) }

    public func wrapUpTitle(_ id: Int64) -> String { message(.wrapUpTitle, ["id": "\(id)"]) }
    public func wrapUpCodesLabel(required: Bool) -> String { message(required ? .wrapUpCodesRequired : .wrapUpCodesOptional) }
    public var wrapUpFind: String { message(.wrapUpFind) }
    public var wrapUpOutcomeLabel: String { message(.wrapUpOutcome) }
    public var wrapUpSummaryLabel: String { message(.wrapUpSummary) }
    public func wrapUpNoMatch(_ typed: String, count: Int) -> String {
        message(.wrapUpNoMatch, ["text": SafeText.visible(typed), "count": "\(count)"])
    }
    public func wrappedUp(_ id: Int64, codes: String) -> String { message(.wrappedUpWithCodes, ["id": "\(id)", "codes": codes]) }

    /// What is wrong with the wrap-up, in the agent's words (the Core rule's `WrapUpProblem`).
    public func wrapUpProblem(_ problem: WrapUpProblem) -> String {
        switch problem {
        case .noCode: message(.wrapUpNeedsCode)
        case .unknownCode(let code): message(.wrapUpUnknownCode, ["code": SafeText.visible(code)])
        case .summaryNotOneLine: message(.wrapUpSummaryOneLine)
        case .summaryTooLong(let count): message(.wrapUpSummaryTooLong, ["count": "\(count)", "max": "\(WrapUpEntry.longestSummary)"])
        }
    }

    private func message(_ key: ConsoleMessage, _ values: [String: String] = [:]) -> String {
        let text = translation.text(.message(key))
        return values.isEmpty ? text : MessageTemplate(text).filled(values)
    }
}

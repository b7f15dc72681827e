import FrontlineCore

/// The wrap-up box's scratch state, carried by `InputMode.wrappingUp` so leaving the box drops it:
/// the contact it is for, what has been chosen, what is being typed, and which part has the keys.
public struct WrapUpForm: Equatable, Sendable {
    /// The parts of the box, in Tab order.
    public enum Part: CaseIterable, Sendable {
        case codes, outcome, answer, summary
    }

    public var contactId: Int64
    public var entry = WrapUpEntry()
    /// A code's number or part of its name, typed in the codes part.
    public var find = TextField()
    public var summary = TextField()
    public var part: Part = .codes
    /// The row highlighted among the codes `find` matches.
    public var highlight = 0
    /// The contact is a follow-up call: the box asks what came of it.
    public var asksAnswer = false
    public var answer: FollowUpAnswer?

    public init(contactId: Int64, asksAnswer: Bool = false) {
        self.contactId = contactId
        self.asksAnswer = asksAnswer
    }

    /// The next answer in the cycle: not said, satisfied, neutral, dissatisfied, unreachable.
    mutating func cycleAnswer() {
        answer = answer.map(\.next) ?? FollowUpAnswer.allCases.first
    }

    /// The entry with the summary typed so far, as it will be checked and sent.
    public var entryToSend: WrapUpEntry {
        var entry = entry
        entry.summary = summary.text
        return entry
    }

    /// The next outcome in the cycle: not said, resolved, needs follow-up.
    mutating func cycleOutcome() {
        switch entry.outcome {
        case nil: entry.outcome = .resolved
        case .resolved?: entry.outcome = .needsFollowUp
        case .needsFollowUp?: entry.outcome = nil
        }
    }

    mutating func movePart(by step: Int) {
        let parts = Part.allCases.filter { $0 != .answer || asksAnswer }
        let index = parts.firstIndex(of: part) ?? 0
        part = parts[(index + step + parts.count) % parts.count]
    }
}

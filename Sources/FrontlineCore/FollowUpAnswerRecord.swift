import Foundation

/// A follow-up call's answer as recorded at its wrap-up: which call-back, what came of it, the
/// agent's one-line note (the wrap-up summary), who and when.
public struct FollowUpAnswerRecord: Equatable, Sendable {
    public var contactId: Int64
    public var answer: FollowUpAnswer
    public var note: String
    public var agent: String
    public var at: Date

    public init(contactId: Int64, answer: FollowUpAnswer, note: String, agent: String, at: Date) {
        self.contactId = contactId
        self.answer = answer
        self.note = note
        self.agent = agent
        self.at = at
    }

    /// The line the event log keeps: `answer=satisfied note=…`.
    public var logDetail: String {
        "answer=\(answer.rawValue)" + (note.isEmpty ? "" : " note=\(note)")
    }
}

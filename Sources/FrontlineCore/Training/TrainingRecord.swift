import Foundation

/// What a training run left in the store: each simulated contact with its messages and the
/// complaints filed for it. The score is computed from this alone.
public struct TrainingRecord: Equatable, Sendable {
    public var visitors: [RecordedVisitor]
    /// When the run ended (the trainee quit).
    public var end: Date

    public init(visitors: [RecordedVisitor], end: Date) {
        self.visitors = visitors
        self.end = end
    }
}

public struct RecordedVisitor: Equatable, Sendable {
    public var persona: Persona
    public var expectsComplaint: Bool
    public var contact: Contact
    public var customerName: String
    public var language: Language
    /// The transcript, oldest first.
    public var messages: [ChatMessage]
    public var complaints: [Complaint]

    public init(persona: Persona, expectsComplaint: Bool, contact: Contact, customerName: String, language: Language,
                messages: [ChatMessage] = [], complaints: [Complaint] = []) {
        self.persona = persona
        self.expectsComplaint = expectsComplaint
        self.contact = contact
        self.customerName = customerName
        self.language = language
        self.messages = messages
        self.complaints = complaints
    }
}

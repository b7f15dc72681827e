import Foundation

/// How a simulated customer behaves: how long they wait, how soon they write again when
/// left waiting, what an answer must give them, and whether they expect a complaint filed.
public enum Persona: String, Codable, CaseIterable, Sendable {
    case polite
    case impatient
    /// Expects an apology first, and a complaint filed.
    case angry
    /// Needs an explanation; asks again after an evasive answer.
    case confused
    /// A caller who hangs up soon if nobody picks up.
    case hangUp = "hang-up"
    /// A chat customer who answers every reply and writes again whenever left waiting.
    case persistent

    /// Seconds a caller waits in the queue before hanging up (a range: people differ).
    public var patience: ClosedRange<Int> {
        switch self {
        case .polite, .confused: 480...720
        case .impatient: 200...300
        case .angry: 240...420
        case .hangUp: 60...150
        case .persistent: 300...600
        }
    }

    /// Seconds without an answer before a chat customer writes again, and how many times they do.
    public var followUpAfter: TimeInterval {
        switch self {
        case .polite, .confused: 240
        case .impatient: 75
        case .angry: 120
        case .hangUp: 180
        case .persistent: 50
        }
    }

    public var followUpLimit: Int {
        switch self {
        case .polite, .confused, .hangUp: 1
        case .angry: 2
        case .impatient: 3
        case .persistent: 4
        }
    }

    /// Seconds a chat customer takes to read a reply and type the next line.
    public var thinking: ClosedRange<Int> {
        switch self {
        case .impatient, .angry, .persistent: 8...20
        case .polite, .hangUp: 15...40
        case .confused: 25...60
        }
    }

    /// Channels the persona can arrive on; nil: any.
    public var channels: [Channel]? {
        switch self {
        case .hangUp: [.phone]
        case .persistent: [.chat]
        default: nil
        }
    }

    /// An angry customer wants the matter on record.
    public var expectsComplaint: Bool { self == .angry }

    /// What a reply must contain before the customer moves on, when the scenario names nothing.
    public var need: PoliteWord? {
        self == .angry ? .sorry : nil
    }
}

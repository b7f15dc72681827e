import Foundation

/// Satisfaction answers counted: CSAT as Zendesk and the industry define it, the share of answers
/// that are satisfied (4 or 5 on a 1-5 scale), and the average score.
public struct SatisfactionTally: Equatable, Sendable {
    public var answers: Int
    /// Answers of 4 or 5.
    public var satisfied: Int
    /// The sum of the scores, for the average.
    public var scoreSum: Int

    public init(answers: Int = 0, satisfied: Int = 0, scoreSum: Int = 0) {
        self.answers = answers
        self.satisfied = satisfied
        self.scoreSum = scoreSum
    }

    public mutating func add(_ score: Int) {
        answers += 1
        scoreSum += score
        if score >= 4 { satisfied += 1 }
    }

    /// CSAT in percent; nil with no answers.
    public var csatPercent: Double? { answers == 0 ? nil : Double(satisfied) * 100 / Double(answers) }
    public var average: Double? { answers == 0 ? nil : Double(scoreSum) / Double(answers) }
}

/// One satisfaction answer with what it is counted by.
public struct SatisfactionAnswer: Equatable, Sendable {
    public var contactId: Int64
    public var score: Int
    public var comment: String
    /// The agent who handled the contact; nil when nobody did.
    public var agent: String?
    public var channel: Channel
    /// The contact's latest wrap-up codes.
    public var codes: [String]
    public var at: Date

    public init(contactId: Int64, score: Int, comment: String = "", agent: String?, channel: Channel, codes: [String], at: Date) {
        self.contactId = contactId
        self.score = score
        self.comment = comment
        self.agent = agent
        self.channel = channel
        self.codes = codes
        self.at = at
    }

    /// The scale: 1 (very dissatisfied) to 5 (very satisfied).
    public static let scale = 1...5
}

/// A period's satisfaction, overall and per agent, per wrap-up code and per channel. A contact
/// with two codes counts once under each; one without any under `(none)`.
public struct SatisfactionFigures: Equatable, Sendable {
    public var overall: SatisfactionTally
    public var byAgent: [String: SatisfactionTally]
    public var byCode: [String: SatisfactionTally]
    public var byChannel: [Channel: SatisfactionTally]

    public static let noCode = "(none)"

    public init(overall: SatisfactionTally = .init(), byAgent: [String: SatisfactionTally] = [:], byCode: [String: SatisfactionTally] = [:],
                byChannel: [Channel: SatisfactionTally] = [:]) {
        self.overall = overall
        self.byAgent = byAgent
        self.byCode = byCode
        self.byChannel = byChannel
    }

    public init(_ answers: [SatisfactionAnswer]) {
        self.init()
        for answer in answers {
            overall.add(answer.score)
            if let agent = answer.agent { byAgent[agent, default: .init()].add(answer.score) }
            for code in answer.codes.isEmpty ? [Self.noCode] : Array(Set(answer.codes)).sorted() { byCode[code, default: .init()].add(answer.score) }
            byChannel[answer.channel, default: .init()].add(answer.score)
        }
    }
}

import Foundation
import FrontlineCore

/// One `frontline demo` shift: how it was set up, and its score once it ended.
public struct TrainingRun: Equatable, Sendable {
    public var id: Int64
    public var scenario: String
    public var seed: UInt64
    public var speed: Double
    public var rate: Double?
    public var agent: String
    public var startedAt: Date
    public var endedAt: Date?
    public var score: TrainingScore?

    public init(id: Int64, scenario: String, seed: UInt64, speed: Double, rate: Double?, agent: String, startedAt: Date,
                endedAt: Date?, score: TrainingScore?) {
        self.id = id
        self.scenario = scenario
        self.seed = seed
        self.speed = speed
        self.rate = rate
        self.agent = agent
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.score = score
    }
}

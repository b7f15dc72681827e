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
}

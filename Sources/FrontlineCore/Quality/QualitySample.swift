import Foundation

/// The quarterly quality re-call (the service manuals: a random 20% of the period's service
/// records, covering everyone): a seeded, stratified random draw of ended contacts per agent.
/// Pure, so the same candidates, share and seed always draw the same contacts.
public enum QualitySample {
    /// An ended contact that may be drawn.
    public struct Candidate: Equatable, Sendable {
        public var contactId: Int64
        public var agent: String

        public init(contactId: Int64, agent: String) {
            self.contactId = contactId
            self.agent = agent
        }
    }

    /// How many of `count` contacts a share of `percent` draws: rounded up, so every agent with
    /// work has at least one contact checked; never more than there are.
    public static func size(of count: Int, percent: Double) -> Int {
        guard count > 0, percent > 0 else { return 0 }
        // The small margin keeps 20% of 10 at 2, not 3, against floating-point noise.
        let wanted = Int((Double(count) * percent / 100 - 1e-9).rounded(.up))
        return min(count, max(1, wanted))
    }

    /// `percent` of each agent's candidates, drawn with a generator seeded by `seed`; contact ids
    /// per agent in ascending order. Agents are drawn in name order and each agent's candidates in
    /// id order, so the draw does not depend on the order the candidates come in.
    public static func draw(_ candidates: [Candidate], percent: Double, seed: UInt64) -> [String: [Int64]] {
        var byAgent: [String: [Int64]] = [:]
        for candidate in candidates { byAgent[candidate.agent, default: []].append(candidate.contactId) }
        var generator = SplitMix64(seed: seed)
        var drawn: [String: [Int64]] = [:]
        for agent in byAgent.keys.sorted() {
            var ids = byAgent[agent]!.sorted()
            let take = size(of: ids.count, percent: percent)
            // A partial Fisher-Yates shuffle: the first `take` places get a uniform random draw.
            for index in 0..<take {
                let other = generator.int(index...(ids.count - 1))
                ids.swapAt(index, other)
            }
            drawn[agent] = ids.prefix(take).sorted()
        }
        return drawn
    }
}

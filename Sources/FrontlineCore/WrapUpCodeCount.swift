/// How many wrap-ups of a period carried each code: the consultation register's monthly figures.
public struct WrapUpCodeCount: Equatable, Sendable {
    public var code: String
    public var count: Int

    public init(code: String, count: Int) {
        self.code = code
        self.count = count
    }

    /// One count per code of `policy` (zero included, in the policy's order), then any other code
    /// found in `wrapUps` (a code since dropped from the policy), most used first. A wrap-up with
    /// two codes counts once under each.
    public static func counts(_ wrapUps: [ContactWrapUp], policy: WrapUpPolicy) -> [WrapUpCodeCount] {
        var tally: [String: Int] = [:]
        for wrapUp in wrapUps { for code in Set(wrapUp.entry.codes) { tally[code, default: 0] += 1 } }
        let offered = policy.codes.map { WrapUpCodeCount(code: $0.id, count: tally[$0.id] ?? 0) }
        let known = Set(policy.codes.map(\.id))
        let retired = tally.filter { !known.contains($0.key) }.map { WrapUpCodeCount(code: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.code) > ($1.count, $0.code) }
        return offered + retired
    }
}

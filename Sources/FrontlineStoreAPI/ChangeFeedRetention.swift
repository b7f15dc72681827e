/// How much of the change feed a store keeps: the newest `kept` entries, trimmed every
/// `trimEvery` sequence numbers, so the feed never grows without bound and trimming costs
/// one delete now and then rather than one per write.
public struct ChangeFeedRetention: Equatable, Sendable {
    public var kept: Int64
    public var trimEvery: Int64

    public init(kept: Int64, trimEvery: Int64) {
        precondition(kept > 0 && trimEvery > 0, "a feed keeps something and trims now and then")
        self.kept = kept
        self.trimEvery = trimEvery
    }

    /// Ten thousand writes: minutes of a busy shift, far more than a console sleeps between looks.
    public static let standard = ChangeFeedRetention(kept: 10_000, trimEvery: 256)
}

import Foundation

/// Median and 90th percentile by the nearest-rank method: the value at rank ⌈p·n⌉ of the sorted
/// values, always one of the measured values, so a hand count can check it (Zendesk reports
/// medians and 90th percentiles of its reply times).
public enum Percentile {
    /// The nearest-rank `p` percentile (0 < p ≤ 1) of `values`; nil when there are none.
    public static func of(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return nearestRank(sorted, p)
    }

    /// The same for values already sorted ascending.
    public static func nearestRank(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

/// Median, 90th percentile and mean of one set of durations, in seconds.
public struct DurationSummary: Equatable, Sendable {
    public var count: Int
    public var mean: Double?
    public var median: Double?
    public var p90: Double?

    public init(_ values: [Double]) {
        let sorted = values.sorted()
        count = sorted.count
        mean = sorted.isEmpty ? nil : sorted.reduce(0, +) / Double(sorted.count)
        median = Percentile.nearestRank(sorted, 0.5)
        p90 = Percentile.nearestRank(sorted, 0.9)
    }
}

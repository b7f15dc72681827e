import FrontlineCore

/// Service levels as the command line prints them.
enum ServiceLevelFormat {
    /// Shown where a figure has nothing to divide.
    static let none = "–"

    /// Whole percent, rounded down: 99.6% with one late call must not read as 100%.
    static func percent(_ numerator: Int, _ denominator: Int) -> String {
        denominator == 0 ? none : "\(numerator * 100 / denominator)%"
    }

    static func sl(_ level: ServiceLevel) -> String { percent(level.answeredWithinTarget, level.answered) }

    static func sl2(_ level: ServiceLevel) -> String {
        percent(level.answeredWithinTarget + level.abandonedWithinTarget, level.answered + level.abandoned)
    }

    /// `SL today  phone 83% (SL2 86%)  chat 100%  email –`: SL2 only where callers can hang
    /// up, call-backs only once there are some.
    static func todayLine(_ levels: [Channel: ServiceLevel]) -> String {
        var parts = ["SL today"]
        for channel in Channel.allCases {
            guard let level = levels[channel] else { continue }
            let counted = level.answered + level.abandoned
            if channel == .callback, counted == 0 { continue }
            var part = "\(channel.rawValue) \(sl(level))"
            if !channel.isWritten, counted > 0 { part += " (SL2 \(sl2(level)))" }
            parts.append(part)
        }
        return parts.joined(separator: "  ")
    }
}

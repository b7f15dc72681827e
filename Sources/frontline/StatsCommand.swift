import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline stats`: the service level per channel for a period.
struct StatsCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print the service level per channel for a period (default: today).",
        discussion: """
            Counts the contacts that entered the queue in [--from, --to); a reopened contact \
            counts from its reopening. Answered means picked up (phone, call-back) or given a \
            first reply (chat, email); within target means a wait up to and including the \
            channel's target, as Asterisk counts. SL = answered within target / answered. SL2 = \
            (answered within target + abandoned within target) / (answered + abandoned). Abandons \
            under the policy's [abandon] short (5 s) are counted as short and left out of \
            everything else; "0s" turns that off. Percentages are rounded down; – means nothing to \
            divide. With --from-log the figures are recomputed from the event log alone; they \
            must equal the live ones.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @OptionGroup var period: PeriodOptions<Today>

    @Flag(help: "Print a JSON object instead of a table.")
    var json = false

    @Flag(help: "Recompute the figures from the event log alone.")
    var fromLog = false

    func execute() throws {
        let (start, end) = try period.period(around: Date())
        let store = try database.openDatabaseForReading()
        let policy = try config.load().policy
        let levels = fromLog
            ? try store.serviceLevelsFromEventLog(policy: policy, from: start, to: end)
            : try store.serviceLevels(policy: policy, from: start, to: end)
        let ordered = Channel.allCases.compactMap { levels[$0] }
        let report = StatsReport(from: start, to: end, source: fromLog ? "event-log" : "tables", levels: ordered)
        print(json ? try report.json() : report.table())
    }
}

/// What `frontline stats` prints, as a table or as JSON.
struct StatsReport: Encodable {
    var from: Date
    var to: Date
    var source: String
    var levels: [ServiceLevel]

    func table() -> String {
        let headers = ["channel", "target", "answered", "within", "abandoned", "within", "short", "SL", "SL2", "avg wait"]
        let rows = levels.map { level in
            [level.channel.rawValue, DurationFormat.clock(Int(level.target)), String(level.answered),
             String(level.answeredWithinTarget), String(level.abandoned), String(level.abandonedWithinTarget),
             String(level.shortAbandons), ServiceLevelFormat.sl(level), ServiceLevelFormat.sl2(level),
             level.averageWait.map { DurationFormat.clock(Int($0.rounded())) } ?? ServiceLevelFormat.none]
        }
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let lines = all.map { row in
            row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return column == 0 ? row[column] + padding : padding + row[column]
            }
            .joined(separator: "  ")
        }
        let title = "service level \(Timestamp.format(from)) to \(Timestamp.format(to))"
            + (source == "event-log" ? " (from the event log)" : "")
        return ([title] + lines).joined(separator: "\n")
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return JSONOutput.escaped(String(decoding: try encoder.encode(self), as: UTF8.self))
    }

    private enum CodingKeys: String, CodingKey {
        case from, to, source, channels
    }

    private enum ChannelKeys: String, CodingKey {
        case channel, sl, sl2
        case targetSeconds = "target_seconds", answered, answeredWithinTarget = "answered_within_target"
        case abandoned, abandonedWithinTarget = "abandoned_within_target", shortAbandons = "short_abandons"
        case averageWaitSeconds = "average_wait_seconds"
    }

    /// Every key always present: figures with nothing to divide are `null`.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Timestamp.format(from), forKey: .from)
        try container.encode(Timestamp.format(to), forKey: .to)
        try container.encode(source, forKey: .source)
        var channels = container.nestedUnkeyedContainer(forKey: .channels)
        for level in levels {
            var item = channels.nestedContainer(keyedBy: ChannelKeys.self)
            try item.encode(level.channel.rawValue, forKey: .channel)
            try item.encode(level.target, forKey: .targetSeconds)
            try item.encode(level.answered, forKey: .answered)
            try item.encode(level.answeredWithinTarget, forKey: .answeredWithinTarget)
            try item.encode(level.abandoned, forKey: .abandoned)
            try item.encode(level.abandonedWithinTarget, forKey: .abandonedWithinTarget)
            try item.encode(level.shortAbandons, forKey: .shortAbandons)
            try item.encode(level.sl, forKey: .sl)
            try item.encode(level.sl2, forKey: .sl2)
            try item.encode(level.averageWait, forKey: .averageWaitSeconds)
        }
    }
}

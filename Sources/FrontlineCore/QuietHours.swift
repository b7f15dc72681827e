import Foundation

/// A stretch of the day on the wall clock when a customer must not be called (do-not-disturb hours:
/// `21:00-09:00`, `12:00-13:30`). Unlike the calendar's `ClockRange` it may run past midnight: then it holds the evening and the
/// next morning. Minutes since midnight in the customer's day; the end is not inside.
public struct QuietHours: Equatable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// Minutes after midnight, 0..<1440.
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Reads `HH:MM-HH:MM` (24-hour clock); nil when it is not one, or start equals end.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Self.minutes(String(parts[0])), let end = Self.minutes(String(parts[1])),
              start != end else { return nil }
        self.init(start: start, end: end)
    }

    /// True when the minute of the day (0..<1440) falls inside, counting a stretch past midnight.
    public func contains(minuteOfDay minute: Int) -> Bool {
        start < end ? (start <= minute && minute < end) : (minute >= start || minute < end)
    }

    /// True when `date`, read on the wall clock of `timeZone`, falls inside.
    public func contains(_ date: Date, in timeZone: TimeZone) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return contains(minuteOfDay: (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }

    /// `21:00-09:00`.
    public var description: String { Self.clock(start) + "-" + Self.clock(end) }

    /// Several ranges as written in a file or on the command line: `21:00-09:00, 12:00-13:00`.
    public static func list(_ ranges: [QuietHours]) -> String { ranges.map(\.description).joined(separator: ", ") }

    /// Reads a comma-separated list; nil when any part is not a range. An empty text is no ranges.
    public static func parseList(_ text: String) -> [QuietHours]? {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var ranges: [QuietHours] = []
        for part in parts {
            guard let range = QuietHours(part) else { return nil }
            ranges.append(range)
        }
        return ranges
    }

    private static func minutes(_ text: String) -> Int? {
        let pieces = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 2, (1...2).contains(pieces[0].count), pieces[1].count == 2,
              pieces.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let hour = Int(pieces[0]), let minute = Int(pieces[1]),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return hour * 60 + minute
    }

    private static func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
}

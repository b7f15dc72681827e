import Foundation

/// `2026-12-06T02:52:42.603Z`: the times connectors see (UTC, milliseconds, truncated), the same in
/// an event's envelope and its payload. By hand: a new ISO8601DateFormatter per event cost more
/// than the rest of writing it.
public enum UTCTimestamp {
    public static func text(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let wholeSeconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        var seconds = time_t(wholeSeconds)
        let fraction = Int(milliseconds - wholeSeconds * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let millis = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : "\(fraction)"
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(millis)Z"
    }
}

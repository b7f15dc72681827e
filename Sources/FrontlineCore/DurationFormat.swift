/// Durations as an agent reads them at a glance.
public enum DurationFormat {
    /// `m:ss` below an hour, `h:mm:ss` from an hour up, and from 100 hours a days form
    /// (`6d 23h`) that stays as narrow as `99:59:59`, so a timer days long never runs into the
    /// next column. Negative input is shown as its magnitude.
    public static func clock(_ seconds: Int) -> String {
        let value = Int(clamping: seconds.magnitude)   // abs(Int.min) would trap
        if value >= 100 * 3600 {
            let days = value / 86_400, hours = (value % 86_400) / 3600
            return days > 999 ? "999d+" : "\(days)d \(twoDigits(hours))h"
        }
        let hours = value / 3600, minutes = (value % 3600) / 60, secs = value % 60
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }

    /// `12m`, `2h 05m`, `30d 00h`: a time shown to the minute, with a days form from a day on.
    public static func minutes(_ seconds: Int) -> String {
        let value = Int(clamping: seconds.magnitude)
        let days = value / 86_400, hours = (value % 86_400) / 3600, minutes = (value % 3600) / 60
        if days > 999 { return "999d+" }
        if days > 0 { return "\(days)d \(twoDigits(hours))h" }
        return hours > 0 ? "\(hours)h \(twoDigits(minutes))m" : "\(minutes)m"
    }

    /// `45s`, `12m`, `3h`, `5d`: for ages in lists.
    public static func short(_ seconds: Int) -> String {
        let value = max(0, seconds)
        switch value {
        case ..<60: return "\(value)s"
        case ..<3600: return "\(value / 60)m"
        case ..<86400: return "\(value / 3600)h"
        default: return "\(value / 86400)d"
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

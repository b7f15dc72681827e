import Foundation

/// Local times in Shanghai, as the manuals' centres keep them: "2026-09-28 10:00".
public enum ShanghaiTime {
    public static let zone = TimeZone(identifier: "Asia/Shanghai")!

    public static func date(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }
}

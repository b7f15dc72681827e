import Foundation

/// Reads the reply time an agent promises a customer.
public enum PromisedTime {
    /// `+2h`, `+30m`, `HH:MM` (today, or tomorrow if already past) and `YYYY-MM-DD HH:MM`.
    public static func parse(_ text: String, now: Date, calendar: Calendar = .current) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("+"), let unit = text.last, let amount = Int(text.dropFirst().dropLast()), amount > 0 {
            // In floating point: `+99999999999999d` must be a far date, not an integer overflow that ends the program.
            switch unit {
            case "m": return now.addingTimeInterval(TimeInterval(amount) * 60)
            case "h": return now.addingTimeInterval(TimeInterval(amount) * 3600)
            case "d": return now.addingTimeInterval(TimeInterval(amount) * 86400)
            default: return nil
            }
        }
        let parts = text.split(separator: " ")
        if parts.count == 2, let day = parseDay(String(parts[0])), let (hour, minute) = parseClock(String(parts[1])) {
            return calendar.date(from: DateComponents(year: day.0, month: day.1, day: day.2, hour: hour, minute: minute))
        }
        if parts.count == 1, let (hour, minute) = parseClock(text) {
            guard let today = calendar.date(bySettingHour: hour, minute: minute, second: 0, of: now) else { return nil }
            return today > now ? today : calendar.date(byAdding: .day, value: 1, to: today)
        }
        return nil
    }

    /// Whether `text` is written in one of the forms `parse` reads, whatever the time now.
    public static func isWellFormed(_ text: String) -> Bool {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return parse(text, now: Date(timeIntervalSince1970: 0), calendar: utc) != nil
    }

    private static func parseClock(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return (hour, minute)
    }

    private static func parseDay(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }
}

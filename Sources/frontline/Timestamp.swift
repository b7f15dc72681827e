import Foundation

/// The `--at` option: an ISO 8601 instant with its offset, seconds optional.
enum Timestamp {
    static let expected = "an ISO 8601 time with offset, e.g. 2026-11-22T09:15:00+08:00, 2026-11-22T09:15+08:00 or 2026-11-22T01:15:00Z"

    /// The option (`--at` unless named) if given (bad data if malformed), else the default.
    static func parse(option text: String?, named name: String = "--at", default now: Date) throws -> Date {
        guard let text else { return now }
        guard let date = parse(text) else {
            throw CommandFailure.badData("\(name) '\(text)' is not a time; give \(expected)")
        }
        return date
    }

    /// A period's end: a plain date (`2026-12-01`, the start of that day in local time) or an
    /// instant; anything else is bad data naming both forms.
    static func parse(dateOrTime text: String?, named name: String, default fallback: Date) throws -> Date {
        guard let text else { return fallback }
        if let date = parse(text) ?? day(text) { return date }
        throw CommandFailure.badData("\(name) '\(text)' is not a date or a time; give a date like 2026-12-01 or \(expected)")
    }

    /// The start of a plain `yyyy-MM-dd` day in the local time zone.
    static func day(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        guard let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)) else { return nil }
        return Calendar.current.startOfDay(for: date)
    }

    static func parse(_ text: String) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        for formatter in parsers {
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// How deadlines are printed: local time with its offset.
    static func format(_ date: Date) -> String {
        printer.string(from: date)
    }

    /// Made once: building an ISO8601DateFormatter costs more than 20 formatted dates
    /// (10,000 queue lines spent 30 % of `queue --json` making formatters).
    nonisolated(unsafe) private static let printer: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()

    private static let parsers: [DateFormatter] = [
        "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mmXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX",
    ].map { format in
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = format
        formatter.isLenient = false
        return formatter
    }
}

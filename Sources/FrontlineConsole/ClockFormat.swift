import Foundation

/// Local-time formats for the screen, made once: formatters are costly to create.
enum ClockFormat {
    static let timeOfDay = make("HH:mm")
    static let timeOfDaySeconds = make("HH:mm:ss")
    static let day = make("yyyy-MM-dd")
    static let dayAndTime = make("yyyy-MM-dd HH:mm")

    private static func make(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = pattern
        return formatter
    }
}

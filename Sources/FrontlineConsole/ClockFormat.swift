import Foundation

/// Local-time formats for the screen, made once: formatters are costly to create.
enum ClockFormat {
    static let timeOfDay = make("HH:mm")
    static let day = make("yyyy-MM-dd")

    private static func make(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = pattern
        return formatter
    }
}

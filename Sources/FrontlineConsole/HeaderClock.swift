import Foundation

/// The header's `HH:mm`, formatted once a minute: the header is drawn every second, and a
/// DateFormatter call (a walk through ICU's calendar) cost more than the rest of the header.
/// A minute of the clock is one `HH:mm` in any time zone (offsets and daylight-saving changes
/// fall on whole minutes), so the text is kept per minute since 1970.
final class HeaderClock: @unchecked Sendable {
    static let shared = HeaderClock()

    private let lock = NSLock()
    private var minute: Double = .nan
    private var text = ""

    func text(at date: Date) -> String {
        let minute = (date.timeIntervalSince1970 / 60).rounded(.down)
        if let known = lock.withLock({ self.minute == minute ? text : nil }) { return known }
        let made = ClockFormat.timeOfDay.string(from: date)
        lock.withLock {
            self.minute = minute
            text = made
        }
        return made
    }
}

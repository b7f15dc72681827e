import Foundation
import FrontlineCore
import FrontlineScreen

extension ConsoleText {
    /// `contact #12 chat  김민준  2026-11-22 14:30`: an open item (handover, the wallboard's agent) in the reader's words.
    func openItemLine(_ item: OpenItem) -> String {
        let due = item.due.map { "  " + ClockFormat.dayAndTime.string(from: $0) } ?? ""
        let detail = item.kind == .complaint ? ComplaintState(rawValue: item.detail).map(complaintState) : Channel(rawValue: item.detail).map(channelName)
        // A long name gives way to the deadline after it.
        return "\(openItemKind(item.kind)) #\(item.id) \(detail ?? item.detail)  \(DisplayWidth.truncate(item.customerName, to: 24))\(due)"
    }
}

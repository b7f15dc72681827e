import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The customer file of the contact being worked on (or the selected one): who it is, why a
/// call-back exists, the chat transcript, open complaints, call-backs to come, internal notes,
/// orders and past contacts.
enum CustomerPane {
    /// `contact` is the contact the file is shown for, as the queue has it: a written one shows its transcript.
    /// `script`: the follow-up script, when the contact in hand is a follow-up call (`AppState.followUpScript`).
    static func render(_ customer: CustomerDetailState, contact: Contact?, now: Date, focused: Bool, text: any ConsoleText,
                       script: [String] = [], into buffer: inout ScreenBuffer, rect: Rect) {
        guard let file = customer.file else {
            let inner = drawPaneFrame(&buffer, rect, title: text.paneTitle(.customer), focused: focused)
            buffer.write(text.selectContact, x: inner.x + 1, y: inner.y,
                         maxWidth: inner.width - 1, role: .muted)
            return
        }
        let inner = drawPaneFrame(&buffer, rect, title: "\(text.paneTitle(.customer)) · \(file.customer.name)", focused: focused)
        let lines = self.lines(customer, file: file, contact: contact, now: now, text: text, script: script, width: inner.width)
        let scroll = min(customer.scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            line.draw(into: &buffer, x: inner.x, y: inner.y + row, width: inner.width)
        }
    }

    static func lines(_ detail: CustomerDetailState, file: CustomerFile, contact: Contact?, now: Date, text: any ConsoleText,
                      script: [String] = [], width: Int) -> [StyledLine] {
        let customer = file.customer
        var lines: [StyledLine] = []
        // What the agent who passed it on said comes before anything else.
        if let contact, let note = contact.handoverNote, let from = contact.handoverFrom {
            lines += TextWrap.lines("⇄ " + text.handoverFrom(SafeText.visible(from), SafeText.visible(note)), width: width).map { StyledLine($0, .notice) }
        }
        var identity: [(String, ThemeRole)] = [(SafeText.visible(customer.name), .titleFocused)]
        if !customer.formOfAddress.isEmpty { identity.append((" (" + SafeText.visible(customer.formOfAddress) + ")", .normal)) }
        identity.append(("  " + customer.language.shortLabel, .muted))
        if customer.isMember { identity.append(("  " + text.member + (customer.memberCard.map { " " + SafeText.visible($0) } ?? ""), .notice)) }
        lines.append(StyledLine(identity))
        let reach = (customer.phones.map { "☎ " + $0 } + [customer.email.map { "✉ " + $0 }].compactMap { $0 }).joined(separator: "  ")
        if !reach.isEmpty { lines.append(StyledLine(SafeText.visible(reach))) }
        lines += CustomerFileLines.standing(customer, text: text, width: width)
        if !customer.notes.isEmpty {
            lines += TextWrap.lines(text.notePrefix + customer.notes, width: width).map { StyledLine($0, .notice) }
        }
        lines += CustomerFileLines.reason(of: detail.contactId, in: file, text: text, width: width)
        // The follow-up script right under why the call exists: the agent reads it as they dial.
        if !script.isEmpty {
            lines.append(section(text.followUpScriptTitle, width: width))
            for (number, step) in script.enumerated() {
                // The number hangs in front, so text without spaces (Chinese) is not pushed below it.
                let mark = DisplayWidth.pad("\(number + 1).", to: 3)
                let wrapped = TextWrap.lines(SafeText.visible(step), width: max(1, width - 3))
                lines += wrapped.enumerated().map { StyledLine([($0.offset == 0 ? mark : "   ", .muted), ($0.element, .normal)]) }
            }
        }
        if let contact, contact.channel.isWritten {
            lines.append(section(text.transcript, width: width))
            if detail.transcript.isEmpty { lines.append(StyledLine("  " + text.noMessages, .muted)) }
            lines += TranscriptLines.shared.lines(detail.transcript, width: width) { transcriptLines(detail.transcript, width: width) }
        }
        if !file.openComplaints.isEmpty {
            lines.append(section(text.openComplaints, width: width))
            for complaint in file.openComplaints {
                lines.append(StyledLine([("#\(complaint.id ?? 0) ", .muted), (text.complaintCategory(complaint.category), .normal),
                                         (" · \(text.severity(complaint.severity)) · \(text.complaintState(complaint.state))",
                                          complaint.severity == .major ? .slaWarning : .muted)]))
            }
        }
        lines += CustomerFileLines.scheduled(file, now: now, text: text, width: width)
        lines += CustomerFileLines.notes(file, text: text, width: width)
        lines.append(section(text.orders, width: width))
        if file.orders.isEmpty { lines.append(StyledLine("  " + text.noOrders, .muted)) }
        for order in file.orders {
            lines.append(StyledLine([(order.number + " ", .normal), (shortDate(order.placedAt) + " ", .muted),
                                     (order.formattedTotal + " ", .normal),
                                     ("\(order.paymentStatus)/\(order.shippingStatus)", .muted)]))
            lines.append(StyledLine("  " + order.items + (order.trackingNumber.map { " · " + $0 } ?? ""), .muted))
        }
        lines += CustomerFileLines.recent(file, shown: detail.contactId, now: now, date: ClockFormat.day, text: text, width: width)
        lines += CustomerFileLines.history(file, text: text, width: width)
        return lines
    }

    /// Each message wrapped to the pane, after its time and direction.
    private static func transcriptLines(_ transcript: [ChatMessage], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for message in transcript {
            let inbound = message.direction == .inbound
            let prefix = timeOfDay(message.at) + (inbound ? " ▸ " : " ◂ ")
            // A reply's delivery, after its first line: · sent (not yet acknowledged), ✓ delivered, ! failed.
            let mark: (String, ThemeRole)? = switch message.delivery {
            case .pending?: (" ·", .muted)
            case .delivered?: (" ✓", .muted)
            case .failed?: (" !", .slaBreached)
            case nil: nil
            }
            let markWidth = mark.map { DisplayWidth.of($0.0) } ?? 0
            let wrapped = TextWrap.lines(SafeText.visible(message.text), width: max(1, width - DisplayWidth.of(prefix) - markWidth))
            for (index, part) in wrapped.enumerated() {
                let lead = index == 0 ? prefix : String(repeating: " ", count: DisplayWidth.of(prefix))
                var segments: [(String, ThemeRole)] = [(lead, .muted), (part, inbound ? .inbound : .outbound)]
                if index == 0, let mark { segments.append(mark) }
                lines.append(StyledLine(segments))
            }
        }
        return lines
    }

    private static func section(_ title: String, width: Int) -> StyledLine { CustomerFileLines.section(title, width: width) }

    private static func timeOfDay(_ date: Date) -> String { ClockFormat.timeOfDay.string(from: date) }
    private static func shortDate(_ date: Date) -> String { ClockFormat.day.string(from: date) }
}

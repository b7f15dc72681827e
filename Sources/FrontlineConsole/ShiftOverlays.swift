import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The boxes of the agent's shift over the panes: a ringing call, the state picker, the handover
/// note read at login, and the one written when logging out.
enum ShiftOverlays {
    /// `mode` says which box is open; a ringing call shows over any of them.
    static func render(_ shift: ShiftState, mode: InputMode, _ context: PaneContext, into buffer: inout ScreenBuffer, layout: ConsoleLayout) {
        let text = context.text
        let body = Rect(x: 0, y: layout.header.maxY, width: layout.header.width, height: layout.replyLine.y - layout.header.maxY)
        switch mode {
        case .readingHandover:
            if let handover = shift.handover { renderHandover(handover, text: text, into: &buffer, body: body) }
        case .pickingState:
            renderPicker(text: text, into: &buffer, body: body)
        case .writingHandover(let note):
            renderOpenItems(shift.openItems, title: text.handoverLabel, text: text, into: &buffer, body: body)
            buffer.fill(layout.replyLine, role: .normal)
            ReplyLine.renderField(" \(text.handoverLabel) › ", note, into: &buffer, rect: layout.replyLine)
        default:
            break
        }
        if let offer = shift.ringing(at: context.now) { renderOffer(offer, context, into: &buffer, body: body) }
    }

    /// The call ringing this agent, centred and loud, with its countdown and the two keys.
    private static func renderOffer(_ offer: OfferRow, _ context: PaneContext, into buffer: inout ScreenBuffer, body: Rect) {
        let text = context.text
        let left = Int(offer.expiresAt.timeIntervalSince(context.now).rounded(.up))
        let keys = [Action.acceptOffer, .declineOffer].compactMap { action in
            KeyBindings.normal.first { $0.action == action }.map { "\($0.keyLabel) \(text.short(action))" }
        }.joined(separator: "   ")
        // A caller known only by their number is named by it once.
        let caller = offer.customerName == offer.address ? [offer.address] : [offer.customerName, offer.address]
        let lines = caller + [text.offerCountdown(left), keys]
        let box = centred(width: lines.map(DisplayWidth.of).max().map { $0 + 6 } ?? 30, height: lines.count + 2, in: body)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: text.offerTitle(offer.channel), role: .slaBreached, titleRole: .slaBreached)
        for (row, line) in lines.enumerated() {
            buffer.write(line, x: box.x + 3, y: box.y + 1 + row, maxWidth: box.width - 4,
                         role: row == caller.count ? .slaWarning : row > caller.count ? .keyHint : .overlay)
        }
    }

    private static func renderPicker(text: any ConsoleText, into buffer: inout ScreenBuffer, body: Rect) {
        let lines = KeyBindings.pickingState.map { (DisplayWidth.pad($0.keyLabel, to: 4), text.help($0.action)) }
        let width = lines.map { DisplayWidth.of($0.0) + DisplayWidth.of($0.1) }.max().map { $0 + 6 } ?? 30
        let box = centred(width: width, height: lines.count + 2, in: body)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: text.statePickerTitle, role: .borderFocused, titleRole: .titleFocused)
        for (row, line) in lines.enumerated() {
            StyledLine([(line.0, .keyHint), (line.1, .overlay)]).draw(into: &buffer, x: box.x + 2, y: box.y + 1 + row, width: box.width - 4)
        }
    }

    private static func renderHandover(_ handover: Shift, text: any ConsoleText, into buffer: inout ScreenBuffer, body: Rect) {
        let time = ClockFormat.dayAndTime.string(from: handover.endedAt ?? handover.startedAt)
        let width = min(body.width - 4, 90)
        var lines = TextWrap.lines(handover.handoverNote ?? text.noHandoverNote, width: width - 4)
        lines += [""] + itemLines(handover.openItems, text: text)
        let box = centred(width: width, height: min(lines.count + 2, body.height), in: body)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: text.handoverTitle(handover.agent, time), role: .borderFocused, titleRole: .titleFocused)
        for (row, line) in lines.prefix(box.height - 2).enumerated() {
            buffer.write(line, x: box.x + 2, y: box.y + 1 + row, maxWidth: box.width - 4, role: .overlay)
        }
    }

    /// The open items the note will carry, above the note being typed.
    private static func renderOpenItems(_ items: [OpenItem], title: String, text: any ConsoleText, into buffer: inout ScreenBuffer, body: Rect) {
        let lines = itemLines(items, text: text)
        let height = min(lines.count + 2, body.height)
        let box = Rect(x: body.x, y: body.maxY - height, width: body.width, height: height)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: title, role: .borderFocused, titleRole: .titleFocused)
        for (row, line) in lines.prefix(height - 2).enumerated() {
            buffer.write(line, x: box.x + 2, y: box.y + 1 + row, maxWidth: box.width - 4, role: .overlay)
        }
    }

    /// `Open items` and one line per item: `contact #12 chat  김민준  due 14:30`.
    private static func itemLines(_ items: [OpenItem], text: any ConsoleText) -> [String] {
        guard !items.isEmpty else { return [text.noOpenItems] }
        return [text.openItemsTitle + ":"] + items.map { "· " + text.openItemLine($0) }
    }

    private static func centred(width: Int, height: Int, in body: Rect) -> Rect {
        let w = min(width, body.width), h = min(height, body.height)
        return Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
    }
}

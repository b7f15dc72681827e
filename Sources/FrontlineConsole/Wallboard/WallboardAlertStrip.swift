import FrontlineCore
import FrontlineScreen

/// Two lines that must not be missed: contacts about to breach and breached, then agents away past their limit.
enum WallboardAlertStrip {
    static func render(_ state: WallboardState, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .normal)
        let figures = state.figures, text = state.text
        guard !figures.aboutToBreach.isEmpty || !figures.breached.isEmpty || !figures.agentsOverAwayLimit.isEmpty else {
            buffer.write(" ✓ " + text.noAlerts, x: rect.x, y: rect.y, maxWidth: rect.width, role: .slaOk)
            return
        }
        func contact(_ line: WallboardFigures.ContactLine) -> String {
            "\(text.console.channelLabel(line.contact.channel)) \(line.customerName) \(line.status?.countdown ?? "")"
        }
        var segments: [(String, ThemeRole)] = []
        if !figures.breached.isEmpty {
            segments.append((" ✖ \(text.breached) \(figures.breached.count): ", .slaBreached))
            segments.append((figures.breached.map(contact).joined(separator: " · ") + " ", .slaBreached))
        }
        if !figures.aboutToBreach.isEmpty {
            segments.append(("  ▲ \(text.atRisk) \(figures.aboutToBreach.count): ", .slaWarning))
            segments.append((figures.aboutToBreach.map(contact).joined(separator: " · "), .slaWarning))
        }
        StyledLine(segments).draw(into: &buffer, x: rect.x, y: rect.y, width: rect.width)
        let away = figures.agentsOverAwayLimit.map { line in
            let reason = line.agent.awayReason.map(text.reason) ?? ""
            return "\(line.agent.displayName) (\(reason) \(WallboardFormat.duration(line.timeInState)))"
        }
        if !away.isEmpty {
            StyledLine([(" ☕ \(text.awayTooLong): ", .slaBreached), (away.joined(separator: " · "), .slaWarning)])
                .draw(into: &buffer, x: rect.x, y: rect.y + 1, width: rect.width)
        }
    }
}

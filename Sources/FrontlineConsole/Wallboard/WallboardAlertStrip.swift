import FrontlineCore
import FrontlineScreen

/// Two lines that must not be missed: contacts about to breach and breached, then agents away past their limit.
enum WallboardAlertStrip {
    static func render(_ state: WallboardState, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .normal)
        let figures = state.figures, text = state.text
        guard !figures.aboutToBreach.isEmpty || !figures.breached.isEmpty || !figures.agentsOverAwayLimit.isEmpty || !state.webhooks.isQuiet else {
            buffer.write(" ✓ " + text.noAlerts, x: rect.x, y: rect.y, maxWidth: rect.width, role: .slaOk)
            return
        }
        func contact(_ line: WallboardFigures.ContactLine) -> String {
            "\(text.console.channelLabel(line.contact.channel)) \(line.customerName) \(line.status?.countdown ?? "")"
        }
        // Both counts always show; the lists share what is left, the breached first, and what does
        // not fit is counted ("+3") rather than cut: a customer's name is never cut to nothing.
        let breachedHeader = figures.breached.isEmpty ? "" : " ✖ \(text.breached) \(figures.breached.count): "
        let riskHeader = figures.aboutToBreach.isEmpty ? "" : "  ▲ \(text.atRisk) \(figures.aboutToBreach.count): "
        let breachedItems = figures.breached.map(contact), riskItems = figures.aboutToBreach.map(contact)
        let room = rect.width - DisplayWidth.of(breachedHeader + riskHeader)
        let keptForRisk = min(DisplayWidth.of(riskItems.joined(separator: " · ")), 24)
        let breachedList = fitted(breachedItems, in: room - keptForRisk - 1)
        let riskList = fitted(riskItems, in: room - DisplayWidth.of(breachedList) - 1)
        var segments: [(String, ThemeRole)] = []
        if !breachedItems.isEmpty { segments += [(breachedHeader, .slaBreached), (breachedList + " ", .slaBreached)] }
        if !riskItems.isEmpty { segments += [(riskHeader, .slaWarning), (riskList, .slaWarning)] }
        StyledLine(segments).draw(into: &buffer, x: rect.x, y: rect.y, width: rect.width)
        let away = figures.agentsOverAwayLimit.map { line in
            let reason = line.agent.awayReason.map(text.reason) ?? ""
            return "\(line.agent.displayName) (\(reason) \(WallboardFormat.duration(line.timeInState)))"
        }
        // Webhooks in trouble share the second line, first: replies not reaching customers is the more urgent.
        let hooks = state.webhooks.isQuiet ? "" : " ⚠ " + text.webhookTrouble(state.webhooks) + " "
        var second: [(String, ThemeRole)] = hooks.isEmpty ? [] : [(hooks, .slaBreached)]
        if !away.isEmpty {
            let header = " ☕ \(text.awayTooLong): "
            second += [(header, .slaBreached), (fitted(away, in: rect.width - DisplayWidth.of(hooks + header)), .slaWarning)]
        }
        if !second.isEmpty { StyledLine(second).draw(into: &buffer, x: rect.x, y: rect.y + 1, width: rect.width) }
    }

    /// As many of `items` as fit in `width` columns, joined by " · ", and "+N" for the others.
    static func fitted(_ items: [String], in width: Int) -> String {
        var shown: [String] = []
        for item in items {
            let next = shown + [item]
            let others = items.count - next.count
            guard DisplayWidth.of(next.joined(separator: " · ") + (others > 0 ? " +\(others)" : "")) <= width else { break }
            shown = next
        }
        guard shown.count < items.count else { return shown.joined(separator: " · ") }
        let more = "+\(items.count - shown.count)"
        if shown.isEmpty { return DisplayWidth.of(more) <= width ? more : "" }
        return shown.joined(separator: " · ") + " " + more
    }
}

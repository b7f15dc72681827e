import FrontlineScreen

/// The top line while the database cannot be reached: what is wrong and that nothing typed is lost,
/// in the colours of a breached deadline (the theme's loudest), in place of the header, so it is
/// seen from every screen. The training badge and the clock stay.
enum OutageBanner {
    static func render(_ state: AppState, _ outage: DatabaseOutage, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .slaBreached)
        var x = rect.x
        if state.isTraining { x += TrainingBanner.render(state.text, into: &buffer, x: x, y: rect.y) }
        let clock = HeaderClock.shared.text(at: state.now) + " "
        let clockX = rect.maxX - DisplayWidth.of(clock)
        buffer.write(" " + text(state.text, outage), x: x, y: rect.y, maxWidth: max(0, clockX - 1 - x), role: .slaBreached)
        if clockX > x { buffer.write(clock, x: clockX, y: rect.y, role: .slaBreached) }
    }

    static func text(_ text: any ConsoleText, _ outage: DatabaseOutage) -> String {
        switch outage.reply {
        case .none: text.say(.databaseUnreachable)
        case .notSent: text.say(.databaseUnreachableReplyNotSent)
        case .mayHaveBeenSent: text.say(.databaseUnreachableReplyUnknown)
        }
    }
}

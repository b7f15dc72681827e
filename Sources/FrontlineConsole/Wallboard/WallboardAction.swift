/// What a key does on the wallboard. One meaning each, so one help text in every language.
public enum WallboardAction: String, Sendable, CaseIterable {
    // The board
    case nextSection, previousSection, moveDown, moveUp, open, reassign, setAway, logOut, endWrapUp, toggleLarge, reports, help, quit
    // A list to pick from (an agent, an away reason)
    case pick, pickDown, pickUp, cancel
    // A contact or agent opened read-only
    case scrollDown, scrollUp, close
    // The reports view: today, this week, this month (the same figures as `frontline report`)
    case reportToday, reportWeek, reportMonth
}

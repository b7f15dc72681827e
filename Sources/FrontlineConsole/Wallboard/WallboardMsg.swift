import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// Everything that can happen to the wallboard.
public enum WallboardMsg: Sendable {
    case key(KeyPress)
    case resize(width: Int, height: Int)
    case tick(Date)
    /// One batch of commits to the store, by what they changed.
    case storeChanged(Set<ChangeTopic>)
    case loaded(WallboardInput)
    case webhooksLoaded(WebhookTrouble)
    case detailLoaded(WallboardDetail)
    case reportLoaded(Report)
    /// A supervisor action took effect; what to tell the supervisor.
    case done(String)
    case failed(String)
    /// The database cannot be reached (a PostgreSQL server restarting): said until a load works again.
    case databaseLost
}

/// Work the wallboard's update asks the runner to do.
public enum WallboardEffect: Equatable, Sendable {
    case load
    /// Only the webhooks changed (a delivery): read their trouble, not the whole board.
    case loadWebhooks
    case reassign(contactId: Int64, agent: String)
    case changeState(agent: String, AgentStateChange)
    case openContact(Int64)
    case openAgent(String)
    /// Log out agents whose console process has gone (killed without logging out).
    case sweepGoneConsoles
    /// Count the report of the day, ISO week or month containing now (the reports view).
    case loadReport(ReportPeriod)
}

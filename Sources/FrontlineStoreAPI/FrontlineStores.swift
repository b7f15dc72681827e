/// Everything a Frontline store offers: what the `frontline` commands open, and what the
/// contract tests run against. A backend conforms to this to be a Frontline store.
///
/// The map (each method lives in exactly one concern protocol; users compose them):
/// - ConsoleStore: ChangeFeed, ChangeProbe, QueueReads, AgentWork, PresenceStore, BreachRecords,
///   ComplaintDrafts, ComplaintStore, CustomerStore, ServiceLevelReads, TrainingMark
/// - WallboardStore: ChangeFeed, ChangeProbe, QueueReads, CustomerStore, PresenceStore, Supervision, ReportStore
/// - RoutingStore (the router): ChangeProbe, ChangeFeed, route
/// - TrainingStore (trainee mode, `frontline demo`): TrainingMark, ChangeProbe, runs and visitors
/// - the commands besides: ContactIntake, ContactRecords, RosterStore, DatabaseAdmin
public protocol FrontlineStores: ConsoleStore, WallboardStore, RoutingStore, TrainingStore, ContactIntake, ContactRecords,
    RosterStore, ReportStore, DatabaseAdmin {}

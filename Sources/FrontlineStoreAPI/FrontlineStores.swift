/// Everything a Frontline store offers: what the `frontline` commands open, and what the
/// contract tests run against. A backend conforms to this to be a Frontline store.
///
/// The map (each method lives in exactly one concern protocol; users compose them):
/// - ConsoleStore: ChangeFeed, QueueReads, AgentWork, PresenceStore, BreachRecords,
///   ComplaintDrafts, ComplaintStore, CustomerStore, CustomerUpkeep, ContactRecords, WrapUpRecords, ServiceLevelReads, TrainingMark,
///   HandoffStore, ReplyDelivery, CommitOutcomes
/// - WallboardStore: ChangeFeed, QueueReads, CustomerStore, PresenceStore, Supervision, ReportStore
/// - RoutingStore (the router): route
/// - TrainingStore (trainee mode, `frontline demo`): TrainingMark, runs and visitors
/// - the commands besides: ContactIntake, RosterStore, DatabaseAdmin, HandoffStore, FollowUpReads,
///   QualityStore (`frontline qa`), SatisfactionStore (`frontline csat`), TokenStore (`tokens`, `serve`)
/// - connectors (`frontline ingest`, `events`, `webhooks`, `serve`): ChannelIntake, Outbox, OutboxUpkeep, WebhookStore
public protocol FrontlineStores: ConsoleStore, WallboardStore, RoutingStore, TrainingStore, ContactIntake, ContactRecords,
    RosterStore, ReportStore, DatabaseAdmin, HandoffStore, FollowUpReads, QualityStore, SatisfactionStore, ChannelIntake, Outbox,
    OutboxUpkeep, WebhookStore, TokenStore {}

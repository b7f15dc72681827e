/// What the supervisor's wallboard reads and writes: the figures and roster for the wall, a
/// contact or agent in detail, reassigning work and setting agents' states, the dead-console sweep.
public protocol WallboardStore: ChangeFeed, QueueReads, CustomerStore, PresenceStore, Supervision, ReportStore, WebhookHealth {}

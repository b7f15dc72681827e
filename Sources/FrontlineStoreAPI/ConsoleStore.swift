/// What an agent's console reads and writes: its queue and the contact in hand, the agent's
/// presence and shift, complaints and their drafts, the customer file, the internal notes and wrap-ups,
/// today's service levels; and the change feed, so it reloads only what its screen shows.
public protocol ConsoleStore: ChangeFeed, QueueReads, AgentWork, PresenceStore, BreachRecords,
    ComplaintDrafts, ComplaintStore, CustomerStore, CustomerUpkeep, ContactRecords, WrapUpRecords, ServiceLevelReads, TrainingMark,
    HandoffStore, ReplyDelivery, CommitOutcomes {}

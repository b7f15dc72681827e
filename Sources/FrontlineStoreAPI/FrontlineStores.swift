/// Everything a Frontline store offers: what the `frontline` commands open, and what the
/// contract tests run against. A backend conforms to this to be a Frontline store.
public protocol FrontlineStores: ConsoleStore, WallboardStore, RoutingStore, TrainingStore, ContactIntake, ContactRecords,
    RosterStore, ReportStore, DatabaseAdmin {}

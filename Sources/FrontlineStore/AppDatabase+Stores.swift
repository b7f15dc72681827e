import FrontlineStoreAPI

/// The SQLite store is every kind of Frontline store: the console, the wallboard, the router,
/// trainee mode and the commands all reach it through these protocols only.
extension AppDatabase: FrontlineStores {}

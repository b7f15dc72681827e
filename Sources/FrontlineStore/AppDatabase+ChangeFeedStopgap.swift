import FrontlineStoreAPI

// STOPGAP until the seam branch's change feed lands; the lead deletes this file at merge.
// It knows only that something was committed (PRAGMA data_version moved), not what: every
// batch says `.everything`, so readers reload all they show, as they did before the feed.
extension AppDatabase: ChangeFeed {
    public func latestChange() throws -> Int64 {
        Int64(try changeToken())
    }

    public func changes(after sequence: Int64) throws -> ChangeBatch {
        let latest = try latestChange()
        return ChangeBatch(topics: latest == sequence ? [] : [.everything], latest: latest)
    }
}

/// One stored value as a database returns it, in the storage classes both backends share
/// (times are unix seconds as doubles, flags 0/1 integers, JSON text): what `db copy` moves
/// and checksums, so a value that changes type on the way (an integer become a double, NULL
/// become '') changes the checksum.
public enum TableValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

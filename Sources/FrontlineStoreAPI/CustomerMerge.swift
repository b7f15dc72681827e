/// What a merge of two customer files moved into the one kept.
public struct CustomerMerge: Equatable, Sendable {
    public var kept: Int64
    public var merged: Int64
    public var contacts: Int
    public var orders: Int
    public var complaints: Int
    public var phones: Int

    public init(kept: Int64, merged: Int64, contacts: Int, orders: Int, complaints: Int, phones: Int) {
        self.kept = kept
        self.merged = merged
        self.contacts = contacts
        self.orders = orders
        self.complaints = complaints
        self.phones = phones
    }
}

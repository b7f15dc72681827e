/// How much synthetic data to make: a contact centre's years of history, for benchmarks.
public struct SyntheticSize: Equatable, Sendable {
    public var customers: Int
    public var contacts: Int
    /// How many of the newest contacts still wait in the queue; the rest have ended.
    public var waiting: Int
    public var seed: UInt64

    public init(customers: Int, contacts: Int, waiting: Int = 0, seed: UInt64 = 1) {
        self.customers = customers
        self.contacts = contacts
        self.waiting = waiting
        self.seed = seed
    }
}

/// What a synthetic fill put in, table by table.
public struct SyntheticCounts: Equatable, Sendable {
    public var customers = 0, orders = 0, contacts = 0, messages = 0, events = 0, complaints = 0

    public init() {}
}

/// A value worked out the first time it is asked for (a database generated only when a wanted
/// benchmark needs it).
final class Lazy<Value> {
    private var made: Value?
    private let make: () throws -> Value

    init(_ make: @escaping () throws -> Value) { self.make = make }

    func value() throws -> Value {
        if let made { return made }
        let value = try make()
        made = value
        return value
    }
}

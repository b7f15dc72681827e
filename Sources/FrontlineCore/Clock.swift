import Foundation

/// Where "now" comes from. Injected everywhere so tests and the trainee
/// simulator can step time by hand.
public protocol Clock: Sendable {
    var now: Date { get }
    /// Clock seconds per real second: a loop that sleeps for a clock interval divides by it.
    var rate: Double { get }
}

extension Clock {
    public var rate: Double { 1 }
}

/// The wall clock.
public struct SystemClock: Clock {
    public init() {}
    public var now: Date { Date() }
}

/// A clock that only moves when told to.
public final class ManualClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_790_000_000)) { current = start }

    public var now: Date { lock.withLock { current } }

    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
    public func set(_ date: Date) { lock.withLock { current = date } }
}

/// The wall clock run `rate` times faster, starting at `start` when it is made: a training
/// shift at speed 5 lives ten minutes of queue in two real ones.
public struct ScaledClock: Clock {
    public let start: Date
    public let rate: Double
    private let realStart: Date
    private let real: any Clock

    public init(start: Date, rate: Double, real: any Clock = SystemClock()) {
        self.start = start
        self.rate = rate
        self.real = real
        realStart = real.now
    }

    public var now: Date { start.addingTimeInterval(real.now.timeIntervalSince(realStart) * rate) }
}

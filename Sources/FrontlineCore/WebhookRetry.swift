import Foundation

/// When a failed webhook delivery is tried again, and when it is given up: exponential backoff
/// with full jitter (1 s doubling to 10 min), parked as dead after `maxAttempts`.
public struct WebhookRetry: Equatable, Sendable {
    public var firstDelay: TimeInterval
    public var maxDelay: TimeInterval
    public var maxAttempts: Int

    public init(firstDelay: TimeInterval = 1, maxDelay: TimeInterval = 600, maxAttempts: Int = 8) {
        self.firstDelay = firstDelay
        self.maxDelay = maxDelay
        self.maxAttempts = max(1, maxAttempts)
    }

    public static let standard = WebhookRetry()

    /// What to do after the `attempts`-th failed attempt (1 for the first). `jitter` in 0...1
    /// spreads retries (half the delay fixed, half random) so many failing receivers do not retry in step.
    public func afterFailure(attempts: Int, jitter: Double) -> WebhookRetryDecision {
        if attempts >= maxAttempts { return .dead }
        let exponent = Double(max(0, attempts - 1))
        let delay = min(maxDelay, firstDelay * pow(2, exponent))
        let spread = min(1, max(0, jitter))
        return .retry(after: delay / 2 + delay / 2 * spread)
    }
}

public enum WebhookRetryDecision: Equatable, Sendable {
    case retry(after: TimeInterval)
    case dead
}

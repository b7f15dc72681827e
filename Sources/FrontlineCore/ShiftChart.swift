import Foundation

/// The queue length and the service level over the day in equal time buckets, replayed from
/// the event log so that it shows what happened even while no wallboard was open.
public struct ShiftChart: Equatable, Sendable {
    public var start: Date
    public var bucketSeconds: TimeInterval
    /// The most contacts waiting at once in each bucket.
    public var queueLength: [Int]
    /// The service level of everything answered from `start` to the end of each bucket; nil before the first answer.
    public var serviceLevel: [Double?]

    /// Replays `events` (oldest first; those before `start` only set the opening queue) into
    /// `buckets` equal buckets from `start` to `end`.
    public init(events: [QueueEvent], policy: SLAPolicy, from start: Date, to end: Date, buckets: Int) {
        let count = max(1, buckets)
        self.start = start
        bucketSeconds = max(1, end.timeIntervalSince(start) / Double(count))
        queueLength = Array(repeating: 0, count: count)
        serviceLevel = Array(repeating: nil, count: count)

        var channels: [Int64: Channel] = [:]
        var waitStarts: [Int64: Date] = [:]
        var waiting: Set<Int64> = []
        var answered = 0, withinTarget = 0
        var bucket = 0
        let bucketSeconds = self.bucketSeconds
        func bucketIndex(_ date: Date) -> Int { Int(date.timeIntervalSince(start) / bucketSeconds) }

        for event in events where event.at < end {
            // Close the buckets this event comes after: they keep the queue as it stood.
            let index = bucketIndex(event.at)
            while event.at >= start, bucket < index, bucket < count {
                serviceLevel[bucket] = answered == 0 ? nil : Double(withinTarget) / Double(answered)
                bucket += 1
                if bucket < count { queueLength[bucket] = waiting.count }
            }
            let id = event.contactId
            switch event.kind {
            case .queued, .reopened:
                if let channel = event.channel { channels[id] = channel }
                waiting.insert(id)
                waitStarts[id] = event.at
            case .taken, .replied:
                if event.kind == .taken { waiting.remove(id) }
                // The wait is answered when the call is taken, or the chat or email first replied to.
                guard let channel = channels[id], let started = waitStarts[id], channel.isWritten == (event.kind == .replied) else { break }
                waitStarts[id] = nil
                if event.at >= start {
                    answered += 1
                    if ServiceLevel.countedWait(channel, from: started, to: event.at, policy: policy) < ServiceLevel.target(for: channel, policy: policy) {
                        withinTarget += 1
                    }
                }
            case .abandoned, .completed, .reassigned:
                waiting.remove(id)
                if event.kind == .abandoned { waitStarts[id] = nil }
            }
            if event.at >= start, bucket < count { queueLength[bucket] = max(queueLength[bucket], waiting.count) }
            if event.at < start { queueLength[0] = waiting.count }
        }
        // The buckets up to `end` keep the last state.
        while bucket < count {
            serviceLevel[bucket] = answered == 0 ? nil : Double(withinTarget) / Double(answered)
            bucket += 1
            if bucket < count { queueLength[bucket] = waiting.count }
        }
    }
}

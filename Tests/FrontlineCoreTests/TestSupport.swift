import Foundation
import XCTest
@testable import FrontlineCore

/// The instant the fake clock starts at.
let testEpoch = Date(timeIntervalSince1970: 1_790_000_000)

/// A Gregorian calendar in UTC: parsing "14:30" must not depend on the machine's zone.
func utcCalendar() -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
}

func utcDate(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
    utcCalendar().date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
}

/// SplitMix64: a tiny seeded generator, so property tests replay the same cases every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func contact(_ channel: Channel, state: ContactState = .waiting, id: Int64? = nil, queuedAt: Date,
             firstReplyAt: Date? = nil, awaitingReplySince: Date? = nil) -> Contact {
    Contact(id: id, channel: channel, state: state, customerId: 1, address: "+86 138 0000 0000", queuedAt: queuedAt,
            takenAt: state == .waiting ? nil : queuedAt, firstReplyAt: firstReplyAt,
            awaitingReplySince: awaitingReplySince)
}

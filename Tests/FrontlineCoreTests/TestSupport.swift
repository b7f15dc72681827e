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

func contact(_ channel: Channel, state: ContactState = .waiting, id: Int64? = nil, queuedAt: Date,
             firstReplyAt: Date? = nil, awaitingReplySince: Date? = nil) -> Contact {
    Contact(id: id, channel: channel, state: state, customerId: 1, address: "+86 138 0000 0000", queuedAt: queuedAt,
            takenAt: state == .waiting ? nil : queuedAt, firstReplyAt: firstReplyAt,
            awaitingReplySince: awaitingReplySince)
}

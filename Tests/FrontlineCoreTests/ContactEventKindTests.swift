import XCTest
@testable import FrontlineCore

/// The event log's kinds are stored as strings; renaming a case must not change what is written.
final class ContactEventKindTests: XCTestCase {
    func testTheStoredNamesStayAsTheLogHasThem() {
        XCTAssertEqual(ContactEventKind.allCases.map(\.rawValue), [
            "queued", "message", "taken", "replied", "noted", "breached", "abandoned", "completed", "reopened",
            "complaint-filed", "reassigned", "promised", "offered", "accepted", "declined", "missed", "assigned",
            "paused", "resumed", "forbidden-wording-sent", "transferred", "escalated", "handed-off", "handoff-answered",
            "wrap-up-coded", "follow-up-booked", "member-follow-up-queued", "follow-up-answered", "complaint-follow-up-queued",
            "satisfaction-requested", "satisfaction-answered",
        ])
    }

    func testEveryStepTheWallboardReplaysIsAContactEvent() {
        for kind in QueueEvent.Kind.allCases {
            XCTAssertNotNil(ContactEventKind(rawValue: kind.rawValue), "\(kind)")
        }
    }
}

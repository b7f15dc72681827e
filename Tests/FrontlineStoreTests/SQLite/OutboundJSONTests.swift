import Foundation
@testable import FrontlineStore
import FrontlineStoreAPI
import XCTest

/// The outbox's hand-written JSON is JSON: what Foundation reads back is what was written.
final class OutboundJSONTests: XCTestCase {
    func testEscapesAndNestingRoundTrip() throws {
        let text = "引号 \" back\\ tab\t nl\n ctl\u{1} sep\u{2028} 😀"
        let json = try OutboundJSON.object(["text": text, "n": Int64(-42), "ok": true, "list": ["a\"b"],
                                            "email": ["subject": "Re: x"] as [String: Any], "none": NSNull()])
        let back = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(back["text"] as? String, text)
        XCTAssertEqual(back["n"] as? Int, -42)
        XCTAssertEqual(back["ok"] as? Bool, true)
        XCTAssertEqual(back["list"] as? [String], ["a\"b"])
        XCTAssertEqual((back["email"] as? [String: Any])?["subject"] as? String, "Re: x")
        XCTAssertTrue(back["none"] is NSNull)
        XCTAssertTrue(json.hasPrefix("{\"email\":"), "keys sorted: \(json)")
    }

    func testTimestampsAreUTCMillisecondsTruncated() {
        XCTAssertEqual(UTCTimestamp.text(Date(timeIntervalSince1970: 1_790_000_000.0129)), "2026-09-21T14:13:20.012Z")
        XCTAssertEqual(UTCTimestamp.text(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000Z")
    }
}

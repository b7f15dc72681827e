import FrontlineConfig
import XCTest

/// `[connectors] keep_events`: how long `frontline events prune` keeps the outbox by default.
final class ConnectorsPolicyTests: XCTestCase {
    func testKeepEventsIsADurationOfAtLeastAnHour() {
        guard case .success(let file) = PolicyFile.parse("[connectors]\nkeep_events = \"7d\"\n", name: "c.toml") else { return XCTFail() }
        XCTAssertEqual(file.keepOutboundEvents, 7 * 86400)
        XCTAssertEqual(file.sources["connectors.keep_events"], "c.toml:2")
        guard case .success(let plain) = PolicyFile.parse("", name: "c.toml") else { return XCTFail() }
        XCTAssertEqual(plain.keepOutboundEvents, 30 * 86400)
        guard case .failure(let failure) = PolicyFile.parse("[connectors]\nkeep_events = \"5m\"\nretries = 3\n", name: "bad.toml") else {
            return XCTFail("accepted")
        }
        XCTAssertTrue(failure.description.contains("bad.toml:2: keep_events must be a duration of at least 1h"), failure.description)
        XCTAssertTrue(failure.description.contains("bad.toml:3: unknown connectors setting"), failure.description)
    }
}

import FrontlineCore
import XCTest
@testable import FrontlineConfig

/// `[follow_up]`: the manuals' follow-up rules as settings, each with its line, mistakes said plainly.
final class FollowUpPolicyTests: XCTestCase {
    func testTheSettingsAreReadWithTheirLines() throws {
        let file = try PolicyFile.parse("""
            [follow_up]
            members_after_service = false
            member_delay = "2d"
            complaint_follow_ups = 2
            complaint_spacing = "12h"
            """, name: "config.toml").get()
        XCTAssertEqual(file.policy.followUps, FollowUpRules(membersAfterService: false, memberDelay: 2 * 86400, complaintFollowUps: 2,
                                                            complaintSpacing: 12 * 3600))
        XCTAssertEqual(file.sources["follow_up.complaint_follow_ups"], "config.toml:4")
        XCTAssertEqual(file.sources["follow_up.complaint_spacing"], "config.toml:5")
    }

    func testWithoutTheSectionEveryMemberIsFollowedUpAfterAWorkingDayAndComplaintsOnce() throws {
        XCTAssertEqual(try PolicyFile.parse("", name: "config.toml").get().policy.followUps,
                       FollowUpRules(membersAfterService: true, memberDelay: 86400, complaintFollowUps: 1, complaintSpacing: 86400))
    }

    func testMistakesSayWhereAndWhatIsAllowed() {
        let bad = """
            [follow_up]
            members_after_service = "yes"
            member_delay = "soon"
            complaint_follow_ups = 3
            complaint_spacing = "90d"
            colour = 1
            """
        guard case .failure(let mistakes) = PolicyFile.parse(bad, name: "config.toml") else { return XCTFail("accepted") }
        let text = mistakes.description
        XCTAssertTrue(text.contains("config.toml:2: members_after_service must be true or false"), text)
        XCTAssertTrue(text.contains("config.toml:3: member_delay must be a duration of at most 30d"), text)
        XCTAssertTrue(text.contains("config.toml:4: complaint_follow_ups must be 1 or 2"), text)
        XCTAssertTrue(text.contains("config.toml:5: complaint_spacing must be a duration of at most 30d"), text)
        XCTAssertTrue(text.contains("config.toml:6: unknown follow-up setting \"colour\""), text)
    }
}

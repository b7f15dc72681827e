import FrontlineCore
import XCTest
@testable import FrontlineConfig

final class PolicyFileTests: XCTestCase {
    private let example = """
        # A shop in Shanghai with a lunch break and National Day off.
        [calendar]
        time_zone = "Asia/Shanghai"
        holidays = ["2026-10-01", "2026-10-02"]

        [calendar.hours]
        mon = ["09:00-12:00", "13:30-18:00"]
        sat = ["10:00-16:00"]

        [timers.pickup]
        target = "2m"
        warning = "75%"

        [timers.pickup.urgent]
        target = 45

        [timers.chat-message-goal]
        enabled = true

        [timers.email-response]
        clock = "wall"

        [abandon]
        short = "8s"
        """

    func testAFileSetsWhatItNamesAndKeepsTheRest() throws {
        let file = try PolicyFile.parse(example, name: "config.toml").get()
        let policy = file.policy
        XCTAssertEqual(policy.calendar.timeZone.identifier, "Asia/Shanghai")
        XCTAssertEqual(policy.calendar.holidays, ["2026-10-01", "2026-10-02"])
        XCTAssertEqual(policy.calendar.hours[.monday], [ClockRange(start: 540, end: 720), ClockRange(start: 810, end: 1080)])
        XCTAssertEqual(policy.calendar.hours[.saturday], [ClockRange(start: 600, end: 960)])
        XCTAssertEqual(policy.calendar.hours[.tuesday], WorkingCalendar.standard.hours[.tuesday], "days not named keep the default")
        XCTAssertEqual(policy.rule(.pickup), TimerRule(target: 120, warningFraction: 0.75))
        XCTAssertEqual(policy.rule(.pickup, priority: .urgent), TimerRule(target: 45, warningFraction: 0.75),
                       "a priority rule starts from its timer's rule")
        XCTAssertTrue(policy.rule(.chatMessageGoal).enabled)
        XCTAssertEqual(policy.rule(.chatMessageGoal).target, 20)
        XCTAssertEqual(policy.rule(.emailResponse).clock, .wall)
        XCTAssertEqual(policy.rule(.chatReply), SLAPolicy.standard.rule(.chatReply))
        XCTAssertEqual(policy.shortAbandon, 8)
    }

    func testSourcesNameTheLineOfEachValueSet() throws {
        let sources = try PolicyFile.parse(example, name: "config.toml").get().sources
        XCTAssertEqual(sources["calendar.time_zone"], "config.toml:3")
        XCTAssertEqual(sources["calendar.hours.sat"], "config.toml:8")
        XCTAssertEqual(sources["timers.pickup.target"], "config.toml:11")
        XCTAssertEqual(sources["timers.pickup.urgent.target"], "config.toml:15")
        XCTAssertNil(sources["timers.chat-reply.target"], "a built-in value has no source line")
    }

    func testEveryMistakeIsReportedWithItsLineAndWhatIsAllowed() {
        let broken = """
            [calendar]
            time_zone = "Mars/Olympus"

            [calendar.hours]
            mon = ["18:00-09:00"]
            funday = []

            [timers.pickup]
            target = "soon"
            warning = 1.5
            clock = "lunar"

            [timers.teleport]
            target = "1m"

            [colours]
            x = 1
            """
        guard case .failure(let failure) = PolicyFile.parse(broken, name: "bad.toml") else { return XCTFail("expected errors") }
        XCTAssertEqual(failure.errors.map(\.line), [2, 5, 6, 9, 10, 11, 13, 16])
        let text = failure.description
        XCTAssertTrue(text.contains("bad.toml:2: time_zone must be a zone name"))
        XCTAssertTrue(text.contains("bad.toml:5: mon must be a list of \"HH:MM-HH:MM\" periods"))
        XCTAssertTrue(text.contains("bad.toml:6: unknown day \"funday\""))
        XCTAssertTrue(text.contains("bad.toml:9: target must be a duration"))
        XCTAssertTrue(text.contains("bad.toml:10: warning must be a share"))
        XCTAssertTrue(text.contains("bad.toml:11: clock must be \"wall\", \"working\" or \"end-of-working-day\""))
        XCTAssertTrue(text.contains("bad.toml:13: unknown timer \"teleport\"; timers are pickup, chat-reply"))
        XCTAssertTrue(text.contains("bad.toml:16: unknown setting \"colours\""))
    }

    func testTheOwnerWaitIsReadAndBadValuesSayWhatIsAllowed() throws {
        guard case .success(let file) = PolicyFile.parse("[routing]\nowner_wait = \"2m\"\n", name: "config.toml") else { return XCTFail("expected a policy") }
        XCTAssertEqual(file.policy.ownerWait, 120)
        XCTAssertEqual(file.sources["routing.owner_wait"], "config.toml:2")
        XCTAssertEqual(SLAPolicy.standard.ownerWait, 60, "built in: a minute for the owner")
        guard case .failure(let failure) = PolicyFile.parse("[routing]\nowner_wait = \"2d\"\nowner = 1\n", name: "bad.toml") else {
            return XCTFail("expected errors")
        }
        XCTAssertEqual(failure.errors.map(\.line), [2, 3])
        XCTAssertTrue(failure.description.contains("bad.toml:2: owner_wait must be a duration of at most a day"), failure.description)
        XCTAssertTrue(failure.description.contains("bad.toml:3: unknown routing setting \"owner\"; use owner_wait and group_wait"), failure.description)
    }

    func testHandOffDepartmentsAndTheirAnswerTimeAreReadAndNeverOverADay() throws {
        guard case .success(let file) = PolicyFile.parse("[handoff]\ndepartments = [\"warehouse\", \"legal\"]\nanswer_within = \"2h\"\n",
                                                         name: "config.toml") else { return XCTFail("expected a policy") }
        XCTAssertEqual(file.policy.departments, ["warehouse", "legal"])
        XCTAssertEqual(file.policy.handoffAnswerWithin, 7200)
        XCTAssertEqual(SLAPolicy.standard.handoffAnswerWithin, 3600)
        guard case .failure(let failure) = PolicyFile.parse("[handoff]\nanswer_within = \"25h\"\ndepartments = [\"Big Team\"]\n", name: "bad.toml") else {
            return XCTFail("expected errors")
        }
        XCTAssertEqual(failure.errors.map(\.line), [2, 3])
        XCTAssertTrue(failure.description.contains("bad.toml:2: answer_within must be a duration of at most 24h"), failure.description)
    }

    func testInvalidTOMLNamesTheLine() {
        guard case .failure(let failure) = PolicyFile.parse("[timers.pickup]\ntarget = = 3", name: "x.toml") else {
            return XCTFail("expected a parse error")
        }
        XCTAssertEqual(failure.errors.first?.line, 2)
        XCTAssertTrue(failure.description.contains("not valid TOML"))
    }

    func testAnEmptyFileIsTheBuiltInPolicy() throws {
        XCTAssertEqual(try PolicyFile.parse("", name: "empty.toml").get().policy, SLAPolicy.standard)
    }

    func testDurationsReadAndWriteAsPeopleWriteThem() {
        XCTAssertEqual(DurationText.parse("45s"), 45)
        XCTAssertEqual(DurationText.parse("1h30m"), 5400)
        XCTAssertEqual(DurationText.parse("3d"), 259_200)
        XCTAssertNil(DurationText.parse("3"))
        XCTAssertNil(DurationText.parse("soon"))
        XCTAssertEqual(DurationText.format(180), "3m")
        XCTAssertEqual(DurationText.format(5400), "1h30m")
        XCTAssertEqual(DurationText.format(259_200), "3d")
        XCTAssertEqual(DurationText.format(90_000), "1d1h")
    }
}

final class AgentRulesFileTests: XCTestCase {
    func testTheAgentsSectionSetsWrapUpOfferRoutingAndAwayLimitsWithTheirLines() throws {
        let file = try PolicyFile.parse("""
            [agents]
            wrap_up = "45s"
            offer = 20
            routing = false

            [agents.away_limits]
            private = "2m"
            """, name: "config.toml").get()
        XCTAssertEqual(file.agentRules.wrapUpSeconds, 45)
        XCTAssertEqual(file.agentRules.offerSeconds, 20)
        XCTAssertFalse(file.agentRules.routingEnabled)
        XCTAssertEqual(file.agentRules.awayLimits[.private], 120)
        XCTAssertEqual(file.agentRules.awayLimits[.lunch], AgentStateRules.standard.awayLimits[.lunch], "reasons not named keep theirs")
        XCTAssertEqual(file.sources["agents.routing"], "config.toml:4")
        XCTAssertEqual(file.sources["agents.away_limits.private"], "config.toml:7")
    }

    func testAgentMistakesAreReportedWithTheirLines() {
        guard case .failure(let failure) = PolicyFile.parse("""
            [agents]
            offer = "0s"
            routing = "yes"
            queue = 1

            [agents.away_limits]
            nap = "5m"
            lunch = "soon"
            """, name: "bad.toml") else { return XCTFail("expected mistakes") }
        XCTAssertEqual(failure.errors.map(\.line), [2, 3, 4, 7, 8])
        XCTAssertTrue(failure.errors[0].message.contains("at least 1s"), failure.description)
        XCTAssertTrue(failure.errors[3].message.contains("missed-offer"), "lists the reasons: \(failure.description)")
    }
}

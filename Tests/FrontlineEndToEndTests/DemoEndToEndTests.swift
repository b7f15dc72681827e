import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// `frontline demo` as a trainee meets it: a scripted scenario on a fast clock, worked in tmux,
/// the banner on screen and the score at the end; and the production database left alone.
final class DemoEndToEndTests: EndToEndCase {
    private var trainingPath: String { folder.appendingPathComponent("training.db").path }

    private func scenarioFile() throws -> String {
        let path = folder.appendingPathComponent("scripted.toml").path
        try """
            title = "Scripted"
            length = "1m"
            rate = 0

            [[arrival]]
            at = "2s"
            channel = "chat"
            persona = "polite"
            language = "en"
            lines = ["Where is my parcel?"]

            # Well after the chat, so that n takes the chat and not the more urgent call.
            [[arrival]]
            at = "40s"
            channel = "phone"
            persona = "hang-up"
            patience = "10s"
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testAScriptedShiftShowsTheBannerAndEndsWithARightScore() throws {
        let session = try TmuxSession(command: [FrontlineBinary.url.path, "demo", "--db", trainingPath, "--scenario", try scenarioFile(),
                                                "--seed", "1", "--speed", "10", "--agent", "mina"])
        try session.waitFor("TRAINING")
        try session.waitFor("chat ")
        try session.send("n")
        try session.waitFor("Where is my parcel?")
        try session.send("r")
        try session.waitFor("›")
        try session.type("Hello, it arrives tomorrow. Thank you, goodbye!")
        try session.send("Enter")
        try session.waitFor("Sent.")
        let screen = try session.screen()
        XCTAssertTrue(screen.hasPrefix(" TRAINING "), "the banner opens the top line:\n\(screen)")
        // The caller arrives at 40 clock seconds and hangs up 10 later: 5 real seconds from the start at speed 10.
        try session.waitFor("call ", timeout: 10)
        try session.waitFor("waiting 0", timeout: 10)
        try session.send("w")
        try session.waitFor("what was it about?")
        try session.send("8")
        try session.send("Enter")
        try session.waitFor("Wrapped up")
        // Leaving a training shift asks for the handover note, as a real one does.
        try session.send("q")
        try session.waitFor("Handover note ›")
        try session.send("Enter")
        try session.waitFor("complaints with every field")
        // With the history: tmux's "Pane is dead" line can scroll the first lines off the screen.
        let score = try TmuxSession.tmux(["capture-pane", "-p", "-S", "-60", "-t", session.name])
        XCTAssertTrue(score.contains("Training score: run 1, scripted, seed 1, speed 10x, 2 simulated contacts"), score)
        XCTAssertTrue(score.contains("abandoned calls                 1"), score)
        XCTAssertTrue(score.contains("calls picked up within 3m       0 of 1 (0%)"), score)
        XCTAssertTrue(score.contains("chat replies within 5m          1 of 1 (100%)"), score)
        XCTAssertTrue(score.contains("greeting in the first reply     1 of 1 (100%)"), score)
        XCTAssertTrue(score.contains("goodbye in the last reply       1 of 1 (100%)"), score)
        XCTAssertTrue(score.contains("forbidden wording sent          0"), score)

        // The score is kept: `demo score` shows the run.
        let json = try ProcessResult.frontline(["demo", "score", "--json", "--db", trainingPath], environment: FrontlineBinary.environment)
        XCTAssertEqual(json.status, 0, json.stderr)
        XCTAssertTrue(json.stdout.contains("\"abandonedCalls\" : 1"), json.stdout)
        XCTAssertTrue(json.stdout.contains("\"scenario\" : \"scripted\""), json.stdout)
        let table = try ProcessResult.frontline(["demo", "score", "--db", trainingPath], environment: FrontlineBinary.environment)
        XCTAssertTrue(table.stdout.contains("#1 scripted"), table.stdout)
    }

    func testTheDemoRefusesAProductionDatabaseAndLeavesItUntouched() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: frontline.databasePath))
        let result = try ProcessResult.frontline(["demo", "--db", frontline.databasePath], environment: FrontlineBinary.environment)
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("was not created for training"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: frontline.databasePath)), before)
        let score = try ProcessResult.frontline(["demo", "score", "--db", frontline.databasePath], environment: FrontlineBinary.environment)
        XCTAssertEqual(score.status, 65)
    }

    func testBadDemoOptionsAreUsageErrors() throws {
        let env = FrontlineBinary.environment
        XCTAssertEqual(try ProcessResult.frontline(["demo", "--speed", "11", "--db", trainingPath], environment: env).status, 64)
        XCTAssertEqual(try ProcessResult.frontline(["demo", "--scenario", "no-such", "--db", trainingPath], environment: env).status, 64)
        // A negative number is the option's value, not a missing one: the message names the range.
        for (option, value, range) in [("--rate", "-1", "use 0 to 60"), ("--speed", "-2", "use 1 to 10"), ("--speed", "0", "use 1 to 10")] {
            let result = try ProcessResult.frontline(["demo", option, value, "--db", trainingPath], environment: env)
            XCTAssertEqual(result.status, 64, "\(option) \(value)")
            XCTAssertTrue(result.stderr.contains("\(option) \(value) is out of range; \(range)"), result.stderr)
        }
        let seed = try ProcessResult.frontline(["demo", "--seed", "-1", "--db", trainingPath], environment: env)
        XCTAssertEqual(seed.status, 64)
        XCTAssertTrue(seed.stderr.contains("'-1' is invalid for '--seed"), seed.stderr)
        let broken = folder.appendingPathComponent("broken.toml").path
        try "rate = \"fast\"\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let result = try ProcessResult.frontline(["demo", "--scenario", broken, "--db", trainingPath], environment: env)
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("broken.toml:1: rate must be"), result.stderr)
        let list = try ProcessResult.frontline(["demo", "--list"], environment: env)
        XCTAssertTrue(list.stdout.contains("rush-hour"), list.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: trainingPath), "nothing was created")
    }

    func testTheScoreNeverPrintsControlCharactersFromAFileOrAReply() throws {
        // A scenario file names the run, the agent names themselves, a pasted reply is quoted: none reaches the terminal raw.
        let store = try AppDatabase.open(path: trainingPath)
        try store.makeTraining(at: Date())
        let run = try store.startTrainingRun(scenario: "late\u{1B}[2Jparcels", seed: 1, speed: 1, rate: nil, agent: "mi\u{1B}]0;x\u{07}na", at: Date())
        var score = TrainingScore()
        score.forbidden = try JSONDecoder().decode([TrainingScore.ForbiddenUse].self, from: Data(#"""
            [{"contactId": 1, "words": "\u001b[31m不知道", "sentence": "我\u001b[31m不知道\u009b1m。"}]
            """#.utf8))
        try store.finishTrainingRun(run, score: score, at: Date())
        let table = try ProcessResult.frontline(["demo", "score", "--db", trainingPath], environment: FrontlineBinary.environment)
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertFalse(table.stdout.unicodeScalars.contains { [0x1B, 0x07, 0x9B].contains($0.value) }, table.stdout)
        XCTAssertTrue(table.stdout.contains("#1 late^[[2Jparcels"), table.stdout)
        // JSON keeps the text as it was, escaped the JSON way.
        let json = try ProcessResult.frontline(["demo", "score", "--json", "--db", trainingPath], environment: FrontlineBinary.environment)
        XCTAssertFalse(json.stdout.unicodeScalars.contains { [0x1B, 0x07].contains($0.value) }, json.stdout)
    }
}

import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineConsole
import FrontlineCore
import FrontlinePostgres
import FrontlineStoreAPI

/// `frontline demo`: trainee mode, a simulated shift on the demo dataset with a score.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Practise a simulated shift on the demo dataset, and see the scores.",
        subcommands: [DemoRunCommand.self, DemoScoreCommand.self], defaultSubcommand: DemoRunCommand.self)
}

/// `--db PATH` for the training database, which is never the production one.
struct TrainingDatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The training database. Default: $XDG_DATA_HOME/frontline/training.db, else ~/.local/share/frontline/training.db. Never $FRONTLINE_DB.",
                               valueName: "path"))
    var db: String?

    func resolvedPath() -> String {
        if let db, !db.isEmpty { return (db as NSString).expandingTildeInPath }
        return StandardPaths.dataFile("training.db")
    }

    /// The path, once it is sure to be a training database or a new file; anything else is refused untouched.
    func checkedPath() throws -> String {
        let path = resolvedPath()
        let production = DatabaseOptions.resolve(nil, environment: ProcessInfo.processInfo.environment,
                                                 home: StandardPaths.home())
        if FileManager.default.fileExists(atPath: path) ? !DatabaseOptions.isTrainingFile(path: path)
            : URL(fileURLWithPath: path).standardized == URL(fileURLWithPath: production).standardized {
            throw CommandFailure(StoreError.notTraining(path: path))
        }
        return path
    }
}

/// `frontline demo [run] [--scenario NAME] [--seed N] [--speed X] [--rate R] [--reset] [--list]`.
struct DemoRunCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open the console on a training database with simulated customers (the default).",
        discussion: """
            The first run creates the training database and fills it with the demo dataset; later runs \
            continue in it, and --reset starts over (scores included). Simulated customers call, chat \
            and email at random (Poisson) times and react to your replies. Quit (q) to see your score; \
            'frontline demo score' shows every run side by side.
            """)

    @OptionGroup var training: TrainingDatabaseOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var screen: ScreenOptions

    @Option(help: ArgumentHelp("The trainee's name: any agent name, since the training database is its own. Default: your login name.", valueName: "name"))
    var agent: String?

    @Option(help: "A shipped scenario (see --list) or the path of a scenario file.")
    var scenario: String = "quiet-morning"

    // Unconditional parsing, so a negative number is read as the value and refused with its range,
    // not taken for a missing value.
    @Option(parsing: .unconditional, help: "Makes the run reproducible: the same seed brings the same customers at the same times. Default: a new one.")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "How much faster than real time the shift runs, from 1 to 10.")
    var speed: Double = 1

    @Option(parsing: .unconditional, help: "Random arrivals per minute, from 0 to 60, instead of the scenario's.")
    var rate: Double?

    @Flag(help: "Delete the training database (and its scores) and start over.")
    var reset = false

    @Flag(help: "List the shipped scenarios and exit.")
    var list = false

    func execute() throws {
        if list {
            print(TextTable.render(headers: ["scenario", "length", "rate/min", "what it is"],
                                   rows: ScenarioFile.shipped().map { [$0.name, DurationText.format($0.length), Self.number($0.rate), $0.summary] }))
            return
        }
        guard (1...10).contains(speed) else { throw CommandFailure.usage("--speed \(Self.number(speed)) is out of range; use 1 to 10") }
        if let rate, !(0...60).contains(rate) { throw CommandFailure.usage("--rate \(Self.number(rate)) is out of range; use 0 to 60 arrivals per minute") }
        let chosen: Scenario
        do {
            guard let found = try ScenarioFile.find(scenario) else {
                throw CommandFailure.usage("no scenario \"\(scenario)\"; 'frontline demo --list' shows the shipped ones, or give a file's path")
            }
            chosen = found
        } catch let mistakes as FileMistakes {
            throw CommandFailure.badData(mistakes.report(for: scenario))
        }
        let path = try training.checkedPath()
        // Any name practises on the training database, which is its own: no one is checked there.
        let agentName = try agent ?? OperatingSystemUser.current().loginName
        let launch = try ConsoleLaunch(screen, config: config) {
            if let problem = ValueRules.agentNameProblem(agentName) { throw CommandFailure.badData("--agent: " + problem) }
        }
        if reset { try Self.remove(path) }
        let store = try DatabaseOptions.open(path: path, asUser: false)
        try store.makeTraining(at: Date())
        let seed = self.seed ?? UInt64.random(in: 1...999_999)
        // A faster clock of an earlier run may have gone past today: never start before it.
        let start = max(Date(), (try store.lastTrainingInstant() ?? .distantPast).addingTimeInterval(1))
        let clock = ScaledClock(start: start, rate: speed)
        let run = try store.startTrainingRun(scenario: chosen.name, seed: seed, speed: speed, rate: rate, agent: agentName, at: start)
        let simulator = TrainingSimulator(scenario: chosen, seed: seed, customers: try store.trainingCustomers(), start: start, rate: rate)
        let companion = TrainingCompanion(run: run, simulator: simulator, database: store, policy: launch.policy)
        // The trainee pulls work with n and Enter: a ring counted in a sped-up clock would give
        // them a second or two to answer, and their pickup time is what the score measures.
        var rules = launch.rules
        rules.routingEnabled = false
        try launch.run(store: store, agentName: agentName, clock: clock, rules: rules, companions: [companion])

        let end = clock.now
        let score = TrainingScore(record: try store.trainingRecord(run: run, end: end),
                                  pickupTarget: launch.policy.rule(.pickup).target,
                                  replyTarget: launch.policy.rule(.chatReply).target, wording: launch.wording)
        try store.finishTrainingRun(run, score: score, at: end)
        guard let stored = try store.trainingRuns().first(where: { $0.id == run }) else { return }
        print(TrainingScoreReport.single(stored))
        print("\nRun it again with --scenario \(chosen.name) --seed \(seed); 'frontline demo score' compares your runs.")
    }

    private static func remove(_ path: String) throws {
        for file in [path, path + "-wal", path + "-shm", path + "-bell"] where FileManager.default.fileExists(atPath: file) {
            do {
                try FileManager.default.removeItem(atPath: file)
            } catch {
                throw CommandFailure.failure("cannot remove \(file) (\(error.localizedDescription)); check the folder's permissions")
            }
        }
    }

    static func number(_ value: Double) -> String {
        value.isFinite && abs(value) < 1e15 && value == value.rounded() ? String(Int(value)) : String(value)   // never traps
    }
}

/// `frontline demo score [--json] [--last N]`.
struct DemoScoreCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Show the scores of past training runs side by side, oldest first.")

    @OptionGroup var training: TrainingDatabaseOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: "How many of the latest runs to show.")
    var last: Int = 6

    func execute() throws {
        guard last > 0 else { throw CommandFailure.usage("--last must be 1 or more") }
        let path = training.resolvedPath()
        let store: any FrontlineStores
        if PostgresLocation.isURL(path) {
            // A server has no file to look at first: the store says whether it is a training database.
            do { store = try DatabaseOptions.open(path: path, readOnly: true) } catch let error as StoreError { throw CommandFailure(error) }
            guard try store.isTrainingDatabase() else { throw CommandFailure(StoreError.notTraining(path: store.path)) }
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure.badData("no training database at \(path) yet; run 'frontline demo' first")
            }
            guard DatabaseOptions.isTrainingFile(path: path) else { throw CommandFailure(StoreError.notTraining(path: path)) }
            do { store = try DatabaseOptions.open(path: path, readOnly: true) } catch let error as StoreError { throw CommandFailure(error) }
        }
        let runs = Array(try store.trainingRuns().filter { $0.score != nil }.suffix(last))
        if json {
            print(try TrainingScoreReport.json(runs))
        } else if runs.isEmpty {
            print("no finished training runs yet; run 'frontline demo' and quit it with q to get a score")
        } else {
            print(TrainingScoreReport.sideBySide(runs))
        }
    }
}

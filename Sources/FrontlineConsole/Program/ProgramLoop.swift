import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The one loop under every full-screen program. It blocks on the terminal until a key, the
/// next visible change (a countdown's next second, at the clock's rate), a companion's
/// deadline, or a wake from the change watcher; it turns each into a message, runs `update` and
/// the work it asks for, and draws only when a message may have changed the screen.
public final class ProgramLoop<P: Program> {
    public let program: P
    private let terminal: Terminal
    private let feed: any ChangeFeed
    private let clock: Clock
    private let stop: StopFlag
    private let watcher: ChangeWatcher
    /// The last change-feed sequence turned into a message.
    private var seenChange: Int64 = 0
    /// What the feed reported since the companions last ran.
    private var changesForCompanions: Set<ChangeTopic> = []
    /// The earliest time a companion asked to run again.
    private var companionDue: Date?
    private var needsDrawing = true
    /// A message ran since the watcher was last told what the screen follows.
    private var interestMayHaveMoved = true
    /// The size last drawn for: compared with the terminal every turn, so a resize whose report
    /// was lost (swallowed by an escape sequence, a signal at the wrong time) is still seen.
    private var knownSize: (width: Int, height: Int)?
    public private(set) var counts = LoopCounts()

    /// `pollInterval`: how often the change feed is asked; four times a second shows another
    /// console's write within a second.
    public init(program: P, terminal: Terminal, feed: any ChangeFeed, clock: Clock, stop: StopFlag = .signals,
                pollInterval: TimeInterval = 0.25) {
        self.program = program
        self.terminal = terminal
        self.feed = feed
        self.clock = clock
        self.stop = stop
        watcher = ChangeWatcher(feed: feed, terminal: terminal, stop: stop, interval: pollInterval)
    }

    deinit {
        watcher.finish()   // a loop stepped by hand and dropped must not leave its watcher polling
    }

    /// Runs until the program finishes or a stop is asked for.
    public func run() {
        start()
        while turn() {}
        finish()
    }

    /// Opens the program and draws its first frame; `run` does this, tests may step by hand.
    public func start() {
        seenChange = (try? feed.latestChange()) ?? 0
        dispatch(program.opening)
        runCompanions()
        followStore()
        watcher.start(after: seenChange)
        knownSize = terminal.size
        drawIfNeeded()
        tellWatcherWhatIsFollowed()
    }

    /// One wait and what follows it; false when the loop should end.
    @discardableResult
    public func turn() -> Bool {
        guard !program.isFinished else { return false }
        if stop.isRequested {
            if let stopping = program.stopping { dispatch(stopping) }
            return false
        }
        let effectsBefore = counts.effects
        if let event = terminal.nextEvent(timeout: secondsToWait()) {
            if case .resize(let width, let height) = event { knownSize = (width, height) }
            if let message = program.message(for: event) {
                followClock()
                dispatch(message)
            }
        }
        followSize()
        followClock()
        runCompanions()
        // The feed is read when the watcher saw a followed change, or after work of our own
        // (a key's reply, a tick's breach) whose commits the screen may show; a turn that only
        // moved countdowns reads nothing.
        if watcher.takeNews() || counts.effects != effectsBefore { followStore() }
        if watcher.takeLostDatabase(), let lost = program.databaseLost { dispatch(lost) }
        drawIfNeeded()
        tellWatcherWhatIsFollowed()
        return !program.isFinished
    }

    public func finish() {
        watcher.finish()
    }

    /// The watcher saw a change this loop follows that no turn has read yet (tests stepping by
    /// hand wait for it, as a blocked loop waits for its wake).
    var hasPendingNews: Bool { watcher.hasPendingNews }

    // MARK: Messages

    /// Runs one message and every piece of work it leads to, in order. `movesInterest: false`
    /// for a tick: time passing changes countdowns, not what the screen follows, unless the
    /// tick leads to work (whose results may).
    private func dispatch(_ message: P.Message, draws: Bool = true, movesInterest: Bool = true) {
        if draws { needsDrawing = true }
        let effectsBefore = counts.effects
        var pending = [message]
        while !pending.isEmpty {
            for work in program.update(pending.removeFirst()) {
                counts.effects += 1
                let results = program.perform(work)
                // What the work reports (rows read, a write's outcome) is what the screen shows.
                if !results.isEmpty { needsDrawing = true }
                pending += results
            }
        }
        if movesInterest || counts.effects != effectsBefore { interestMayHaveMoved = true }
    }

    /// A resize message when the terminal's size is not the one last drawn for.
    private func followSize() {
        let size = terminal.size
        guard let known = knownSize, known != size else { return }
        knownSize = size
        if let message = program.message(for: .resize(width: size.width, height: size.height)) { dispatch(message) }
    }

    /// A tick when the clock has reached the next visible change.
    private func followClock() {
        guard let due = program.nextVisibleChange, clock.now >= due else { return }
        counts.ticks += 1
        dispatch(program.tick(clock.now), movesInterest: false)
    }

    /// Companions run on every turn: they are cheap when nothing is due.
    private func runCompanions() {
        guard !program.companions.isEmpty else { return }
        let now = clock.now, changes = changesForCompanions
        changesForCompanions = []
        companionDue = program.companions.compactMap { $0.step(at: now, changes: changes) }.min()
    }

    /// Asks the feed what changed since last time; a non-empty batch is one message. Our own
    /// writes come through here too: `update` decides what, if anything, to read again.
    private func followStore() {
        // Companions answer a batch with writes of their own (the router rings someone): those
        // are followed at once, so the call shows now, not on the watcher's next look. A few
        // rounds at most: the rest waits for the next turn.
        for _ in 0..<3 {
            guard let latest = try? feed.latestChange(), latest != seenChange,
                  let batch = try? feed.changes(after: seenChange) else { return }
            seenChange = batch.latest
            guard !batch.topics.isEmpty else { return }
            counts.changeBatches += 1
            changesForCompanions.formUnion(batch.topics)
            // A change is news, not yet state: only what update reads because of it is drawn.
            dispatch(program.storeChanged(batch.topics), draws: false)
            guard !program.companions.isEmpty else { return }
            runCompanions()
        }
    }

    /// The program's and its companions' topics, for the watcher to wake the loop by.
    private func tellWatcherWhatIsFollowed() {
        guard interestMayHaveMoved else { return }
        interestMayHaveMoved = false
        watcher.follow(program.companions.reduce(program.interest) { $0.union($1.interest) })
    }

    private func drawIfNeeded() {
        guard needsDrawing, !program.isFinished else { return }
        needsDrawing = false
        counts.frames += 1
        terminal.present(program.view())
    }

    /// Until the next visible change or companion deadline, in real seconds at the clock's rate;
    /// nil (block until a key or a wake) when neither is due. Never zero: the loop must not spin.
    private func secondsToWait() -> Double? {
        let now = clock.now
        guard let due = [program.nextVisibleChange, companionDue].compactMap({ $0 }).min() else { return nil }
        return max(0.01, due.timeIntervalSince(now) / clock.rate)
    }
}

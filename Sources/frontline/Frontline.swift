import ArgumentParser

/// The `frontline` command: the console by default, plus the tools around it.
struct Frontline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontline",
        abstract: "A full-screen terminal console for customer-service agents.",
        subcommands: [ConsoleCommand.self, DatabaseCommand.self, EnqueueCommand.self, SayCommand.self, QueueCommand.self,
                      AbandonCommand.self, NoteCommand.self, PauseCommand.self, ResumeCommand.self, PromiseCommand.self, TransferCommand.self, EscalateCommand.self, HandoffCommand.self, FollowUpCommand.self, QualityCommand.self, SatisfactionCommand.self,
                      StatsCommand.self, ReportCommand.self, SlaCommand.self, ComplaintsCommand.self, ComplaintCommand.self, AgentsCommand.self,
                      ContactsCommand.self, CustomersCommand.self, PhrasesCommand.self, WordingCommand.self, KeysCommand.self, DemoCommand.self, SuperviseCommand.self, ExportCommand.self,
                      IngestCommand.self, EventsCommand.self, DeliverCommand.self, WebhooksCommand.self,
                      TokensCommand.self, ServeCommand.self, ManualCommand.self],
        defaultSubcommand: ConsoleCommand.self
    )
}

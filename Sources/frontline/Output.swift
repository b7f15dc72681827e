import FrontlineScreen

/// The one output path of the commands. Every `print` in this module resolves to this one
/// (it shadows the standard library's), so whatever a command prints, table, JSON or a line
/// naming a customer, passes `SafeText.output`: the console's own rules for text from
/// outside (C0 and C1 controls, DEL, bidi overrides and isolates shown inert), with the
/// program's own line breaks kept. JSON has already escaped those scalars (`JSONOutput`),
/// and table cells have had their line breaks made visible (`TextTable`), so for them this
/// is the safety net that holds when a new command forgets.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { String(describing: $0) }.joined(separator: separator) + terminator
    Swift.print(SafeText.output(text), terminator: "")
}

/// Why `frontline db copy` refused or stopped; each says what to do. Nothing was left in the
/// target in any case (its transaction was rolled back, or its temporary file removed).
public enum CopyProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The source is not a Frontline database at all.
    case notFrontline(place: String)
    /// The source's schema is older than this program's: it must be brought up to date first.
    case sourceNotCurrent(place: String, missing: String)
    /// The source was migrated by a newer Frontline.
    case sourceTooNew(place: String)
    /// The target already holds rows.
    case targetNotEmpty(place: String, table: String, rows: Int)
    /// A SQLite target file that already exists.
    case targetExists(path: String)
    /// The source holds a table `CopiedTable.all` lacks: this program cannot copy everything.
    case unlistedTable(String)
    /// The two schemas disagree on a table's columns.
    case columnsDiffer(table: String, source: [String], target: [String])
    /// A value the copy does not know how to carry (a blob, an unexpected column type).
    case unsupportedValue(table: String, column: String, type: String)
    /// The target refused a row (a constraint the source did not enforce, a value of the wrong type).
    case rowsRefused(table: String, reason: String)
    /// The copy's counts or checksums differ from the source's.
    case checksumsDiffer(tables: [String])

    /// Bad data or an unsupported source (exit 65), rather than a failure of the program or host.
    public var isBadData: Bool {
        switch self {
        case .notFrontline, .sourceNotCurrent, .sourceTooNew, .targetNotEmpty, .columnsDiffer, .unsupportedValue, .rowsRefused: true
        case .targetExists, .unlistedTable, .checksumsDiffer: false
        }
    }

    /// Misuse of the command line (exit 64).
    public var isUsage: Bool {
        if case .targetExists = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .notFrontline(let place):
            "\(place) is not a Frontline database; check --from"
        case .sourceNotCurrent(let place, let missing):
            "\(place) has an older schema than this frontline (it lacks migration \(missing)); bring it up to date with "
                + "'frontline db init --db \(place)' (its data is kept), then copy again"
        case .sourceTooNew(let place):
            "\(place) was written by a newer frontline; copy it with that version"
        case .targetNotEmpty(let place, let table, let rows):
            "\(place) is not empty (\(table) holds \(rows) rows); copy into a new, empty database"
        case .targetExists(let path):
            "\(path) already exists; give --to a new file name (a copy never overwrites a file)"
        case .unlistedTable(let table):
            "the source holds a table '\(table)' this frontline does not copy; use the frontline that created it"
        case .columnsDiffer(let table, let source, let target):
            "table \(table) has columns (\(source.joined(separator: ", "))) in the source but (\(target.joined(separator: ", "))) "
                + "in the target; bring both to the same frontline version"
        case .unsupportedValue(let table, let column, let type):
            "\(table).\(column) holds a value of type \(type), which a Frontline database never stores; fix the row and copy again"
        case .rowsRefused(let table, let reason):
            "the target refused rows of \(table): \(reason); nothing was copied"
        case .checksumsDiffer(let tables):
            "the copy differs from the source in \(tables.joined(separator: ", ")); nothing was kept"
        }
    }
}

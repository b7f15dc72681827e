import Foundation

/// What one table's copy found: its rows and checksum on each side.
public struct TableCopyResult: Equatable, Sendable {
    public var table: String
    public var sourceRows: Int
    public var targetRows: Int
    public var sourceChecksum: String
    public var targetChecksum: String

    public var matches: Bool { sourceRows == targetRows && sourceChecksum == targetChecksum }
}

/// `frontline db copy`: every table of `CopiedTable.all`, in order, streamed from a snapshot of
/// the source into the target's one transaction in batches; then each table is read back inside
/// that transaction and its count and checksum compared with the source's. Any difference
/// throws `CopyProblem.checksumsDiffer` before the target is published, so it is rolled back.
public enum DatabaseCopy {
    /// Rows per insert (the backends split further where their statement limits ask).
    public static let batchRows = 1000

    /// Copies and returns each table's counts and checksums (all matching). `differences` gets
    /// the results when they do not match, before the throw, so the command can show them.
    @discardableResult
    public static func run(from source: any CopySource, to target: any CopyTarget, batchRows: Int = batchRows,
                           differences: (([TableCopyResult]) -> Void)? = nil) throws -> [TableCopyResult] {
        try source.snapshot { from in
            let listed = Set(CopiedTable.all.map(\.name))
            if let unlisted = try from.tableNames().subtracting(listed).sorted().first {
                throw CopyProblem.unlistedTable(unlisted)
            }
            return try target.fill { to in
                try refuseNonEmpty(to, place: target.place)
                var results: [TableCopyResult] = []
                for table in CopiedTable.all {
                    let columns = try from.columns(of: table.name)
                    let targetColumns = try to.columns(of: table.name)
                    guard columns == targetColumns else {
                        throw CopyProblem.columnsDiffer(table: table.name, source: columns, target: targetColumns)
                    }
                    let sum = try copy(table, columns: columns, from: from, to: to, batchRows: batchRows)
                    results.append(TableCopyResult(table: table.name, sourceRows: sum.rows, targetRows: 0,
                                                   sourceChecksum: sum.finalized(), targetChecksum: ""))
                }
                try to.advanceNumbers(given: try from.numbersGiven())
                for index in results.indices {
                    let table = CopiedTable.all[index]
                    var sum = TableChecksum()
                    try to.forEachRow(of: table, columns: try to.columns(of: table.name)) { sum.add($0) }
                    results[index].targetRows = sum.rows
                    results[index].targetChecksum = sum.finalized()
                }
                let differing = results.filter { !$0.matches }.map(\.table)
                if !differing.isEmpty {
                    differences?(results)
                    throw CopyProblem.checksumsDiffer(tables: differing)
                }
                return results
            }
        }
    }

    /// Counts and checksums of every table of one database, read on one snapshot (for checking
    /// a copy made earlier, and for the tests).
    public static func checksums(of source: any CopySource) throws -> [TableCopyResult] {
        try source.snapshot { from in
            try CopiedTable.all.map { table in
                var sum = TableChecksum()
                try from.forEachRow(of: table, columns: try from.columns(of: table.name)) { sum.add($0) }
                return TableCopyResult(table: table.name, sourceRows: sum.rows, targetRows: sum.rows,
                                       sourceChecksum: sum.finalized(), targetChecksum: sum.finalized())
            }
        }
    }

    private static func refuseNonEmpty(_ target: any TableWriting, place: String) throws {
        for table in CopiedTable.all {
            let rows = try target.rowCount(of: table.name)
            if rows > 0 { throw CopyProblem.targetNotEmpty(place: place, table: table.name, rows: rows) }
        }
    }

    /// One table's rows, batch by batch; `laterColumns` go in empty and are set afterwards.
    private static func copy(_ table: CopiedTable, columns: [String], from: any TableReading, to: any TableWriting,
                             batchRows: Int) throws -> TableChecksum {
        var sum = TableChecksum()
        let later = table.laterColumns.compactMap { columns.firstIndex(of: $0) }
        let keys = table.key.compactMap { columns.firstIndex(of: $0) }
        var batch: [[TableValue]] = []
        batch.reserveCapacity(batchRows)
        var laterRows: [(key: [TableValue], values: [TableValue])] = []
        try from.forEachRow(of: table, columns: columns) { row in
            sum.add(row)
            var inserted = row
            if !later.isEmpty {
                let values = later.map { row[$0] }
                if values.contains(where: { $0 != .null }) {
                    laterRows.append((keys.map { row[$0] }, values))
                    for index in later { inserted[index] = .null }
                }
            }
            batch.append(inserted)
            if batch.count >= batchRows {
                try to.insert(into: table.name, columns: columns, rows: batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try to.insert(into: table.name, columns: columns, rows: batch) }
        for row in laterRows {
            try to.update(table.name, key: table.key, row.key, columns: later.map { columns[$0] }, row.values)
        }
        return sum
    }
}

import Foundation
import FrontlineScreen

/// An aligned plain-text table; widths count terminal columns, so Chinese and Korean line up.
enum TextTable {
    static func render(headers: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        // Cells come from outside (names, notes, phrases): a line break or control in one
        // is shown inert here, so that it can neither split the row nor reach the terminal.
        let all = ([headers] + rows).map { $0.map(SafeText.visible) }
        let widths = headers.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                rightAligned.contains(column) ? DisplayWidth.padLeft(row[column], to: widths[column]) : DisplayWidth.pad(row[column], to: widths[column])
            }
            .joined(separator: "  ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        .joined(separator: "\n")
    }
}

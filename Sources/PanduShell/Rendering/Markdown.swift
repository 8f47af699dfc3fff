/// Markdown for reports: headings and pipe tables.
enum Markdown {
    /// A pipe table; `|` in cells is escaped.
    static func table(_ columns: [String], _ rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String {
            "| "
                + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: " | ") + " |"
        }
        return ([line(columns), "|" + columns.map { _ in "---" }.joined(separator: "|") + "|"] + rows.map(line))
            .joined(separator: "\n") + "\n"
    }
}

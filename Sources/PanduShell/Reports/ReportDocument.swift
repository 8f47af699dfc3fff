import Foundation

/// A report as data (title, period, summary tiles, sections of tables, charts and notes), rendered by
/// `+Markdown`, `+CSV`, `+JSON` and `+HTML`. Every report command builds one; other reports reuse it.
public struct ReportDocument: Codable, Hashable, Sendable {
    /// The form code, e.g. `F-06`.
    public var form: String
    public var title: String
    /// The SOP form's own name, e.g. `IN.OCC.TELK.F-06 Real Time Monitoring`.
    public var subtitle: String
    /// The period covered, as shown (site zone).
    public var period: String
    public var generatedAt: String
    public var generatedBy: String?
    public var tiles: [Tile]
    public var sections: [Section]

    /// Creates the value from its parts.
    public init(
        form: String, title: String, subtitle: String, period: String, generatedAt: String,
        generatedBy: String? = nil, tiles: [Tile] = [], sections: [Section] = []
    ) {
        self.form = form
        self.title = title
        self.subtitle = subtitle
        self.period = period
        self.generatedAt = generatedAt
        self.generatedBy = generatedBy
        self.tiles = tiles
        self.sections = sections
    }

    /// How a figure stands against its target; drives the colours.
    public enum Status: String, Codable, Hashable, Sendable {
        case good, warn, bad, neutral
    }

    /// A summary figure shown at the top.
    public struct Tile: Codable, Hashable, Sendable {
        public var label: String
        public var value: String
        public var note: String?
        public var status: Status

        /// Creates the value from its parts.
        public init(_ label: String, _ value: String, note: String? = nil, status: Status = .neutral) {
            self.label = label
            self.value = value
            self.note = note
            self.status = status
        }
    }

    /// A titled part of the report.
    public struct Section: Codable, Hashable, Sendable {
        public var title: String
        public var note: String?
        public var charts: [Chart]
        public var tables: [ReportTable]

        /// Creates the value from its parts.
        public init(
            _ title: String, note: String? = nil, charts: [Chart] = [], tables: [ReportTable] = []
        ) {
            self.title = title
            self.note = note
            self.charts = charts
            self.tables = tables
        }
    }

    /// A bar or line chart of one or more series over categories (intervals, agents …).
    public struct Chart: Codable, Hashable, Sendable {
        /// Bars (grouped per category) or lines with points.
        public enum Kind: String, Codable, Hashable, Sendable { case bar, line }
        /// How values are shown on the axis.
        public enum Unit: String, Codable, Hashable, Sendable { case percent, seconds, count }

        public var title: String
        public var kind: Kind
        public var unit: Unit
        public var categories: [String]
        public var series: [Series]
        /// A target drawn as a dashed line, in the series' unit (a ratio 0..1 for percent).
        public var target: Double?

        /// Creates the value from its parts.
        public init(
            _ title: String, kind: Kind, unit: Unit, categories: [String], series: [Series],
            target: Double? = nil
        ) {
            self.title = title
            self.kind = kind
            self.unit = unit
            self.categories = categories
            self.series = series
            self.target = target
        }
    }

    /// One named series; nil values are gaps.
    public struct Series: Codable, Hashable, Sendable {
        public var name: String
        public var values: [Double?]

        /// Creates the value from its parts.
        public init(_ name: String, _ values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// Every table of every section, in order.
    public var allTables: [ReportTable] { sections.flatMap(\.tables) }
}

/// A table of a report: a stable `name` (CSV block, JSON key), column headers, rows of cells with a status.
public struct ReportTable: Codable, Hashable, Sendable {
    /// One cell: its text and how it stands against target.
    public struct Cell: Codable, Hashable, Sendable {
        public var text: String
        public var status: ReportDocument.Status

        /// Creates the value from its parts.
        public init(_ text: String, _ status: ReportDocument.Status = .neutral) {
            self.text = text
            self.status = status
        }
    }

    public var name: String
    public var columns: [String]
    public var rows: [[Cell]]
    /// Shown when there are no rows.
    public var empty: String

    /// Creates the value from its parts.
    public init(name: String, columns: [String], rows: [[Cell]] = [], empty: String = "no data") {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.empty = empty
    }
}

import PanduCore

/// A standard parameter named in a flow step's `checks`, with its place, for cross-checking against the standards.
public struct ParameterReference: Hashable, Sendable {
    /// The file, relative to the knowledge folder, e.g. `flows/108.yaml`.
    public var file: String
    public var line: Int
    public var flow: FlowID
    public var step: StepID
    public var parameter: ParameterID
    /// The standard the flow declares, which the parameter should belong to.
    public var standard: StandardID?

    /// A reference at `file:line`.
    public init(file: String, line: Int, flow: FlowID, step: StepID, parameter: ParameterID, standard: StandardID?) {
        self.file = file
        self.line = line
        self.flow = flow
        self.step = step
        self.parameter = parameter
        self.standard = standard
    }

    /// An error at this reference, for the cross-check to report (e.g. an id the standard does not define).
    public func error(_ message: String) -> KnowledgeError {
        .invalid(file: file, line: line, message: message)
    }

    /// Whether `id` has the shape of a parameter id: upper-case letters and digits in dash-separated parts.
    public static func isWellFormed(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2
            && parts.allSatisfy {
                !$0.isEmpty && $0.allSatisfy { $0.isUppercaseASCIILetter || $0.isASCIIDigitCharacter }
            }
    }
}

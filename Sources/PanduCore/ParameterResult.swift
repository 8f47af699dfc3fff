/// The judgment on one parameter: the verdict, the evidence, and what the agent can do about it.
public struct ParameterResult: Hashable, Codable, Sendable {
    public var parameter: ParameterID
    public var name: String
    public var verdict: Verdict
    /// The matched words, or what is missing.
    public var evidence: String
    /// A short suggestion in Indonesian the agent can act on; nil on a pass.
    public var suggestion: String?
    public var fatal: Bool

    public init(
        parameter: ParameterID, name: String, verdict: Verdict, evidence: String, suggestion: String? = nil,
        fatal: Bool = false
    ) {
        self.parameter = parameter
        self.name = name
        self.verdict = verdict
        self.evidence = evidence
        self.suggestion = suggestion
        self.fatal = fatal
    }
}

/// The seam where the phrase checker plugs into a live contact: the shell records each agent turn and
/// asks for the verdicts of the parameters its flow step covers.
public protocol UtteranceChecking: Sendable {
    /// Judges the newest agent turn of `transcript` (the contact so far) against `parameters`.
    func checkLatestTurn(of transcript: Transcript, parameters: [ParameterID]) -> [ParameterResult]
}

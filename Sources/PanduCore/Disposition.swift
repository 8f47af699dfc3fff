/// How a contact ended, from `knowledge/dispositions.yaml`.
public struct Disposition: Hashable, Codable, Sendable {
    public var id: String
    public var label: String
    /// Flow ids it applies to; empty means every flow.
    public var flows: [FlowID]

    public init(id: String, label: String, flows: [FlowID] = []) {
        self.id = id
        self.label = label
        self.flows = flows
    }
}

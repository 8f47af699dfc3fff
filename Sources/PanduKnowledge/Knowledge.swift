import Foundation
import PanduCore

/// What the shell needs at start from one knowledge folder: flows, AUX reasons and dispositions.
public struct Knowledge: Hashable, Codable, Sendable {
    /// The knowledge folder, for loading articles and the directory later.
    public var folder: URL
    /// The flows, sorted by id.
    public var flows: [Flow]
    public var auxReasons: [AuxReason]
    public var dispositions: [Disposition]

    /// Knowledge read from `folder`.
    public init(folder: URL, flows: [Flow], auxReasons: [AuxReason], dispositions: [Disposition]) {
        self.folder = folder
        self.flows = flows
        self.auxReasons = auxReasons
        self.dispositions = dispositions
    }

    /// The flow ids, sorted, e.g. for a message listing the flows that exist.
    public var flowIDs: [String] { flows.map(\.id.rawValue) }

    /// The flow with `id`.
    public func flow(_ id: FlowID) -> Flow? { flows.first { $0.id == id } }

    /// The flows of `service`.
    public func flows(for service: Service) -> [Flow] { flows.filter { $0.service == service } }

    /// The AUX reason with `code`.
    public func auxReason(_ code: String) -> AuxReason? { auxReasons.first { $0.code == code } }

    /// The disposition with `id`.
    public func disposition(_ id: String) -> Disposition? { dispositions.first { $0.id == id } }

    /// The dispositions a contact of `flow` may close with, in the order the flow lists them.
    public func dispositions(for flow: FlowID) -> [Disposition] {
        (self.flow(flow)?.dispositions ?? []).compactMap(disposition)
    }
}

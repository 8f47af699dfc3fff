import Foundation
import PanduCore
import PanduKnowledge
import PanduStore

/// The review and QC parts of the store and the knowledge.
extension AppContext {
    /// The store's review tables (every store Pandu opens has them).
    func reviewStore() throws -> any ReviewStore {
        guard let store = try store() as? any ReviewStore else {
            throw ShellError.failure(messages(.storeLacksFeature, "review"))
        }
        return store
    }

    /// The store's QC workflow tables.
    func qcStore() throws -> any QCStore {
        guard let store = try store() as? any QCStore else {
            throw ShellError.failure(messages(.storeLacksFeature, "qc"))
        }
        return store
    }

    /// The store's saved logins.
    func loginTokenStore() throws -> any LoginTokenStore {
        guard let store = try store() as? any LoginTokenStore else {
            throw ShellError.failure(messages(.storeLacksFeature, "login"))
        }
        return store
    }

    /// `knowledge/review.yaml`.
    func reviewSettings() throws -> ReviewSettings { try WorkflowSettingsLoader.review(from: try knowledgeFolder()) }

    /// `knowledge/retention.yaml`.
    func retentionSettings() throws -> RetentionSettings {
        try WorkflowSettingsLoader.retention(from: try knowledgeFolder())
    }

    /// `knowledge/qc.yaml`.
    func qcSettings() throws -> QCSettings { try WorkflowSettingsLoader.qc(from: try knowledgeFolder()) }

    /// The people of the store by code.
    func peopleByCode() throws -> [PersonCode: Person] {
        Dictionary(uniqueKeysWithValues: try store().people().map { ($0.code, $0) })
    }
}

import Foundation
import PanduCore
import PanduKnowledge
import PanduStore

/// What every command works with: the store, the knowledge, the clock, the output and the messages.
/// Built once per process from the global options and the environment; the shell keeps one for the shift.
public final class AppContext: @unchecked Sendable {
    public let options: GlobalOptions
    public let environment: [String: String]
    public let messages: Messages
    public let output: Output
    public let clock: any Clock
    /// The site's zone, for showing times (WIB unless `PANDU_SITE_ZONE` says WITA or WIT).
    public let siteZone: TimeZoneCode

    /// How commands read a line or a secret (a PIN): from stdin one-shot, from the shell's reader inside it.
    public var input: InputSource

    private var openedStore: (any Store)?
    private var loadedKnowledge: Knowledge?
    private var builtSearch: SearchIndex?
    private var loadedStandards: StandardSet?
    private var loadedEscalations: [EscalationLevel]?
    private var loadedCallbackPolicy: CallbackPolicy?
    /// The directory overlay version the search index was built with.
    private var builtOverlayVersion: Int64 = -1
    private var loadedTargets: KPITargets?

    /// A context from parsed options and the process environment.
    public init(options: GlobalOptions, environment: [String: String], output: Output, clock: (any Clock)? = nil)
        throws
    {
        self.options = options
        self.environment = environment
        self.output = output
        input = InputSource.standard
        messages = Messages(Language.from(options.lang ?? environment["PANDU_LANG"]))
        siteZone = TimeZoneCode(rawValue: (environment["PANDU_SITE_ZONE"] ?? "WIB").uppercased()) ?? .wib
        if let clock {
            self.clock = clock
        } else if let text = options.now ?? environment["PANDU_NOW"] {
            guard let start = TimeParser(zone: siteZone).parse(text) else {
                throw ShellError.usage(
                    Messages(Language.from(options.lang ?? environment["PANDU_LANG"]))(.badNow, text))
            }
            self.clock = OffsetClock(startingAt: start)
        } else {
            self.clock = SystemClock()
        }
    }

    /// The current instant.
    public var now: Date { clock.now() }

    /// The store, opened and migrated on first use.
    public func store() throws -> any Store {
        if let openedStore { return openedStore }
        let location = StoreLocation.resolve(option: options.store, environment: environment)
        let store = try StoreFactory.open(location, clock: clock)
        openedStore = store
        return store
    }

    /// Where the knowledge folder is.
    public func knowledgeFolder() throws -> URL {
        try KnowledgeLocator.locate(explicit: options.knowledge, environment: environment)
    }

    /// The flows, AUX reasons and dispositions, loaded on first use (from the knowledge cache while its
    /// files are unchanged; `knowledge check` always reads the files).
    public func knowledge() throws -> Knowledge {
        if let loadedKnowledge { return loadedKnowledge }
        let folder = try knowledgeFolder()
        let k =
            try KnowledgeCache.standard(environment: environment)?.load(from: folder)
            ?? KnowledgeLoader.load(from: folder)
        loadedKnowledge = k
        return k
    }

    /// The full-text index of the knowledge base and the directory, built on first search.
    /// Approved directory corrections are applied on top of the CSV; the index is rebuilt when one is approved.
    public func search() throws -> SearchIndex {
        let corrections = try followUps()
        let version = try corrections.directoryOverlayVersion()
        if let builtSearch, builtOverlayVersion == version { return builtSearch }
        let folder = try knowledgeFolder()
        let approved = version == 0 ? [] : try corrections.corrections(status: .approved, entryID: nil, limit: nil)
        let index = try SearchIndex(
            articles: try KnowledgeLoader.loadArticles(from: folder),
            directory: DirectoryOverlay.apply(approved, to: try KnowledgeLoader.loadDirectory(from: folder)))
        builtSearch = index
        builtOverlayVersion = version
        return index
    }

    /// The service standards, loaded on first use.
    public func standards() throws -> StandardSet {
        if let loadedStandards { return loadedStandards }
        let s = try StandardLoader.load(folder: try knowledgeFolder())
        loadedStandards = s
        return s
    }

    /// The escalation levels and their SLAs, loaded on first use.
    public func escalationLevels() throws -> [EscalationLevel] {
        if let loadedEscalations { return loadedEscalations }
        let levels = try EscalationLevels.load(from: try knowledgeFolder())
        loadedEscalations = levels
        return levels
    }

    /// The Tier 2 callback retry policy, loaded on first use.
    public func callbackPolicy() throws -> CallbackPolicy {
        if let loadedCallbackPolicy { return loadedCallbackPolicy }
        let policy = try CallbackRules.load(from: try knowledgeFolder())
        loadedCallbackPolicy = policy
        return policy
    }

    /// The store's callbacks, escalations and directory corrections (every backend that has them).
    public func followUps() throws -> any FollowUpStore {
        let store = try store()
        guard let followUps = store as? any FollowUpStore else {
            throw StoreError.notImplemented(
                location: "\(type(of: store))", feature: "callbacks, escalations and corrections")
        }
        return followUps
    }

    /// The KPI thresholds and targets of `knowledge/targets.yaml`, loaded on first use.
    public func kpiTargets() throws -> KPITargets {
        if let loadedTargets { return loadedTargets }
        let t = try TargetsLoader.load(from: try knowledgeFolder())
        loadedTargets = t
        return t
    }

    /// The monitoring records (roster, ACD, recovery plans) of the store.
    public func monitoringStore() throws -> any MonitoringStore {
        guard let store = try store() as? any MonitoringStore else {
            throw ShellError.failure("this store has no monitoring tables")
        }
        return store
    }

    /// The PIN hasher for new PINs. `PANDU_PIN_ROUNDS` lowers the work factor for test stores only;
    /// verification always uses the rounds written in each stored hash.
    public var pinHasher: PINHasher {
        PINHasher(environment: environment)
    }

    /// Times as shown to people, in the site's zone.
    public var times: TimeParser { TimeParser(zone: siteZone) }
}

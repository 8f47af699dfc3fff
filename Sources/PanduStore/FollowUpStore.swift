/// Everything issue 4's follow-up work needs from a store: callbacks, escalations, directory corrections.
public typealias FollowUpStore = CallbackStore & DirectoryCorrectionStore & EscalationStore

/// The metric names `/metrics` exposes, for the Grafana dashboard test and for anyone wiring a provider.
public enum MetricsCatalogue {
    /// Families the floor snapshot gives (some only when they have a value).
    public static let snapshot: [String] = [
        "pandu_interval_start_timestamp_seconds", "pandu_queue_offered", "pandu_queue_answered",
        "pandu_queue_abandoned", "pandu_queue_waiting_calls", "pandu_queue_longest_wait_seconds",
        "pandu_queue_service_level_ratio", "pandu_queue_abandon_ratio", "pandu_queue_asa_seconds",
        "pandu_queue_aht_seconds", "pandu_queue_target", "pandu_agents", "pandu_agents_aux",
        "pandu_agents_late",
        "pandu_agents_absent", "pandu_agents_over_aux_allowance", "pandu_recovery_plans_open",
        "pandu_social_waiting", "pandu_social_oldest_wait_seconds",
        "pandu_social_first_response_median_seconds",
        "pandu_social_response_ratio",
    ]

    /// Families of the server itself.
    public static let server: [String] = [
        "pandu_up", "pandu_scrape_duration_seconds", "pandu_provider_errors",
    ]

    /// Families the follow-up and QC providers add (`FollowUpMetrics`, `QCMetrics`, wired in `ServeCommand`).
    public static let providerFamilies: [String] = [
        "pandu_callbacks_open", "pandu_callbacks_overdue", "pandu_escalations_open",
        "pandu_escalations_overdue",
        "pandu_qc_compliance_ratio", "pandu_qc_evaluations",
    ]
}

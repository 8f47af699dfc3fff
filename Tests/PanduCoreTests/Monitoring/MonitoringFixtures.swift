@testable import PanduCore

/// Small queue_logs written by hand; every KPI expected from them is worked out in the tests' comments.
enum MonitoringFixtures {
    /// 2026-11-21 08:00:00 WIB (01:00:00 UTC).
    static let t0: Int64 = 1_795_222_800
    static let wib = 7 * 3600

    /// Queue 147, first half hour from 08:00 WIB (t0 … t0+1800) holds c1…c11, the next one c12.
    /// Anomalies on purpose: a duplicated CONNECT, c2's end written before its ENTERQUEUE, NUL bytes before
    /// c3's entry, a CR on c4's entry, an unknown INFO event, trailing `|` on QUEUESTART/CONFIGRELOAD, a DID
    /// line, c8 never ends, c9 is an ABANDON with the member in the agent column, c11 an ATTENDEDTRANSFER
    /// LINK (six parameters).
    static let callLog = """
        1795222700|NONE|NONE|NONE|QUEUESTART|
        1795222750|NONE|NONE|NONE|CONFIGRELOAD|
        1795222800|c1.1|147|NONE|DID|147
        1795222800|c1.1|147|NONE|ENTERQUEUE||08121111|1
        1795222812|c1.1|147|Sathish|CONNECT|12|m1.1|4
        1795222812|c1.1|147|Sathish|CONNECT|12|m1.1|4
        1795223000|c1.1|147|Sathish|COMPLETECALLER|12|188|1
        1795223135|c2.1|147|Budi|COMPLETEAGENT|25|300|2
        1795222810|c2.1|147|NONE|ENTERQUEUE||08122222|2
        1795222830|c2.1|147|Sathish|RINGNOANSWER|15000
        1795222835|c2.1|147|Budi|CONNECT|25|m2.1|5
        \u{0}\u{0}\u{0}1795222820|c3.1|147|NONE|ENTERQUEUE||08123333|3
        1795222823|c3.1|147|NONE|ABANDON|1|3|3
        1795222830|c4.1|147|NONE|ENTERQUEUE||08124444|3\r
        1795222870|c4.1|147|NONE|ABANDON|2|3|40
        1795222840|c5.1|147|NONE|ENTERQUEUE||08125555|4
        1795223140|c5.1|147|NONE|EXITWITHTIMEOUT|1|4|300
        1795222850|c6.1|147|NONE|ENTERQUEUE||08126666|4
        1795222858|c6.1|147|NONE|EXITWITHKEY|1|1|4|8
        1795222860|c7.1|147|NONE|ENTERQUEUE||08127777|4
        1795222890|c7.1|147|Sathish|CONNECT|30|m7.1|3
        1795222950|c7.1|147|Sathish|BLINDTRANSFER|108|from-internal|30|60|4
        1795222870|NONE|147|Sathish|INFO|custom|thing
        1795222900|c8.1|147|NONE|ENTERQUEUE||08128888|2
        1795222910|c9.1|147|NONE|ENTERQUEUE||08129999|3
        1795222915|c9.1|147|Sathish|ABANDON|1|3|5
        1795222920|c10.1|147|NONE|ENTERQUEUE||08120000|4
        1795222921|c10.1|147|NONE|EXITEMPTY|1|4|1
        1795222930|c11.1|147|NONE|ENTERQUEUE||08121212|4
        1795222950|c11.1|147|Budi|CONNECT|20|m11.1|2
        1795223050|c11.1|147|Budi|ATTENDEDTRANSFER|LINK|SIP/2001-0001|Local/108@x-0002|20|100|4
        1795224700|c12.1|147|NONE|ENTERQUEUE||08121313|1
        1795224705|c12.1|147|Budi|CONNECT|5|m12.1|2
        1795224755|c12.1|147|Budi|COMPLETECALLER|5|50|1

        """

    /// The Issabel login pattern (spec §1.5): ADDMEMBER by interface, UNPAUSEALL/UNPAUSE by name in the
    /// same second; a lunch pause; logout; the next day the same interface is Budi's.
    static let memberLog = """
        1795222700|MANAGER|500|SIP/1001|ADDMEMBER|
        1795222700|NONE|NONE|Sathish|UNPAUSEALL|
        1795222700|NONE|500|Sathish|UNPAUSE|
        1795223000|NONE|NONE|Sathish|PAUSEALL|Istirahat
        1795223000|NONE|500|Sathish|PAUSE|Istirahat
        1795223600|NONE|NONE|Sathish|UNPAUSEALL|
        1795223600|NONE|500|Sathish|UNPAUSE|
        1795226000|MANAGER|500|SIP/1001|REMOVEMEMBER|
        1795309100|MANAGER|500|SIP/1001|ADDMEMBER|
        1795309100|NONE|500|Budi|UNPAUSE|
        1795309100|NONE|NONE|Budi|UNPAUSEALL|

        """

    /// Parses a file-form log that must be clean.
    static func records(_ text: String) -> [QueueLogRecord] {
        QueueLogParser().parse(text).records
    }

    /// Episodes of a file-form log.
    static func episodes(_ text: String) -> [Episode] {
        EpisodeBuilder.episodes(from: records(text))
    }

    /// The episode of a call id.
    static func episode(_ id: String, in episodes: [Episode]) -> Episode? {
        episodes.first { $0.callID == id }
    }
}

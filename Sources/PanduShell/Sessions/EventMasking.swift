import PanduCore
import PanduStore

/// Masks customer personal data in recorded events before they are shown or exported (PM-08 §8.5.3).
enum EventMasking {
    /// `event` with personal-data values masked.
    static func mask(_ event: HandlingEvent) -> HandlingEvent {
        var e = event
        switch e.type {
        case .fieldCaptured:
            if let kind = e.string("kind").flatMap(FieldKind.init(rawValue:)), kind.isPersonalData,
                let value = e.string("value")
            {
                e.data["value"] = .string(kind == .email ? Masking.email(value) : Masking.number(value))
            }
        case .callback:
            if let number = e.string("number") { e.data["number"] = .string(Masking.number(number)) }
        default: break
        }
        return e
    }
}

import Foundation

/// Why a flow action was refused; the shell turns each case into a catalogue message.
public enum FlowError: LocalizedError, Equatable, Sendable {
    case missingCaptures(step: StepID, fields: [String])
    case choiceRequired(step: StepID, choices: [String])
    case unknownChoice(String, choices: [String])
    case unknownField(String, fields: [String])
    case invalidValue(field: String, value: String, reason: FieldValidator.Reason)
    case noPreviousStep
    case alreadyOnHold
    case notOnHold
    case unknownDisposition(String, allowed: [String])
    case contactClosed
    case atClosingStep(StepID)

    public var errorDescription: String? {
        switch self {
        case .missingCaptures(let step, let fields):
            "step \(step) still needs: \(fields.joined(separator: ", ")) (use: set FIELD VALUE)"
        case .choiceRequired(let step, let choices):
            "step \(step) branches: choose one of \(choices.joined(separator: ", "))"
        case .unknownChoice(let c, let choices): "no branch \"\(c)\" here; choose one of \(choices.joined(separator: ", "))"
        case .unknownField(let f, let fields): "no field \"\(f)\" in this flow; fields: \(fields.joined(separator: ", "))"
        case .invalidValue(let field, let value, let reason): "\"\(value)\" is not a valid \(field) (\(reason.rawValue))"
        case .noPreviousStep: "this is the first step; there is nothing to go back to"
        case .alreadyOnHold: "the customer is already on hold (use: unhold)"
        case .notOnHold: "the customer is not on hold"
        case .unknownDisposition(let d, let allowed):
            "unknown disposition \"\(d)\"; use one of \(allowed.joined(separator: ", "))"
        case .contactClosed: "this contact is already closed"
        case .atClosingStep(let step): "step \(step) is a closing step: close the contact with close DISPOSITION"
        }
    }
}

import Foundation
import PanduStore

/// Reads a new PIN: twice without echo on a terminal, or one line of input otherwise.
enum PINInput {
    /// The new PIN for `code`, checked against the PIN policy.
    static func newPIN(context: AppContext, for code: String) throws -> String {
        let m = context.messages
        let input = context.input
        guard let first = input.secret(m(.promptNewPIN, code)) else { throw ShellError.usage(m(.pinMissing, code)) }
        if input.interactive {
            guard let second = input.secret(m(.promptRepeatPIN)) else { throw ShellError.usage(m(.pinMissing, code)) }
            guard first == second else { throw ShellError.usage(m(.pinMismatch)) }
        }
        guard PINPolicy().violation(first) == nil else { throw ShellError.usage(m(.pinPolicy)) }
        return first
    }
}

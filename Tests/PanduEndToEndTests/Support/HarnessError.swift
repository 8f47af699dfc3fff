/// A failure of the test harness, carrying whatever the program printed so far.
struct HarnessError: Error, CustomStringConvertible {
    /// What went wrong, followed by the output seen so far.
    let description: String

    /// A failure with the output so far appended, so a test failure shows what the program did.
    init(_ problem: String, output: String? = nil) {
        guard let output else {
            description = problem
            return
        }
        description = "\(problem)\n--- output so far ---\n\(output)\n--- end of output ---"
    }
}

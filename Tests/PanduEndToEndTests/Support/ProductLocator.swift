import Foundation

/// Finds executables built in the same build products folder as the running test bundle.
enum ProductLocator {
    /// The built executable `name`, looked for beside the test binary and a few folders up.
    static func executable(named name: String) throws -> URL {
        for folder in candidateFolders() {
            let candidate = folder.appendingPathComponent(name)
            if isExecutableFile(candidate) { return candidate }
        }
        throw HarnessError(
            "no built executable '\(name)' near \(CommandLine.arguments[0]); does the test target depend on it?")
    }

    /// The test binary's folder (by argv[0] and by /proc/self/exe) and up to three parents:
    /// a macOS .xctest bundle nests its binary in Contents/MacOS.
    private static func candidateFolders() -> [URL] {
        let starts = [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(),
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
        ]
        var folders: [URL] = []
        for start in starts {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {
                if !folders.contains(folder) { folders.append(folder) }
                folder = folder.deletingLastPathComponent()
            }
        }
        return folders
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}

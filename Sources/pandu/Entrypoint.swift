import PanduShell

@main
enum Entrypoint {
    static func main() {
        PanduCommand.launch()
    }
}

# Shared by scripts/pandu, scripts/test and scripts/bench: install what is missing, quietly.
# Debian packages only; run as root (CI, containers) or with sudo.

pandu_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# ensure_packages PKG...: installs the Debian packages that are not installed yet.
ensure_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "pandu: installing ${missing[*]} …" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}

# ensure_swift: the toolchain must already be there (the quick start assumes Debian with Swift).
ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        for d in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
            [ -x "$d/swift" ] && export PATH="$d:$PATH" && return 0
        done
        echo "pandu: swift is not on PATH; install the Swift toolchain first (swift.org)." >&2
        exit 1
    fi
}

# build_release ROOT: builds ROOT's release binary, .build/release/pandu, with the Swift runtime and Foundation
# linked in (--static-swift-stdlib): every retain, release and runtime call is a direct call instead of one
# through libswiftCore.so's lookup table, and no Swift library is loaded and relocated at start. That made
# `qc auto` 12-18 % faster (session 10), and the binary runs on a machine without the toolchain. The
# toolchain's lld links it in seconds (the system linker took over a minute and warned about Foundation's
# own use of mktemp).
build_release() {
    swift build -c release --package-path "$1" --product pandu --static-swift-stdlib -Xswiftc -use-ld=lld >&2
}

# Sourced by scripts/run and scripts/test: installs the Debian packages the
# build, the app and the tests need, and only those that are missing.

INVSYNC_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev
    qt6-charts-dev libqt6sql6-sqlite
)
INVSYNC_TEST_PACKAGES=(
    xvfb xauth python3
    clang libclang-rt-14-dev
    nodejs
    lintian desktop-file-utils appstream dpkg-dev binutils
)

invsync_missing_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    echo "${missing[@]:-}"
}

invsync_install_packages() {
    local missing
    missing=$(invsync_missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "Installing missing packages: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "error: these packages are missing and you are not root: $missing" >&2
            echo "Install them with your package manager, then run this again." >&2
            return 1
        fi
    fi
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

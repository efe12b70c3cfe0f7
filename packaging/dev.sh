#!/usr/bin/env bash
# Counterpoint from a fresh Debian 12 checkout: install what is missing, build, then run the app
# on the sample project ("run"), the test suite ("test"), the benchmarks ("bench"), or build the
# Debian package with Debian's hardening flags ("package"). COUNTERPOINT_PRESET chooses the CMake
# preset that "build" and "test" use (default: "default"; .ci/run sets "ci", warnings as errors).
set -euo pipefail

usage() {
    echo "usage: packaging/dev.sh run|test|bench|build|package" >&2
    exit 2
}
[ $# -eq 1 ] || usage
mode=$1
case "$mode" in run|test|bench|build|package) ;; *) usage ;; esac

cd "$(dirname "$0")/.."

# Debian packages the build, the tests and the benchmarks need. Nothing else is downloaded.
packages=(
    build-essential cmake pkg-config file
    clang-14 libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-charts-dev
    libquazip1-qt6-dev libpoppler-qt6-dev qtkeychain-qt6-dev rapidjson-dev
    libkf5syntaxhighlighting-tools
    qt6-qpa-plugins fonts-dejavu-core
    libxml2-utils sqlite3 postgresql-15 postgresql-common
    dbus-daemon gnome-keyring libsecret-1-0
    xvfb xauth
    librsvg2-bin dpkg-dev
    git clang-format util-linux
    desktop-file-utils appstream shared-mime-info lintian fakeroot man-db binutils
    libpq-dev
    fonts-symbola fonts-noto-core fonts-droid-fallback fonts-unifont
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = package ]; then
    # Its own build tree (build-package): Release with dpkg-buildflags, no tests.
    cmake --workflow --preset package
    deb=$(ls -t build-package/counterpoint_*.deb | head -n 1)
    echo "Checking $deb with lintian (warnings left are explained in packaging/README.md)"
    lintian --fail-on error "$deb"
    echo "Built $deb; install it with: sudo apt-get install ./$deb"
    exit 0
fi

preset=default
case "$mode" in build|test) preset=${COUNTERPOINT_PRESET:-default} ;; esac
cmake --preset "$preset"
cmake --build --preset "$preset"

# The importers' libFuzzer targets: the core again, with clang and its sanitizers (build-fuzz).
build_fuzz_targets() {
    cmake --preset fuzz
    cmake --build --preset fuzz
}

case "$mode" in
run)
    sample=build/seeds/sample.counterpoint
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "Built. There is no display here to open the window on; on a desktop, run:" >&2
        echo "  build/counterpoint $sample" >&2
        exit 1
    fi
    exec build/counterpoint "$sample"
    ;;
test)
    # --- exchange (issue 15): jsonld.js for tst_exchangeout's offline JSON-LD expansion -------
    # The one thing fetched beyond Debian's packages: from the npm registry, pinned by
    # tests/jsonld/package-lock.json, into tests/jsonld/node_modules (ignored by git). Without
    # node and npm (Debian's nodejs and npm) that test case reports itself skipped.
    if command -v npm >/dev/null && [ ! -f tests/jsonld/node_modules/jsonld/package.json ]; then
        npm ci --prefix tests/jsonld --no-audit --no-fund ||
            echo "jsonld.js could not be installed from the npm registry; tst_exchangeout's expansion check will say it skipped" >&2
    fi
    # --- end of the exchange block -------------------------------------------------------------
    # The suite, then a short run of each fuzz target (label fuzz); both must pass.
    build_fuzz_targets
    status=0
    ctest --preset "$preset" || status=$?
    ctest --preset fuzz || status=$?
    exit $status
    ;;
bench)
    build_fuzz_targets
    status=0
    ctest --preset bench || status=$?
    ctest --preset fuzz-bench || status=$?
    exit $status
    ;;
build)
    ;;
esac

#!/usr/bin/env bash
# The package as a user gets it. Builds the .deb from a build tree with cpack, checks its control
# fields and files with Debian's own validators and lintian, installs it and runs the installed
# app on a copy of the installed sample project.
#
# As root (as CI runs) the install is real: apt-get installs the .deb, so dependencies, the
# MIME, desktop and icon triggers and removal are exercised too; the package is purged at the
# end. Otherwise, or when the package was already installed before the test (it is never
# replaced behind its owner's back), or with COUNTERPOINT_PACKAGE_TEST_INSTALL=extract, the .deb
# is unpacked into a scratch root and run from there.
#
# usage: packaging/test-package.sh BUILD_DIR
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build=$(realpath "$1")
app_id=org.example.counterpoint.Counterpoint

work=$(mktemp -d "${TMPDIR:-/tmp}/counterpoint-package.XXXXXX")
installed_by_us=no
cleanup() {
    if [ "$installed_by_us" = yes ]; then
        apt-get purge -y -qq -o DPkg::Lock::Timeout=300 counterpoint >/dev/null ||
            echo "FAIL: could not remove the package" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "--- $*"; }

step "cpack"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/out/counterpoint_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single counterpoint_*.deb"
deb=${debs[0]}
echo "$(basename "$deb")"
version=$(dpkg-deb -f "$deb" Version)

step "control fields"
dpkg-deb -f "$deb" Package Version Architecture Section Priority Maintainer Homepage Depends \
    Recommends Description | sed -n '1,12p'
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Depends)" == *libqt6sql6-sqlite* ]] || fail "Depends lacks libqt6sql6-sqlite"
[[ "$(field Depends)" == *libqt6core6* ]] || fail "Depends lacks what dpkg-shlibdeps finds"
[[ "$(field Recommends)" == *libqt6sql6-psql* ]] || fail "Recommends lacks libqt6sql6-psql"
for name in Section Maintainer Homepage; do
    [ -n "$(field "$name")" ] || fail "no $name field"
done
[ "$(field Description | wc -l)" -gt 3 ] || fail "no long description"

step "files"
root=$work/root
dpkg-deb -x "$deb" "$root"
expected=(
    usr/bin/counterpoint
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/mime/packages/counterpoint.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/icons/hicolor/scalable/mimetypes/application-x-counterpoint-project.svg
    usr/share/man/man1/counterpoint.1.gz
    usr/share/doc/counterpoint/copyright
    usr/share/doc/counterpoint/changelog.Debian.gz
    usr/share/counterpoint/sample.counterpoint
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    [ -f "$root/$file" ] || fail "the package lacks /$file"
done
ls "$root"/usr/share/counterpoint/articles/* >/dev/null || fail "the package lacks the sample articles"
# No "producer | grep -q" here: with pipefail, it fails when grep stops reading early and the
# producer gets SIGPIPE. grep reads all to /dev/null, or reads a variable.
[[ "$(file "$root/usr/bin/counterpoint")" == *", stripped"* ]] || fail "the executable is not stripped"
# Reproducible gzip: no file name (flag bit 3) and a zero time stamp in the header.
for gz in usr/share/man/man1/counterpoint.1.gz usr/share/doc/counterpoint/changelog.Debian.gz; do
    header=$(od -An -tx1 -N8 "$root/$gz" | tr -d ' \n')
    [ "${header:6:2}" = 00 ] && [ "${header:8:8}" = 00000000 ] || fail "/$gz: not gzip -n ($header)"
done
changelog=$(zcat "$root/usr/share/doc/counterpoint/changelog.Debian.gz")
[[ "${changelog%%$'\n'*}" == *"($version)"* ]] || fail "changelog.Debian.gz does not start with $version"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$root/usr/share/doc/counterpoint/copyright" || fail "copyright is not DEP-5"

# Debian's hardening, when this build asked for it (the "package" preset does).
if grep -q '^COUNTERPOINT_DEBIAN_BUILDFLAGS:BOOL=ON' "$build/CMakeCache.txt"; then
    step "hardening"
    exe=$root/usr/bin/counterpoint
    readelf -h "$exe" | grep 'Type:.*DYN' >/dev/null || fail "not PIE"
    readelf -lW "$exe" | grep GNU_RELRO >/dev/null || fail "no RELRO"
    readelf -dW "$exe" | grep -E 'BIND_NOW|FLAGS_1.*NOW' >/dev/null || fail "no BIND_NOW"
    readelf -sW --dyn-syms "$exe" | grep '__stack_chk_fail@' >/dev/null || fail "no stack protector"
    # Our code makes no libc call that fortify would rewrite (Qt does that work), so no __*_chk
    # symbol shows it: check that the flag reached the compiler instead.
    grep -- '-D_FORTIFY_SOURCE=2' "$build/compile_commands.json" >/dev/null || fail "no fortify"
    echo "PIE, RELRO, BIND_NOW, stack protector, fortify"
fi

step "validators"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --no-color "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/counterpoint.1.gz" \
    2>&1 >/dev/null)
[ -z "$man_warnings" ] || fail "man page: $man_warnings"
# The MIME type compiles, and the sample project has what its magic looks for.
mkdir -p "$work/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/counterpoint.xml" \
    "$work/mime/packages/"
update-mime-database "$work/mime" 2>"$work/mime.log" || { cat "$work/mime.log" >&2; fail "update-mime-database"; }
grep -q ':application/x-counterpoint-project:\*\.counterpoint' "$work/mime/globs2" ||
    fail "no *.counterpoint glob"
grep -qa 'application/x-counterpoint-project' "$work/mime/magic" || fail "no magic"
sample=$root/usr/share/counterpoint/sample.counterpoint
[ "$(head -c 15 "$sample")" = "SQLite format 3" ] || fail "the sample project is not SQLite"
[ "$(dd if="$sample" bs=1 skip=68 count=4 status=none)" = CntP ] ||
    fail "the sample project lacks application_id CntP at byte 68"
if command -v lintian >/dev/null; then
    step "lintian"
    # Errors fail the test; warnings are listed with their reasons in packaging/README.md.
    lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors"
fi

if [ "$(id -u)" -eq 0 ] && [ "${COUNTERPOINT_PACKAGE_TEST_INSTALL:-}" != extract ] &&
    ! dpkg-query -W -f='${Status}' counterpoint 2>/dev/null | grep "install ok installed" >/dev/null; then
    step "apt-get install"
    installed_by_us=yes
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o DPkg::Lock::Timeout=300 "$deb" >"$work/apt.log" 2>&1 ||
        { cat "$work/apt.log" >&2; fail "apt-get install"; }
    prefix=/usr
    # The shared-mime-info trigger has registered the type.
    if [ -d /usr/share/mime/application ]; then
        [ -f /usr/share/mime/application/x-counterpoint-project.xml ] ||
            fail "the MIME type is not registered after installing"
    fi
else
    step "unpacked into a scratch root (no install: not root, or already installed)"
    prefix=$root/usr
fi
app=$prefix/bin/counterpoint

step "the installed app"
# As a user would run it: no build-tree libraries, plugins or platform forced on it.
run() {
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local" \
        "$app" "$@"
}
mkdir -p "$work/home"
[ "$(run --version)" = "counterpoint ${version%-*}" ] || fail "--version says: $(run --version)"
project=$work/story.counterpoint
cp "$prefix/share/counterpoint/sample.counterpoint" "$project"
chmod u+w "$project"
cat >"$work/reply.md" <<'EOF'
---
title: A reply from the package test
publisher: Test Desk
---
The package test says the installed app imports this article. Nobody rebuts that.
EOF
run import "$project" "$work/reply.md" || fail "import"
run list "$project" >"$work/list.txt" || fail "list"
cat "$work/list.txt"
grep -q "A reply from the package test" "$work/list.txt" || fail "list lacks the imported article"
[ "$(wc -l <"$work/list.txt")" -ge 4 ] || fail "list lacks the sample articles"
run show "$project" >"$work/show.txt" || fail "show"
grep -q counterclaim "$work/show.txt" || fail "show lacks the sample's counterclaims"
# Export arrives with issue 4; once this build has it, the installed app must export too.
help=$(run --help)
if grep -q '^  export ' <<<"$help"; then
    run export "$project" --format jsonld -o "$work/story.jsonld" || fail "export"
    [ -s "$work/story.jsonld" ] || fail "export wrote nothing"
fi
# Every command the app knows is in the man page.
# From the package itself: minimal Debian images exclude /usr/share/man from what dpkg installs.
man_page=$(zcat "$root/usr/share/man/man1/counterpoint.1.gz" | sed 's/\\-/-/g')
for command in $(sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' <<<"$help"); do
    grep -q "^\.SS \"$command " <<<"$man_page" || fail "the man page lacks the command $command"
done

if [ "$installed_by_us" = yes ]; then
    step "dpkg --verify and apt-get purge"
    dpkg --verify counterpoint || fail "installed files changed"
    installed_by_us=no
    apt-get purge -y -qq -o DPkg::Lock::Timeout=300 counterpoint >/dev/null || fail "purge"
    [ ! -e /usr/bin/counterpoint ] && [ ! -e /usr/share/counterpoint ] ||
        fail "files left after purging"
fi
echo "PASS: $(basename "$deb")"

#!/bin/sh
# Runs a command in a D-Bus session of its own with an unlocked GNOME keyring (the Secret
# Service QtKeychain talks to), as a desktop session has; the user's own keyring is never used.
# COUNTERPOINT_NO_KEYRING=1: the same session with no keyring in it.
set -eu
exec dbus-run-session -- sh -c '
    if [ "${COUNTERPOINT_NO_KEYRING:-}" != 1 ]; then
        export HOME="$(mktemp -d)" # the keyring files of this run only
        eval "$(printf "test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
        export GNOME_KEYRING_CONTROL
    fi
    exec "$@"' sh "$@"

#!/usr/bin/env bash
# Refreshes main-window.png, the screenshot of the README and the AppStream metadata: the
# sample project with two articles side by side, under Xvfb so that fonts and style are real.
# And argument-map.png: the sample project's argument map, in its dock floated to that size.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --build build --target counterpoint-screenshot sample-project
xvfb-run -a -s "-screen 0 1920x1200x24" \
    build/tests/gui/counterpoint-screenshot resources/screenshots/main-window.png \
    build/seeds/sample.counterpoint 1600x1000
xvfb-run -a -s "-screen 0 1920x1200x24" \
    build/tests/gui/counterpoint-screenshot resources/screenshots/argument-map.png \
    build/seeds/sample.counterpoint 1600x1000 map

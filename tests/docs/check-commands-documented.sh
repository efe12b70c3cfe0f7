#!/usr/bin/env bash
# Every command "counterpoint --help" lists has a subsection in the man page and a mention in the
# README, so a new command cannot land undocumented (the package test checks the installed page
# too, but only when the package is built).
set -euo pipefail
counterpoint=$1
man_page=$2
readme=$3
help=$(QT_QPA_PLATFORM=offscreen "$counterpoint" --help)
commands=$(sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' <<<"$help")
[ -n "$commands" ] || { echo "FAIL: counterpoint --help lists no commands"; exit 1; }
page=$(sed 's/\\-/-/g' "$man_page")
status=0
for command in $commands; do
    grep -q "^\.SS \"$command " <<<"$page" || { echo "FAIL: $man_page lacks the command $command"; status=1; }
    grep -q "counterpoint $command\b\|\`$command\b" "$readme" ||
        { echo "FAIL: $readme does not mention the command $command"; status=1; }
done
[ $status -eq 0 ] && echo "PASS: $(wc -w <<<"$commands") commands documented"
exit $status

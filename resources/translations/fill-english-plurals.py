#!/usr/bin/env python3
"""Fill the English singular and plural forms of new "%n ...(s)" messages in counterpoint_en.ts.

Run after `cmake --build build --target update_translations` (lupdate). Each numerus message
without forms gets "(s)" dropped for the singular and made "s" for the plural; read the result
(git diff) and fix the agreement of verbs by hand where the sentence needs it ("holds"/"hold").
tst_translations fails while any message lacks its two forms.
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "resources/translations/counterpoint_en.ts"
text = open(path, encoding="utf-8").read()

# One message at a time: a message never holds another, so [^<]* cannot run into the next one.
pattern = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*(?:<numerusform></numerusform>\s*)*</translation>')


def forms(match):
    source = match.group("source")
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    return (match.group(1) + "<translation>\n"
            f"            <numerusform>{singular}</numerusform>\n"
            f"            <numerusform>{plural}</numerusform>\n"
            "        </translation>")


text, count = pattern.subn(forms, text)
open(path, "w", encoding="utf-8").write(text)
print(f"filled {count} message(s) in {path}")

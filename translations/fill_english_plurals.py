#!/usr/bin/env python3
"""Fills the English plural forms that lupdate left unfinished in invsync_en.ts.

English is the source language, so its file holds only the %n messages. Their
source text writes the plural as "row(s)" or "batch(es)"; the singular drops
the parenthesis, the plural keeps its letters. Run after update_translations.
The file is edited in place, so everything else stays byte for byte.
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/invsync_en.ts"
text = open(path, encoding="utf-8").read()

unfinished = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>(?:(?!</source>).)*)</source>\s*'
    r'(?:<(?:extra)?comment>(?:(?!</(?:extra)?comment>).)*</(?:extra)?comment>\s*)*)'
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*'
    r'<numerusform></numerusform>\s*</translation>',
    re.S)


def fill(match):
    source = match.group("source")
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return (match.group(1) + "<translation>\n"
            f"            <numerusform>{singular}</numerusform>\n"
            f"            <numerusform>{plural}</numerusform>\n"
            "        </translation>")


text, filled = unfinished.subn(fill, text)
open(path, "w", encoding="utf-8").write(text)
print(f"{path}: filled {filled} plural message(s)")

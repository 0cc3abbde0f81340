#!/usr/bin/env python3
"""Fails when a shipped translation is not complete.

Runs lupdate over the sources into a copy of each .ts file (the source tree is
left as it is) and reports every message that is new, unfinished or obsolete.
Usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE...
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    lupdate, source_dir, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
    sources = [os.path.join(source_dir, "app"), os.path.join(source_dir, "ui")]
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            # English is the source language: its file holds only plural forms.
            plural_only = ["-pluralonly"] if ts.endswith("_en.ts") else []
            subprocess.run([lupdate, "-silent", "-locations", "none",
                            *plural_only, "-extensions", "cpp,h,ui", *sources, "-ts", copy],
                           check=True)
            root = ET.parse(copy).getroot()
            problems = []
            for context in root.iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    translation = message.find("translation")
                    kind = translation.get("type") if translation is not None else "missing"
                    text = message.findtext("source")
                    numerus = message.get("numerus") == "yes"
                    empty = translation is None or (
                        not numerus and not (translation.text or "").strip()) or (
                        numerus and not all((f.text or "").strip() for f in translation.iter("numerusform")))
                    if kind in ("unfinished", "vanished", "obsolete", "missing") or empty:
                        problems.append(f"  [{kind or 'empty'}] {name}: {text!r}")
            if problems:
                failed = True
                print(f"{os.path.basename(ts)}: {len(problems)} message(s) need work "
                      f"(run: cmake --build build/release --target update_translations, then translate):")
                print("\n".join(problems))
            else:
                print(f"{os.path.basename(ts)}: complete")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Differential test of InvSync's CSV reading path against Python's csv module.

    csv_differential.py CSV_DUMP [--count N] [--seed S] [--keep DIR] [--verbose]

Writes a fixed list of hand-picked tricky files plus N seeded random ones
(quotes, doubled quotes, CR/LF/CRLF inside quotes, CR-only/LF/CRLF/mixed line
ends, missing final newline, UTF-8/UTF-16LE/UTF-16BE BOMs, Windows-1252, the
four delimiters , ; TAB |, empty fields, trailing delimiters, text after a
closing quote, an unterminated quote at the end) into a temporary directory,
runs CSV_DUMP (tests/diff/csv_dump.cpp: detectEncoding + decodeToUtf8 +
CsvReader, as the app reads a file) on each, parses the same bytes with
csv.reader(newline='', strict=False) and compares record for record, field
for field, plus the line each record starts on, the blank-record count, the
detected encoding and the unterminated-quote flag.

The intended differences are encoded in expected_from_python() below. Any
other mismatch fails: the file, record index and both values are printed and
the generated files are kept for reproduction. Exit status 0 when all agree.
"""

import argparse
import concurrent.futures
import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

DEFAULT_SEED = 20261126
DEFAULT_COUNT = 500
DELIMITERS = [",", ";", "\t", "|"]
DELIMITER_ARG = {",": ",", ";": ";", "\t": "tab", "|": "|"}

# What InvSync calls an encoding (encodingName) -> Python codec name.
CODECS = {"UTF-8": "utf-8", "UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be",
          "Windows-1252": "cp1252"}

# ---------------------------------------------------------------------------
# Expected encoding: the rule of detectEncoding (TextEncoding.cpp), restated.


def expected_encoding(data):
    """(InvSync encoding name, BOM length) for the bytes of a file."""
    def valid_utf8(b):
        try:
            b.decode("utf-8")  # strict: refuses overlongs and surrogates too
            return True
        except UnicodeDecodeError:
            return False
    if data.startswith(b"\xef\xbb\xbf"):
        return ("UTF-8" if valid_utf8(data[3:]) else "Windows-1252"), 3
    if data.startswith(b"\xff\xfe"):
        return "UTF-16LE", 2
    if data.startswith(b"\xfe\xff"):
        return "UTF-16BE", 2
    return ("UTF-8" if valid_utf8(data) else "Windows-1252"), 0


# ---------------------------------------------------------------------------
# The corpus

# Text pieces fields are made of. Those outside Windows-1252 are left out of
# the files written in it. U+FEFF only ever appears inside a piece, never at
# the start of a file (where it would be a BOM by definition).
ASCII_ATOMS = ["a", "b", "x", "Name", "SKU-1", "123", "4.50", "-7", " ", "  lead",
               "trail  ", "#", "'", "=SUM(A1)", "\\", "/", "0", "NULL"]
CP1252_ATOMS = ["é", "ü", "ñ", "ß", "Ø", "€", "—", "’", "“q”", "…", "ÿ"]
UNICODE_ATOMS = ["日本語", "Ω", "😀", "\u0085", "\u2028", "a\ufeffb", "ĳ", "\u00a0"]
CONTROL_ATOMS = ["\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\x08"]


def atoms_for(encoding, delim):
    atoms = list(ASCII_ATOMS) + list(CONTROL_ATOMS) + list(CP1252_ATOMS)
    if not encoding.startswith("cp1252"):
        atoms += UNICODE_ATOMS
    # The other delimiters are plain text here.
    atoms += [d for d in DELIMITERS if d != delim]
    return atoms


class Gen:
    def __init__(self, rng, encoding, delim):
        self.rng = rng
        self.delim = delim
        self.atoms = atoms_for(encoding, delim)

    def text(self, lo, hi):
        return "".join(self.rng.choice(self.atoms) for _ in range(self.rng.randint(lo, hi)))

    def plain(self, lo=1, hi=4):
        """An unquoted field: no delimiter, CR or LF; quotes only inside."""
        s = self.text(lo, hi)
        if self.rng.random() < 0.15 and s:
            cut = self.rng.randint(1, len(s))
            s = s[:cut] + self.rng.choice(['"', '""', 'in"side"']) + s[cut:]
        if s.startswith('"'):
            s = "x" + s
        return s

    def quoted_content(self, lo=0, hi=5):
        r = self.rng
        extra = [self.delim, '"', '""', "\n", "\r", "\r\n", "\n\n", "\r\r", " "]
        n = r.randint(lo, hi)
        return "".join(r.choice(extra) if r.random() < 0.4 else r.choice(self.atoms)
                       for _ in range(n))

    def quoted(self):
        return '"' + self.quoted_content().replace('"', '""') + '"'

    def field(self):
        r = self.rng.random()
        if r < 0.15:
            return ""
        if r < 0.45:
            return self.plain()
        if r < 0.55:
            return self.plain(8, 40)  # long: the reader's 8-byte scan
        if r < 0.80:
            return self.quoted()
        if r < 0.85:
            return '""'
        if r < 0.93:
            # Text after the closing quote: "ab"c. The tail never starts with
            # a quote (that would be a doubled quote, still inside).
            return self.quoted() + self.plain(1, 3)
        return '"' + self.quoted_content(8, 40).replace('"', '""') + '"'


LINE_STYLES = ["LF", "CRLF", "CR", "mixed"]
EOLS = {"LF": "\n", "CRLF": "\r\n", "CR": "\r"}
ENCODINGS = ["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "cp1252-bom"]
ENCODING_WEIGHTS = [30, 20, 15, 15, 15, 5]


def encode(text, encoding):
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if encoding == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if encoding == "cp1252":
        return text.encode("cp1252")
    if encoding == "cp1252-bom":  # a UTF-8 BOM on Windows-1252 text
        return b"\xef\xbb\xbf" + text.encode("cp1252")
    raise ValueError(encoding)


def random_file(rng):
    """(bytes, delimiter, unterminated) for one random file."""
    encoding = rng.choices(ENCODINGS, ENCODING_WEIGHTS)[0]
    delim = rng.choice(DELIMITERS)
    style = rng.choice(LINE_STYLES)
    g = Gen(rng, encoding, delim)
    width = rng.randint(1, 6)
    lines = []
    for _ in range(rng.randint(0, 12)):
        r = rng.random()
        if r < 0.06:
            record = ""  # blank line
        elif r < 0.10:
            record = delim * rng.randint(1, 4)  # delimiters only
        elif r < 0.13:
            record = delim.join(['""'] * rng.randint(1, 3))  # quoted empties only
        else:
            n = width if rng.random() < 0.7 else rng.randint(1, 7)
            fields = [g.field() for _ in range(n)]
            if rng.random() < 0.12:
                fields.append("")  # trailing delimiter
            record = delim.join(fields)
        lines.append(record)
    unterminated = rng.random() < 0.12
    if unterminated:
        # A quote opened in the last record and never closed. Doubled quotes
        # inside are fine; a single one would close it.
        prefix = [g.field() for _ in range(rng.randint(0, 3))]
        tail = '"' + g.quoted_content(0, 8).replace('"', '""')
        lines.append(delim.join(prefix + [tail]))
    text = ""
    for i, record in enumerate(lines):
        last = i == len(lines) - 1
        text += record
        if last and (unterminated or rng.random() < 0.3):
            break  # no final newline
        eol = EOLS[rng.choice(["LF", "CRLF", "CR"])] if style == "mixed" else EOLS[style]
        text += eol
    return encode(text, encoding), delim, unterminated


def fixed_cases():
    """Hand-picked cases: (name, bytes, delimiter, unterminated)."""
    u16le = lambda s: b"\xff\xfe" + s.encode("utf-16-le")  # noqa: E731
    u16be = lambda s: b"\xfe\xff" + s.encode("utf-16-be")  # noqa: E731
    return [
        ("plain", b"a,b,c\n1,2,3\n", ",", False),
        ("no_final_newline", b"a,b\n1,2", ",", False),
        ("cr_only", b"a;b\r1;2\r3;4", ";", False),
        ("crlf", b"a|b\r\n1|2\r\n", "|", False),
        ("mixed_eol", b"a\tb\n1\t2\r\n3\t4\r5\t6", "\t", False),
        ("doubled_quotes", b'a,"say ""hi"""\n"""",x\n', ",", False),
        ("quoted_line_breaks", b'a,"1\n2\r3\r\n4",b\r\nc,d\n', ",", False),
        ("text_after_quote", b'"ab"c,"x"y"z,""q\n', ",", False),
        ("quote_inside_unquoted", b'ab"c,d"\n', ",", False),
        ("trailing_delimiter", b"a,b,\nc,,\n", ",", False),
        ("trailing_delimiter_at_eof", b"a,b\nc,", ",", False),
        ("blank_lines", b"\n\na,b\n\r\n\r,\n,,\n\"\",\"\"\nc,d\n\n", ",", False),
        ("only_blank", b"\n,\n;;\n", ",", False),
        ("empty_file", b"", ",", False),
        ("unterminated", b'a,b\n1,"open\nstill, open', ",", True),
        ("unterminated_empty", b'a,b\n"', ",", True),
        ("unterminated_doubled", b'a;"x""y\r\n', ";", True),
        ("unterminated_after_delim", b"a,b\nc,\"", ",", True),
        ("utf8_bom", b"\xef\xbb\xbfsku,qty\r\n\"\xc3\xa9\",1\r\n", ",", False),
        ("utf8_bom_quoted_first", b'\xef\xbb\xbf"sku",qty\n', ",", False),
        ("utf16le_bom", u16le('sku\tqty\r\n"a\tb"\t"1\r\n2"\r\n😀\t\r\n'), "\t", False),
        ("utf16be_bom", u16be('sku|qty\n"x|y"|""""\n日本|'), "|", False),
        ("cp1252", "Préis;€\r\n\"a;b\";ñ\r\n".encode("cp1252"), ";", False),
        ("cp1252_with_utf8_bom", b"\xef\xbb\xbf" + "Préis,qty\n".encode("cp1252"), ",", False),
        ("long_fields", (("x" * 37 + "\x01" + "y" * 20 + ",") * 3 + "\n"
                         + '"' + "z" * 50 + '\n"' + "\x0b" * 9 + "\n").encode(), ",", False),
        ("tab_in_comma_file", b"a\tb,c\n", ",", False),
        ("space_before_quote", b'a, "b,c"\n', ",", False),
    ]


# ---------------------------------------------------------------------------
# Python's reading, and what InvSync should make of it


def python_records(data):
    """The decoded text of the bytes, the encoding and the BOM length."""
    enc, bom = expected_encoding(data)
    text = data[bom:].decode(CODECS[enc])
    return text, enc, bom


def parse_python(text, delim):
    """Python csv records of the text, each with the 1-based line it starts on."""
    # newline='' (as open(..., newline='') would): line breaks reach the reader
    # untranslated, so that it, not the line splitting, handles them.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=False)
    out = []
    prev_line = 0
    for rec in reader:
        out.append((rec, prev_line + 1))
        prev_line = reader.line_num
    return out


def all_empty(rec):
    return all(f == "" for f in rec)


def expected_from_python(py, unterminated):
    """(records, lines, blank count) InvSync should report, from Python's records.

    Intended difference 1: InvSync skips (and counts in blankLineCount) every
    record whose fields are all empty: blank lines, which Python returns as
    [], and lines of delimiters or empty quoted fields only, which Python
    returns as ['', '', ...].

    Intended difference 2 (a narrowing of 1): a quote still open at the end of
    the file. Python in non-strict mode returns the rest of the file as the
    last field; InvSync does the same and keeps that record even when all its
    fields are empty (it reports unterminatedQuote instead of skipping it).
    Everything else about that record must agree.
    """
    records, lines, blank = [], [], 0
    for i, (rec, line) in enumerate(py):
        last = i == len(py) - 1
        if all_empty(rec) and not (unterminated and last):
            blank += 1
            continue
        records.append(rec)
        lines.append(line)
    return records, lines, blank


# ---------------------------------------------------------------------------


def run_dump(csv_dump, path, delim):
    proc = subprocess.run([csv_dump, path, DELIMITER_ARG[delim]], capture_output=True,
                          timeout=30)
    if proc.returncode != 0:
        return None, "csv_dump exited with %d: %s" % (proc.returncode,
                                                      proc.stderr.decode(errors="replace"))
    try:
        return json.loads(proc.stdout.decode("utf-8")), None
    except (UnicodeDecodeError, ValueError) as e:
        return None, "csv_dump printed no valid JSON: %s" % e


def compare(case, got):
    """A list of mismatch descriptions (empty when all agree) and the figures."""
    name, data, delim, unterminated = case
    text, enc, bom = python_records(data)
    py = parse_python(text, delim)
    exp_records, exp_lines, exp_blank = expected_from_python(py, unterminated)
    problems = []
    if (got["encoding"], got["bomLength"]) != (enc, bom):
        problems.append("encoding: expected %s (BOM %d), got %s (BOM %d)"
                        % (enc, bom, got["encoding"], got["bomLength"]))
    if got["unterminatedQuote"] != unterminated:
        problems.append("unterminatedQuote: expected %s, got %s"
                        % (unterminated, got["unterminatedQuote"]))
    records, lines = got["records"], got["lines"]
    fields = 0
    for i in range(max(len(records), len(exp_records))):
        e = exp_records[i] if i < len(exp_records) else None
        a = records[i] if i < len(records) else None
        if e != a:
            problems.append("record %d: expected (Python) %r, got (InvSync) %r" % (i, e, a))
            if e is not None and a is not None and len(e) == len(a):
                for k, (fe, fa) in enumerate(zip(e, a)):
                    if fe != fa:
                        problems.append("  field %d: expected %r, got %r" % (k, fe, fa))
            break  # the rest would only echo the first difference
        fields += len(e)
        if lines[i] != exp_lines[i]:
            problems.append("record %d: starts on line %d in Python, %d in InvSync"
                            % (i, exp_lines[i], lines[i]))
    if got["blankLineCount"] != exp_blank:
        problems.append("blankLineCount: expected %d, got %d" % (exp_blank, got["blankLineCount"]))
    figures = {"records": len(exp_records), "fields": fields, "blank": exp_blank,
               "python_records": len(py), "encoding": enc}
    return problems, figures


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv_dump")
    ap.add_argument("--count", type=int, default=DEFAULT_COUNT)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--keep", help="write the files here and keep them")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    cases = fixed_cases()
    for i in range(args.count):
        data, delim, unterminated = random_file(rng)
        cases.append(("random_%04d" % i, data, delim, unterminated))

    work = args.keep or tempfile.mkdtemp(prefix="invsync_csv_diff_")
    os.makedirs(work, exist_ok=True)
    paths = []
    for name, data, delim, _ in cases:
        path = os.path.join(work, "%s_%s.csv" % (name, DELIMITER_ARG[delim].replace("|", "pipe")
                                                 .replace(",", "comma").replace(";", "semicolon")))
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        dumps = list(pool.map(lambda pc: run_dump(args.csv_dump, pc[0], pc[1][2]),
                              zip(paths, cases)))

    failures = 0
    totals = {"files": len(cases), "records": 0, "fields": 0, "blank": 0, "unterminated": 0}
    by_encoding = {}
    for path, case, (got, error) in zip(paths, cases, dumps):
        if error:
            problems, figures = [error], None
        else:
            problems, figures = compare(case, got)
        if figures:
            for k in ("records", "fields", "blank"):
                totals[k] += figures[k]
            by_encoding[figures["encoding"]] = by_encoding.get(figures["encoding"], 0) + 1
        totals["unterminated"] += case[3]
        if problems:
            failures += 1
            print("MISMATCH %s (delimiter %r)" % (path, case[2]))
            data = case[1]
            print("  input bytes: %r%s" % (data[:400], " ..." if len(data) > 400 else ""))
            for p in problems:
                print("  " + p)
        elif args.verbose:
            print("ok %s" % path)

    print("csv_differential: seed %d, %d files (%d fixed + %d random), %d records and %d fields "
          "compared, %d all-empty records skipped, %d files ending in an unterminated quote; "
          "encodings %s"
          % (args.seed, totals["files"], len(cases) - args.count, args.count, totals["records"],
             totals["fields"], totals["blank"], totals["unterminated"],
             ", ".join("%s %d" % kv for kv in sorted(by_encoding.items()))))
    if failures:
        print("FAILED: %d of %d files disagree; files kept in %s" % (failures, len(cases), work))
        return 1
    if not args.keep:
        shutil.rmtree(work)
    print("all agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes the CSV fixtures of tests/data/csv byte for byte.

The files are committed; this script documents how each one was made and
regenerates them identically (run it from anywhere: python3 make_fixtures.py).
Every file holds the same three inventory rows unless its name says otherwise,
so the tests can compare what each encoding or dialect reads back.
"""

import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["sku", "quantity", "action", "reason"]
# Leading zeros, non-ASCII text that Windows-1252 can also hold.
ROWS = [
    ["000123", "10", "replace", "Recount café"],
    ["SKU-2", "0", "replace", "Damaged – “box” ‘crushed’"],
    ["00042", "7", "Replace", "Found €5"],
]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def text(rows, delimiter=",", eol="\n", final_eol=True):
    lines = [delimiter.join(r) for r in rows]
    out = eol.join(lines)
    if final_eol:
        out += eol
    return out


def main():
    plain = text([HEADER] + ROWS)

    # --- encodings ------------------------------------------------------------
    write("utf8.csv", plain.encode("utf-8"))
    write("utf8_bom.csv", b"\xef\xbb\xbf" + plain.encode("utf-8"))
    # Excel's "Unicode text": UTF-16LE with BOM, tab-separated, CRLF.
    write("utf16le_bom.txt", b"\xff\xfe" + text([HEADER] + ROWS, "\t", "\r\n").encode("utf-16-le"))
    write("utf16be_bom.csv", b"\xfe\xff" + plain.encode("utf-16-be"))
    # No BOM: only readable with an explicit encoding.
    write("utf16le_nobom.csv", plain.encode("utf-16-le"))
    write("windows1252.csv", text([HEADER] + ROWS, ",", "\r\n").encode("cp1252"))
    write("only_bom.csv", b"\xef\xbb\xbf")

    # --- line ends --------------------------------------------------------------
    write("crlf.csv", text([HEADER] + ROWS, ",", "\r\n").encode("utf-8"))
    write("cr_only.csv", text([HEADER] + ROWS, ",", "\r").encode("utf-8"))
    write("no_final_newline.csv", text([HEADER] + ROWS, final_eol=False).encode("utf-8"))
    write("mixed_line_ends.csv",
          ("sku,quantity,action,reason\r\n" "000123,10,replace,Recount café\n"
           "SKU-2,0,replace,Damaged – “box” ‘crushed’\r" "00042,7,Replace,Found €5").encode("utf-8"))

    # --- quoting ------------------------------------------------------------------
    # Records start on lines 1, 2, 3 (spans 3-4), 5 (spans 5-6, CRLF inside), 7.
    write("quoted.csv", (
        'sku,quantity,action,reason\n'
        '"Q,1",5,replace,"He said ""recount"""\n'
        'Q2,6,replace,"line one\nline two"\n'
        'Q3,7,"replace","crlf one\r\ncrlf two"\n'
        '"Q4",8,replace,plain\n').encode("utf-8"))
    write("unterminated_quote.csv", (
        'sku,quantity,action,reason\n'
        'A,1,replace,fine\n'
        'B,2,replace,"never closes\n'
        'C,3,replace,swallowed\n').encode("utf-8"))

    # --- delimiters ----------------------------------------------------------------
    # European Excel: semicolons, with commas inside quoted text.
    write("semicolon.csv", (
        'sku;quantity;action;reason\n'
        '000123;10;replace;"Recount, again"\n'
        'SKU-2;0;replace;"a, b, c, d"\n'
        '00042;7;Replace;Found €5\n').encode("utf-8"))
    write("tab.tsv", text([HEADER] + ROWS, "\t").encode("utf-8"))
    write("pipe.csv", (
        'sku|quantity|action|reason\n'
        '000123|10|replace|"semi;colons, commas\tand tabs"\n'
        'SKU-2|0|replace|plain\n'
        '00042|7|Replace|Found €5\n').encode("utf-8"))
    # Comma file whose quoted fields are full of the other candidates.
    write("comma_with_others_quoted.csv", (
        'sku,quantity,action,reason\n'
        '"A;1",1,replace,"x;y;z|w|v\tu\tt"\n'
        '"B|2",2,replace,"p;q;r;s;t"\n'
        '"C\t3",3,replace,"|||;;;"\n').encode("utf-8"))

    # --- headers --------------------------------------------------------------------
    write("hash_sku.csv", text([["#sku", "quantity", "action", "reason"]] + ROWS).encode("utf-8"))
    write("header_variants.csv",
          text([[" SKU ", "Quantity", "ACTION", " Reason "]] + ROWS).encode("utf-8"))
    write("reordered.csv", text(
        [["reason", "location", "quantity", "sku", "action"]]
        + [[r[3], "A-01-" + str(i), r[1], r[0], r[2]] for i, r in enumerate(ROWS)]).encode("utf-8"))
    write("unknown_column.csv", text(
        [HEADER + ["note"]] + [r + ["n" + str(i)] for i, r in enumerate(ROWS)]).encode("utf-8"))
    write("with_location.csv", text(
        [HEADER + ["location"]]
        + [["A", "1", "replace", "r", "BIN-1"],
           ["A", "2", "replace", "r", "BIN-2"],
           ["A", "3", "replace", "r", ""]]).encode("utf-8"))
    write("missing_columns.csv", b"sku,quantity\nA,1\n")

    # --- degenerate files ----------------------------------------------------------------
    write("empty.csv", b"")
    write("header_only.csv", b"sku,quantity,action,reason\n")
    write("blank_only.csv", b"\r\n\r\n\r\n")
    # Blank lines and spreadsheet lines of delimiters only (lines 2, 4, 5, 7).
    write("blank_lines.csv", (
        'sku,quantity,action,reason\n'
        '\n'
        'A,1,replace,r\n'
        ',,,\n'
        '\n'
        'B,2,replace,r\n'
        ',,,\n').encode("utf-8"))
    write("leading_zeros.csv", (
        'sku,quantity,action,reason\n'
        '000123,0010,replace,r\n'
        '0000,0,replace,r\n'
        '123,5,replace,r\n'
        '0123,5,replace,r\n').encode("utf-8"))

    # Binary garbage: bytes that look like a zip (what an .xlsx is), NULs, high bytes.
    seed = 12345
    garbage = bytearray(b"PK\x03\x04\x14\x00\x06\x00\x08\x00")
    for _ in range(4096):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        garbage.append((seed >> 16) & 0xFF)
    write("binary_garbage.csv", bytes(garbage))

    # A real (tiny) xlsx-shaped zip, written reproducibly.
    path = os.path.join(HERE, "spreadsheet.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in [
            ("[Content_Types].xml", '<?xml version="1.0"?><Types/>'),
            ("xl/worksheets/sheet1.xml",
             '<?xml version="1.0"?><worksheet><sheetData><row><c t="s"><v>0</v></c></row>'
             '</sheetData></worksheet>'),
        ]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, body)

    # Every problem at once, one per row (used by the loader and document tests).
    write("problems.csv", (
        'sku,quantity,action,reason\n'     # 1
        'OK-1,1,replace,fine\n'            # 2 row 1: fine
        ',1,replace,no sku\n'              # 3 row 2: empty_sku
        'Q-1,12.5,replace,r\n'             # 4 row 3: invalid_quantity
        'Q-2,-5,replace,r\n'               # 5 row 4: negative_quantity
        'A-1,1,add,r\n'                    # 6 row 5: invalid_action
        'D-1,1,replace,r\n'                # 7 row 6: duplicate_sku (with row 7)
        'D-1,2,replace,r\n'                # 8 row 7: duplicate_sku (with row 6)
        'R-1,1,replace,\n'                 # 9 row 8: empty_reason
        ' W-1 ,1,replace,r\n'              # 10 row 9: sku_whitespace
        'C-1,1,replace\n'                  # 11 row 10: wrong_column_count
        'OK-2,2,REPLACE,fine\n'            # 12 row 11: fine
    ).encode("utf-8"))


if __name__ == "__main__":
    main()

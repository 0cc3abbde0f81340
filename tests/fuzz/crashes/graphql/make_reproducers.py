#!/usr/bin/env python3
"""Writes the fuzz_graphql reproducers too large to keep in the tree
(see README.md here). Usage: make_reproducers.py [output directory]"""
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else '.'


def chain(levels):
    # { ...a0 } fragment a0 on Query{...a1} ... fragment aN on Query{__typename}
    return ('{...a0}' + ''.join('fragment a%d on Query{...a%d}' % (i, i + 1) for i in range(levels))
            + 'fragment a%d on Query{__typename}' % levels)


def dag(levels, width):
    # Fragments in `levels` rows of `width`; each spreads two of the next row.
    parts = ['{...f0_0}']
    for l in range(levels):
        for i in range(width):
            body = '__typename' if l == levels - 1 else '...f%d_%d ...f%d_%d' % (
                l + 1, i, l + 1, (i + 1) % width)
            parts.append('fragment f%d_%d on Query{%s}' % (l, i, body))
    return ' '.join(parts)


files = {
    # Stack overflow without sanitizers (8 MB stack, -O2), 678 KB: under the
    # sandbox's 1 MiB body limit.
    'stack_overflow_fragment_chain_20000.graphql': chain(20000),
    # Slow: 1,000 levels 1.8 s, 2,000 6.1 s, 4,000 27.5 s (-O2).
    'slow_fragment_chain_4000.graphql': chain(4000),
    # Slow although no spread path is deeper than 60: 445 KB, 23 s (-O2).
    'slow_fragment_dag_60x160.graphql': dag(60, 160),
}
for name, text in files.items():
    with open(os.path.join(out, name), 'w') as f:
        f.write(text)
    print(name, len(text), 'bytes')

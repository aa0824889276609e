#!/usr/bin/env python3
"""The i386 call sites have the expected traps.

  check_callsite_shape.py OBJDUMP_TXT
    OBJDUMP_TXT: `llvm-objdump-19 -d --no-show-raw-insn` of
    tests/x86/callsite_shape.c compiled for i386 (AT&T syntax).

shape_entryN: exactly one indirect call (`call *...`, the entry) and no
`int $0x80`; the default build then carries one trap path per site, not
two. shape_vfork_*: exactly one `int $0x80` and no indirect call (vfork,
clone, clone3 must not leave anything on the stack that is read after the
trap). Prints one line per function and "N passed, N failed".
"""
import re
import sys


def parse(path):
    funcs, cur = {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^[0-9a-f]+ <([^>]+)>:", line)
        if m:
            cur = m.group(1)
            funcs[cur] = []
            continue
        m = re.match(r"^\s+[0-9a-f]+:\s+(\S+)\s*(.*)$", line)
        if cur and m:
            funcs[cur].append((m.group(1), m.group(2).split("#")[0].strip()))
    return funcs


def shape(insns):
    indirect = sum(1 for op, args in insns if op.startswith("call") and args.startswith("*"))
    int80 = sum(1 for op, args in insns if op == "int" and args == "$0x80")
    return indirect, int80


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    funcs = parse(argv[1])
    expected = {"shape_entry%d" % i: (1, 0) for i in range(7)}
    expected.update({"shape_vfork_" + k: (0, 1) for k in ("vfork", "clone5", "clone6", "clone3")})
    passed = failed = 0
    for name, (want_calls, want_traps) in expected.items():
        if name not in funcs:
            print("FAIL %s: not found" % name)
            failed += 1
            continue
        calls, traps = shape(funcs[name])
        what = "%s: %d indirect call(s), %d int $0x80" % (name, calls, traps)
        if (calls, traps) == (want_calls, want_traps):
            print("ok   " + what)
            passed += 1
        else:
            print("FAIL %s (expected %d and %d)" % (what, want_calls, want_traps))
            failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

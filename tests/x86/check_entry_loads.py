#!/usr/bin/env python3
"""Each entry_site* function loads the x86 entry word exactly once.

  check_entry_loads.py OBJDUMP_TXT
    OBJDUMP_TXT: `llvm-objdump-19 -dr --no-show-raw-insn` of
    tests/x86/entry_sites.c compiled for i386.

The word is linux__x86_vsyscall_offset (arch/x86/syscall.h). A load is an
instruction that reads memory at the symbol: directly (a relocation
against the symbol on an instruction with a memory operand that is not
`lea` or an immediate `$sym`), or through a register that holds its
address (from `mov $sym, %R`, a GOT load `mov sym@GOT(%r), %R`, or
`lea sym@GOTOFF(%r), %R`, also copied through a stack slot at -O0),
counted until that register is written again (an `add (%R), %R` is the
load and the end of the address). Reading the entry twice lets another
thread change it in between (test `!= 0`, then call 0).
Prints one line per function and "N passed, N failed".
"""
import re
import sys

SYM = "linux__x86_vsyscall_offset"


def parse(path):
    funcs, cur = {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^[0-9a-f]+ <([^>]+)>:", line)
        if m:
            cur = m.group(1)
            funcs[cur] = []
            continue
        if cur is None:
            continue
        m = re.match(r"^\s+[0-9a-f]+:\s+(R_386_\w+)\s+(\S+)", line)
        if m:
            if funcs[cur]:
                funcs[cur][-1][1].append((m.group(1), m.group(2)))
            continue
        m = re.match(r"^\s+[0-9a-f]+:\s+(.*)$", line)
        if m:
            funcs[cur].append([m.group(1).split("#")[0].strip(), []])
    return funcs


def operands(text):
    parts = text.split(None, 1)
    return parts[0], [o.strip() for o in re.split(r",(?![^(]*\))", parts[1])] if len(parts) > 1 else []


def count_loads(insns):
    loads = 0
    holders = set()  # registers holding the symbol's address
    for text, relocs in insns:
        op, ops = operands(text)
        sym_reloc = [r for r in relocs if r[1].startswith(SYM)]
        dest = ops[-1] if ops else ""
        if sym_reloc:
            kind = sym_reloc[0][0]
            if op.startswith("lea") or kind in ("R_386_GOT32", "R_386_GOT32X") or (
                ops and ops[0].startswith("$")
            ):
                # the address (lea, immediate, or the GOT slot's content)
                # into dest, a register or a stack slot
                holders.add(dest)
                continue
            loads += 1  # a direct memory operand at the symbol
            continue
        # the address copied (unoptimised code keeps it in a stack slot)
        if op.startswith("mov") and len(ops) == 2:
            if ops[0] in holders:
                holders.add(dest)
                continue
            holders.discard(dest)
        # reads through a register holding the address
        for o in ops[:-1] if op.startswith("mov") else ops:
            m = re.fullmatch(r"\*?(-?0x[0-9a-f]+|-?\d+)?\((%e\w\w)\)", o)
            if m and m.group(2) in holders:
                loads += 1
        if op.startswith("call") and ops and ops[0].startswith("*("):
            m = re.fullmatch(r"\*\((%e\w\w)\)", ops[0])
            if m and m.group(1) in holders:
                pass  # already counted above
        if dest.startswith("%") and dest in holders and not op.startswith(("cmp", "test", "push", "call")):
            holders.discard(dest)
        if op.startswith("call"):
            holders -= {"%eax", "%ecx", "%edx"}
    return loads


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    funcs = parse(argv[1])
    passed = failed = 0
    for i in range(7):
        name = f"entry_site{i}"
        if name not in funcs:
            print(f"FAIL {name}: not found")
            failed += 1
            continue
        n = count_loads(funcs[name])
        if n == 1:
            print(f"ok {name}: the entry is loaded once")
            passed += 1
        else:
            print(f"FAIL {name}: the entry is loaded {n} times")
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""vfork safety from the generated code, where running it cannot tell.

qemu-user emulates vfork with fork, so a child there never touches the
parent's stack. What makes a vfork-like call (vfork, clone/clone3 with
CLONE_VM|CLONE_VFORK) safe is visible in the code instead: after the trap
the library's code must read nothing from memory (the child has been
running on the same stack) unless it wrote that memory itself after the
trap (the x86_64 trampoline stores the return address back before `ret`).

  check_disasm.py trampoline ARCH OBJDUMP_TXT [--documented-unsafe=DIGITS]
      OBJDUMP_TXT: `llvm-objdump-19 -d --no-show-raw-insn` of a trampoline
      object. Every linux_syscall_trampolineN must be stack-free after the
      trap, except the arities in DIGITS (README's vfork table says they
      are not safe to call directly), which must not be.
  check_disasm.py sites ARCH ASM_S
      ASM_S: `cc -S -O2` (or -Os) of tests/vfork/sites.c, either build. In
      each site_* function: no call to a trampoline, every inline asm block
      (#APP ... #NO_APP) with a trap is stack-free after it, and on x86 no
      block `call`s the vDSO entry. (At -O0 the branches that the constant
      number rules out stay in the code, dead; tests/vfork/vfork_test.c
      checks those builds by running them.)

Prints "ok ..." / "FAIL ..." / "# ..." (note) lines and "N passed, N failed".
"""
import re
import sys

TRAPS = {
    "x86_64": re.compile(r"^syscall\b"),
    "x86": re.compile(r"^(int\s+\$?(0x80|128)\b|calll?\s+\*)"),
    "aarch64": re.compile(r"^svc\b"),
    "arm": re.compile(r"^svc\b"),
    "riscv64": re.compile(r"^ecall\b"),
    "riscv32": re.compile(r"^ecall\b"),
    "sparc64": re.compile(r"^ta\s+(%[ix]cc,\s*)?(0x6d|109)\b"),  # llvm-objdump: "ta %icc, 109"
    "m68k": re.compile(r"^trap\s+#0\b"),
    "s390x": re.compile(r"^svc\b"),
    "loongarch64": re.compile(r"^syscall\b"),
    "mips": re.compile(r"^syscall\b"),
    "mips64el": re.compile(r"^syscall\b"),
    "ppc64le": re.compile(r"^sc\b"),
    "ppc64": re.compile(r"^sc\b"),
    "ppc": re.compile(r"^sc\b"),
}


def is_x86(arch):
    return arch in ("x86", "x86_64")


def memory_access(arch, insn):
    """(reads, writes, operand): what memory the instruction touches."""
    parts = insn.split(None, 1)
    if not parts:
        return None, None, None
    op = parts[0].lower()
    args = parts[1] if len(parts) > 1 else ""
    args = args.split("#")[0].split("//")[0].strip() if not is_x86(arch) else args.split("#")[0].strip()
    if is_x86(arch):
        sp = "(%rsp)" if arch == "x86_64" else "(%esp)"
        if op.startswith("ret"):
            return True, False, sp
        if op.startswith(("pop", "leave")):
            return True, False, sp
        if op.startswith("push"):
            # push mem reads mem; every push writes below the stack pointer.
            return "(" in args, True, args if "(" in args else None
        if op.startswith("lea") or op.startswith("nop") or op.startswith("endbr"):
            return False, False, None
        if "(" not in args:
            return False, False, None
        ops = [a.strip() for a in re.split(r",(?![^(]*\))", args)]
        if op.startswith(("mov", "vmov")) and "(" in ops[-1] and all("(" not in o for o in ops[:-1]):
            return False, True, ops[-1]
        mem = [o for o in ops if "(" in o]
        return True, False, mem[0].lstrip("*")
    if arch in ("aarch64", "arm"):
        reads = op.startswith(("ldr", "ldp", "ldm", "ldur", "ldx", "lda", "pop", "vldr", "vldm", "vpop", "ld1"))
        return reads, op.startswith(("str", "stp", "stm", "push", "stur", "vstr", "vpush")), args
    if arch in ("riscv64", "riscv32"):
        reads = re.match(r"^(c\.)?(l[bhwd]u?|ld|lwu|fl[wd]|c\.ldsp|c\.lwsp)$", op) is not None or op in ("c.ldsp", "c.lwsp")
        return reads, re.match(r"^(c\.)?s[bhwd](sp)?$", op) is not None, args
    if arch == "s390x":
        if "(" not in args:
            return False, False, None
        if op in ("la", "lay", "larl"):
            return False, False, None
        return op.startswith("l"), op.startswith("st"), args
    if arch == "loongarch64":
        return op.startswith(("ld.", "ldptr", "fld", "ldx", "ldgt", "ldle")), op.startswith(("st.", "stptr")), args
    if arch in ("mips", "mips64el"):
        reads = re.match(r"^(l[bhwd][lru]?u?|lwu|ll|lld|l[wd]c1)$", op) is not None
        return reads, re.match(r"^(s[bhwd][lr]?|sc|scd|s[wd]c1)$", op) is not None, args
    if arch in ("ppc64le", "ppc64", "ppc"):
        # lbz lhz lha lwz lwa ld lfs lfd lmw, their u/x/ux forms, the
        # byte-reversed and reserved loads; the same for stores
        reads = re.match(r"^(l(bz|hz|ha|wz|wa|d|fs|fd|mw|hbr|wbr|dbr|warx|darx|q)u?x?)$", op) is not None
        writes = re.match(r"^(st(b|h|w|d|fs|fd|mw|hbr|wbr|dbr|q)u?x?|st[wd]cx\.)$", op) is not None
        return reads, writes, args
    if arch == "sparc64":
        # ld/ldx/lduw/ldd... [addr], reg and st/stx... reg, [addr]
        return op.startswith("ld"), op.startswith("st"), args
    if arch == "m68k":
        if op.startswith("rts"):
            return True, False, "(%sp)"
        if op.startswith(("lea", "pea")) or "(" not in args:
            return False, False, None
        ops = [a.strip() for a in re.split(r",(?![^(]*\))", args)]
        return "(" in ops[0], "(" in ops[-1], ops[0] if "(" in ops[0] else ops[-1]
    raise SystemExit(f"check_disasm.py: unknown architecture {arch}")


def stack_free_after_trap(arch, insns):
    """insns: instruction texts in address order. Returns (ok, reason)."""
    trap_re = TRAPS[arch]
    seen_trap = False
    written = set()
    for insn in insns:
        text = insn.strip()
        if not seen_trap:
            if trap_re.match(text):
                seen_trap = True
            continue
        if trap_re.match(text) and arch == "x86" and text.startswith("call"):
            return False, f"calls through memory after the trap: {text}"
        reads, writes, operand = memory_access(arch, text)
        if writes and operand:
            written.add(operand.replace(" ", ""))
        if reads:
            if operand and operand.replace(" ", "") in written:
                continue
            return False, f"reads memory after the trap: {text}"
    if not seen_trap:
        return False, "no trap found"
    return True, ""


passed = failed = 0


def ok(msg):
    global passed
    passed += 1
    print(f"ok {msg}")


def fail(msg):
    global failed
    failed += 1
    print(f"FAIL {msg}")


def parse_objdump(path):
    """{function: [instruction text]} from llvm-objdump -d --no-show-raw-insn."""
    funcs, cur = {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^[0-9a-f]+ <([^>]+)>:", line)
        if m:
            cur = m.group(1)
            funcs[cur] = []
            continue
        m = re.match(r"^\s+[0-9a-f]+:\s+(.*)$", line)
        if m and cur:
            funcs[cur].append(m.group(1).strip())
    return funcs


def check_trampolines(arch, path, documented_unsafe):
    """Every trampoline must be stack-free after the trap except the arities
    README's vfork table documents as not safe (documented_unsafe, a string
    of digits); one of those turning out safe is reported too, so that the
    README is corrected."""
    funcs = parse_objdump(path)
    names = sorted(f for f in funcs if re.fullmatch(r"linux_syscall_trampoline[0-6]", f))
    if len(names) != 7:
        fail(f"{arch}: expected 7 trampolines in {path}, found {names}")
        return
    for name in names:
        safe, why = stack_free_after_trap(arch, funcs[name])
        documented = name[-1] in documented_unsafe
        if safe and not documented:
            ok(f"{arch} {name}: nothing read from the stack after the trap")
        elif safe:
            fail(f"{arch} {name}: README's vfork table calls it not safe, but nothing is read "
                 f"from the stack after the trap: correct the README and the list in tests/vfork/run.sh")
        elif documented:
            print(f"# {arch} {name}: not vfork-safe by itself ({why}); linux_syscall() routes around it")
        else:
            fail(f"{arch} {name}: {why}")


def parse_asm_functions(path):
    """{function: [lines]} from compiler -S output (site_* functions only)."""
    funcs, cur = {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^(site_\w+):", line)
        if m:
            cur = m.group(1)
            funcs[cur] = []
            continue
        if cur is not None:
            if re.match(r"^\s*\.(size|cfi_endproc)\b", line) or re.match(r"^\.Lfunc_end", line):
                cur = None
                continue
            funcs[cur].append(line.rstrip("\n"))
    return funcs


def asm_instructions(lines):
    out = []
    for line in lines:
        text = line.strip()
        if not text or text.startswith((".", "#", "//", "@", ";", "!")) or text.endswith(":"):
            continue
        text = re.sub(r"^\S+:\s*", "", text)  # a label on the same line
        out.append(text.replace("\t", " "))
    return out


def check_sites(arch, path):
    funcs = parse_asm_functions(path)
    for name in ("site_vfork", "site_clone5", "site_clone6", "site_clone3"):
        if name not in funcs:
            fail(f"{arch} {name}: not found in {path}")
            continue
        lines = funcs[name]
        body = "\n".join(lines)
        if name == "site_vfork" and not any(TRAPS[arch].match(i) for i in asm_instructions(lines)):
            print(f"# {arch} {name}: no vfork system call on this architecture")
            continue
        # Identical code folded into a tail call of another site (gcc -Os:
        # six-argument clone is the five-argument one) is checked there.
        insns = asm_instructions(lines)
        if arch == "ppc64le":  # the ELFv2 global entry computes the TOC pointer first
            insns = [i for i in insns if not re.match(r"^addis? 2,(12|2),\.TOC\.", i)]
        m = re.match(r"^(j|jmp|b|ba|bra|jra|tail|jg|jl)\s+(site_\w+)", insns[0]) if len(insns) == 1 else None
        # sparc64 gcc -Os: a tail call is `save; call site_x, 0; restore`
        if not m and arch == "sparc64" and len(insns) == 3 and insns[0].startswith("save") and \
                insns[2].startswith("restore"):
            m = re.match(r"^(call)\s+(site_\w+)", insns[1])
        # MIPS PIC: the tail call loads the address from the GOT and jumps
        # through t9 (lw $25,%got(site_x)($28), or n64 ld ...%got_disp...
        # after setting up gp; jr $25; delay slot).
        if not m and arch in ("mips", "mips64el") and \
                len(insns) <= 6 and any(re.match(r"^jr?\s+\$25\b", i) for i in insns) and \
                not any(TRAPS[arch].match(i) for i in insns):
            m = re.search(r"%(got|call16|got_disp)\((site_\w+)\)", body)
        if m and m.group(2) in funcs:
            ok(f"{arch} {name}: same code as {m.group(2)}")
            continue
        if re.search(r"linux_syscall_trampoline", body):
            fail(f"{arch} {name}: calls a trampoline")
            continue
        blocks, cur = [], None
        for line in lines:
            # clang: #APP / #NO_APP (@ or // on arm, aarch64); gcc on some
            # targets: `# 59 "file.h" 1` / `# 0 "" 2` instead.
            if re.match(r'^\s*(#|//|@|;|!)\s*(APP|\d+ ".*" 1)\s*$', line):
                cur = []
                continue
            if re.match(r'^\s*(#|//|@|;|!)\s*(NO_APP|0 "" 2)\s*$', line):
                if cur is not None:
                    blocks.append(cur)
                cur = None
                continue
            if cur is not None:
                cur.append(line)
        trap_blocks = [asm_instructions(b) for b in blocks]
        trap_blocks = [b for b in trap_blocks if any(TRAPS[arch].match(i) for i in b)]
        if not trap_blocks:
            fail(f"{arch} {name}: no inline asm block with a trap")
            continue
        bad = None
        for b in trap_blocks:
            if arch == "x86" and any(i.startswith("call") for i in b):
                bad = f"calls the vDSO entry: {[i for i in b if i.startswith('call')][0]}"
                break
            safe, why = stack_free_after_trap(arch, b)
            if not safe:
                bad = why
                break
        if bad:
            fail(f"{arch} {name}: {bad}")
        else:
            ok(f"{arch} {name}: inline trap, nothing read from the stack after it")


def main(argv):
    if len(argv) < 4 or argv[1] not in ("trampoline", "sites") or argv[2] not in TRAPS:
        print(__doc__, file=sys.stderr)
        return 2
    if argv[1] == "trampoline":
        unsafe = [a.split("=", 1)[1] for a in argv[4:] if a.startswith("--documented-unsafe=")]
        check_trampolines(argv[2], argv[3], unsafe[0] if unsafe else "")
    else:
        check_sites(argv[2], argv[3])
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

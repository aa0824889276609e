#!/usr/bin/env python3
"""check_vector_liveness.py: prove from the disassembly that no vector state
destroyed by a Linux syscall is used after it.

    check_vector_liveness.py --arch aarch64|riscv64 [--objdump CMD]
                             [--readelf CMD] [--expect-violations] OBJECT...

What a syscall destroys (the kernel's own documentation):
  aarch64  Documentation/arch/arm64/sve.rst: bits [127:0] of Z0-Z31 (that
           is V0-V31) survive; the rest of Z0-Z31, all of P0-P15 and FFR
           read as zero afterwards.
  riscv64  Documentation/arch/riscv/vector.rst: v0-v31, vl, vtype (and
           vstart) become unspecified.

The trap is `svc #0` / `ecall`, or a call to linux_syscall_trampolineN (the
trampoline traps inside; the check then shows the compiler treats the call
as destroying the same state, as the C calling convention says it does).

For every function in each OBJECT this runs a forward "may be destroyed"
data-flow over the function's control-flow graph: at a trap every
register above is marked destroyed; an instruction that writes a register
whole unmarks it; an instruction that reads a marked register is a
violation. On aarch64 reads through the 128-bit views (v/q/d/s/h/b) are
allowed, since those bits survive, while any write through them rewrites
the whole Z register (the architecture zeroes the bits above 128). A
function using the SVE calling convention (STO_AARCH64_VARIANT_PCS) must
also return with z8-z23 and p4-p15 intact, because its caller keeps values
there. On riscv64 every vector instruction but whole-register moves, loads
and stores reads vl and vtype, so one after the trap needs a vsetvl first.

Register groups (riscv64 LMUL > 1): writes count the smallest group the
vtype may have on that path and reads the largest, so an unknown case
errs towards reporting a violation, never towards hiding one.

Each function must contain at least one trap, or the check proves nothing:
that is reported as an error too.

Output: one line per function ("ok <object>:<function> (<n> traps)" or
"FAIL <object>:<function>: <why>"), then "<n> functions, <n> violations".
Exit status 0 when there is no violation and no error (with
--expect-violations: when every function has at least one violation - used
for the negative controls; with --expect-by-name: when exactly the
functions named *bad_* have violations - used for tests/codegen/cases/),
1 otherwise, 2 on bad usage. An instruction the disassembler cannot
decode is an error: it could read anything.
"""
import argparse
import re
import subprocess
import sys

# ----------------------------------------------------------------------------
# disassembly


class Insn:
    __slots__ = ("addr", "mnem", "ops", "text", "relocs")

    def __init__(self, addr, mnem, ops, text):
        self.addr = addr
        self.mnem = mnem
        self.ops = ops
        self.text = text
        self.relocs = []


FUNC_RE = re.compile(r"^([0-9a-f]+) <([^>]+)>:$")
INSN_RE = re.compile(r"^\s*([0-9a-f]+):\s+(\S+)\s*(.*)$")
RELOC_RE = re.compile(r"^\s*([0-9a-f]+):\s+(R_\w+)\s+(\S+)")


def disassemble(objdump, path, func_names):
    """{function: [Insn]}; labels that are not functions (.L*) continue the current one."""
    cmd = objdump + ["-d", "-r", "--no-show-raw-insn", path]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("check_vector_liveness: %s failed: %s" % (" ".join(cmd), e))
    funcs = {}
    cur = None
    for line in out.splitlines():
        m = FUNC_RE.match(line)
        if m:
            if m.group(2) in func_names or cur is None:
                cur = funcs.setdefault(m.group(2), [])
            continue
        if cur is None:
            continue
        m = RELOC_RE.match(line)
        if m and cur:
            cur[-1].relocs.append((m.group(2), m.group(3)))
            continue
        m = INSN_RE.match(line)
        if not m:
            continue
        addr = int(m.group(1), 16)
        mnem = m.group(2)
        rest = m.group(3).split("//")[0].strip()
        rest = re.sub(r"\s*<[^>]*>", "", rest)  # symbolic branch annotations
        cur.append(Insn(addr, mnem, split_ops(rest), line.strip()))
    return funcs


def split_ops(s):
    ops, depth, cur = [], 0, ""
    for ch in s:
        if ch in "{[(":
            depth += 1
        elif ch in "}])":
            depth -= 1
        if ch == "," and depth == 0:
            ops.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        ops.append(cur.strip())
    return ops


def function_symbols(readelf, path):
    """(all FUNC symbols, those marked STO_AARCH64_VARIANT_PCS: the SVE calling convention)."""
    cmd = readelf + ["-s", "-W", path]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("check_vector_liveness: %s failed: %s" % (" ".join(cmd), e))
    funcs, variant = set(), set()
    for line in out.splitlines():
        f = line.split()
        if len(f) >= 8 and f[3] == "FUNC":
            funcs.add(f[-1])
            if "VARIANT_PCS" in line:
                variant.add(f[-1])
    return funcs, variant


def is_trampoline_call(insn):
    return any("linux_syscall_trampoline" in sym for _, sym in insn.relocs)


# ----------------------------------------------------------------------------
# aarch64


A64_ACCUMULATE = re.compile(
    r"^(mla|mls|mad|msb|f?n?ml[as]|f?n?mad|f?n?msb|[su]dot|usdot|sudot|bfdot|bfmlal[bt]|"
    r"bfmmla|fmmla|[su]mmla|usmmla|cdot|cmla|fcmla|insr|[su]ml[as]l[bt]|sqdml[as]l[bt]?|"
    r"sqdml[as]lbt|sqrdml[as]h|[su]aba|[su]abal[bt]|[su]r?sra|sli|sri|adcl[bt]|sbcl[bt]|"
    r"fmlal[bt]?|fmlsl[bt]?|tbx|[su]adalp|fdot|bfml[as]l|fmlal|fmlsl|umlal|smlal|umlsl|smlsl|"
    r"(sq|uq)?(inc|dec)[bhwdp])$"  # vector inc/dec (incw z0.s) update in place
)
A64_NEON_REG = re.compile(r"^[vqdshb](\d+)(\.|\[|$)")
A64_SVE_REG = re.compile(r"\b(z|pn?)(\d+)\b")
A64_Z_LIST = re.compile(r"\{\s*z(\d+)\.\w\s*-\s*z(\d+)\.\w\s*\}")


def a64_regs(op):
    """SVE registers (z/p/ffr) named in one operand, as 'zN'/'pN'/'ffr'."""
    regs = set()
    m = A64_Z_LIST.search(op)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        n = lo
        while True:
            regs.add("z%d" % n)
            if n == hi:
                break
            n = (n + 1) % 32
    for kind, num in A64_SVE_REG.findall(op):
        regs.add(("z" if kind == "z" else "p") + num)
    if re.search(r"\bffr\b", op):
        regs.add("ffr")
    return regs


def a64_effects(insn):
    """(reads, writes) of SVE state; writes are whole-register writes."""
    m, ops = insn.mnem, insn.ops
    reads, writes = set(), set()
    if m in ("setffr",):
        return reads, {"ffr"}
    if m == "wrffr":
        return a64_regs(",".join(ops)), {"ffr"}
    if m.startswith(("rdffr",)):
        writes |= a64_regs(ops[0])
        for op in ops[1:]:
            reads |= a64_regs(op)
        reads.add("ffr")
        return reads, writes
    store = m.startswith(("st", "prf")) or m in ("ptest", "cmp", "cmn", "tst")
    first = 0 if store or not ops else 1
    if not store and ops:
        dest = a64_regs(ops[0])
        # a write through V/Q/D/S/H/B zeroes the rest; ldp/ldnp write two
        for op in ops[:2] if m in ("ldp", "ldnp") else ops[:1]:
            nm = A64_NEON_REG.match(op)
            if nm:
                dest.add("z" + nm.group(1))
        if m in ("ldp", "ldnp"):
            first = 2
        merging = any("/m" in op for op in ops[1:])
        if merging or A64_ACCUMULATE.match(m):
            reads |= {r for r in dest if not r.startswith("ffr")}
        writes |= dest
    for op in ops[first:]:
        reads |= a64_regs(op)
    if m.startswith(("ldff1", "ldnf1")):
        reads.add("ffr")
        writes.add("ffr")
    return reads, writes


def a64_successors(insn, nxt, in_func):
    m, ops = insn.mnem, insn.ops
    tgt = None
    if ops:
        t = re.match(r"^(0x[0-9a-f]+)$", ops[-1])
        if t:
            tgt = int(t.group(1), 16)
    if m in ("ret", "br", "retaa", "retab", "eret", "brk", "udf", "hlt"):
        return []
    if m == "b":
        return [tgt] if tgt is not None and in_func(tgt) else []  # else: tail call
    if m.startswith("b.") or m in ("cbz", "cbnz", "tbz", "tbnz"):
        out = [nxt] if nxt is not None else []
        if tgt is not None and in_func(tgt):
            out.append(tgt)
        return out
    return [nxt] if nxt is not None else []


A64_ALL = {"z%d" % i for i in range(32)} | {"p%d" % i for i in range(16)} | {"ffr"}
A64_SVE_PCS_SAVED = {"z%d" % i for i in range(8, 24)} | {"p%d" % i for i in range(4, 16)}


def a64_is_trap(insn):
    return (insn.mnem == "svc") or (insn.mnem == "bl" and is_trampoline_call(insn))


def a64_is_call(insn):
    return insn.mnem in ("bl", "blr") and not a64_is_trap(insn)


# ----------------------------------------------------------------------------
# riscv64


RV_VREG = re.compile(r"^v(\d+)(\.t)?$")
RV_STORE = re.compile(
    r"^vs(e\d+|se\d+|uxei\d+|oxei\d+|\dr|m|seg\d+e\d+|sseg\d+e\d+|uxseg\d+ei\d+|oxseg\d+ei\d+)\.v$"
)
RV_WHOLE = re.compile(r"^v(l(\d)r(?:e\d+)?|s(\d)r|mv(\d)r)\.v$")
RV_SEG = re.compile(r"^v[ls](?:s|ux|ox)?seg(\d)")
RV_MASK_DEST = re.compile(
    r"^(vms(eq|ne|ltu?|leu?|gtu?|geu?|bf|if|of)|vmf(eq|ne|lt|le|gt|ge)|vm(and|or|xor|nand|andn|"
    r"orn|nor|xnor)|vmadc|vmsbc|vlm)\b"
)
RV_SINGLE_DEST = re.compile(r"^(v(f)?w?red\w+|vmv\.s\.x|vfmv\.s\.f)\b")
RV_ACCUMULATE = re.compile(
    r"^(vn?macc|vnmsac|vmadd|vnmsub|vwmacc\w*|vfn?macc|vfn?msac|vfn?madd|vfn?msub|vfwn?macc|"
    r"vfwn?msac|vslideup|vfwmaccbf16|vqmacc\w*)\."
)
RV_NARROW = re.compile(r"^v(f)?n")
RV_WIDEN = re.compile(r"^v(f)?w")
RV_NO_VTYPE = RV_WHOLE  # whole-register loads, stores and moves ignore vl and vtype
LMULS = {"mf8": 1, "mf4": 1, "mf2": 1, "m1": 1, "m2": 2, "m4": 4, "m8": 8}


def rv_vsetvl(insn):
    """(lmul, undisturbed) set by a vsetvl*; lmul None if not constant."""
    if insn.mnem in ("vsetvli", "vsetivli"):
        ops = [o.strip() for o in insn.ops[2:]]
        lmul = next((LMULS[o] for o in ops if o in LMULS), 1)
        # the assembler's default, when ta/ma are left out, is tu/mu
        return lmul, "ta" not in ops or "ma" not in ops
    return None, True  # vsetvl: vtype from a register


def rv_group(ops_reg, n):
    return {"v%d" % (ops_reg + i) for i in range(max(1, n)) if ops_reg + i < 32}


def rv_effects(insn, lmin, lmax, undisturbed):
    """(reads, writes) of v0-v31, vl, vtype."""
    m, ops = insn.mnem, insn.ops
    reads, writes = set(), set()
    if m == "csrr" and len(ops) == 2 and ops[1] in ("vl", "vtype"):
        return {ops[1]}, set()
    if m.startswith("csr") and any(o in ("vl", "vtype") for o in ops[1:]):
        return {o for o in ops[1:] if o in ("vl", "vtype")}, set()
    if not m.startswith("v"):
        return reads, writes
    if m in ("vsetvli", "vsetivli", "vsetvl"):
        return reads, {"vl", "vtype"}
    if not RV_NO_VTYPE.match(m):
        reads |= {"vl", "vtype"}
    whole = RV_WHOLE.match(m)
    seg = RV_SEG.match(m)
    nf = int(seg.group(1)) if seg else 1
    store = bool(RV_STORE.match(m))
    vops = []
    for i, op in enumerate(ops):
        mm = RV_VREG.match(op)
        if mm:
            vops.append((i, int(mm.group(1)), bool(mm.group(2))))
    for i, reg, is_mask in vops:
        if is_mask:
            reads.add("v%d" % reg)
            continue
        if whole:
            k = int(next(g for g in whole.groups()[1:] if g))
            if i == 0 and not store:
                writes |= rv_group(reg, k)
            else:
                reads |= rv_group(reg, k)
            continue
        if i == 0 and not store:
            if RV_MASK_DEST.match(m) or RV_SINGLE_DEST.match(m):
                wn = 1
            elif RV_NARROW.match(m):
                wn = max(1, lmin // 2)
            else:
                wn = lmin * nf
            writes |= rv_group(reg, wn)
            if undisturbed or RV_ACCUMULATE.match(m):
                reads |= rv_group(reg, lmax * (2 if RV_WIDEN.match(m) else 1) * nf)
            continue
        n = lmax * nf * (2 if (RV_WIDEN.match(m) and i == 1 and m.endswith((".wv", ".wx", ".wf"))) else 1)
        if RV_MASK_DEST.match(m) and m.startswith(("vmand", "vmor", "vmxor", "vmnand", "vmnor", "vmxnor")):
            n = 1
        reads |= rv_group(reg, n)
    return reads, writes


RV_BRANCH = re.compile(r"^(beq|bne|blt|bge|bltu|bgeu|beqz|bnez|blez|bgez|bltz|bgtz|bgt|ble|bgtu|bleu)$")


def rv_successors(insn, nxt, in_func):
    m, ops = insn.mnem, insn.ops
    tgt = None
    if ops:
        t = re.match(r"^(0x[0-9a-f]+)$", ops[-1])
        if t:
            tgt = int(t.group(1), 16)
    if m in ("ret", "jr", "ebreak", "unimp", "tail"):
        return []
    if m == "jalr" and ops and ops[0] in ("zero", "x0"):
        return []
    if m == "j" or (m == "jal" and ops and ops[0] in ("zero", "x0")):
        return [tgt] if tgt is not None and in_func(tgt) else []
    if RV_BRANCH.match(m):
        out = [nxt] if nxt is not None else []
        if tgt is not None and in_func(tgt):
            out.append(tgt)
        return out
    return [nxt] if nxt is not None else []


RV_ALL = {"v%d" % i for i in range(32)} | {"vl", "vtype"}


# ----------------------------------------------------------------------------
# data flow


def check_function(arch, name, insns, sve_pcs):
    """Returns (traps, [violation strings])."""
    if not insns:
        return 0, []
    # An instruction the disassembler cannot decode could read anything.
    unknown = [i.text for i in insns if i.mnem.startswith("<unknown>") or i.mnem == "<unknown>"]
    if unknown:
        return sum(1 for _ in insns), ["cannot decode: %s (no ELF arch attribute?)" % unknown[0]]
    addrs = [i.addr for i in insns]
    index = {a: k for k, a in enumerate(addrs)}
    lo, hi = addrs[0], addrs[-1]

    def in_func(a):
        return a in index

    # riscv64: the auipc of `call sym` carries the relocation; the trap is the jalr after it.
    tramp_jalr = set()
    if arch == "riscv64":
        for k, insn in enumerate(insns):
            if insn.mnem == "auipc" and is_trampoline_call(insn):
                for j in range(k + 1, min(k + 3, len(insns))):
                    if insns[j].mnem in ("jalr", "jal"):
                        tramp_jalr.add(j)
                        break
            elif insn.mnem in ("jal", "call") and is_trampoline_call(insn):
                tramp_jalr.add(k)

    def is_trap(k):
        insn = insns[k]
        if arch == "aarch64":
            return a64_is_trap(insn)
        return insn.mnem == "ecall" or k in tramp_jalr

    # state per instruction entry: (destroyed set, lmin, lmax, undisturbed)
    start = (frozenset(), 1, 1, True) if arch == "riscv64" else (frozenset(), 1, 1, False)
    states = {0: start}
    work = [0]
    violations = {}
    traps = sum(1 for k in range(len(insns)) if is_trap(k))
    while work:
        k = work.pop()
        dead, lmin, lmax, und = states[k]
        insn = insns[k]
        nxt = k + 1 if k + 1 < len(insns) else None
        if arch == "aarch64":
            reads, writes = a64_effects(insn)
            succ_addrs = a64_successors(insn, addrs[nxt] if nxt is not None else None, in_func)
        else:
            reads, writes = rv_effects(insn, lmin, lmax, und)
            succ_addrs = rv_successors(insn, addrs[nxt] if nxt is not None else None, in_func)
            if insn.mnem in ("vsetvli", "vsetivli", "vsetvl"):
                lm, u = rv_vsetvl(insn)
                if lm is None:
                    lmin, lmax = 1, 8
                else:
                    lmin = lmax = lm
                und = u
        bad = reads & dead
        if bad:
            violations[insn.addr] = "%s reads %s destroyed by the trap" % (
                insn.text, ",".join(sorted(bad, key=reg_key)))
        if is_trap(k):
            new_dead = set(A64_ALL if arch == "aarch64" else RV_ALL)
            if arch == "riscv64":
                lmin, lmax, und = 1, 8, True
        else:
            new_dead = set(dead) - writes
            if arch == "aarch64" and a64_is_call(insn):
                pass  # the compiler already treats calls as clobbering; nothing to learn
        if arch == "aarch64" and insn.mnem in ("ret", "retaa", "retab") and name in sve_pcs:
            lost = dead & A64_SVE_PCS_SAVED
            if lost:
                violations[insn.addr] = (
                    "%s returns from an SVE-calling-convention function with callee-saved %s "
                    "destroyed by the trap" % (insn.text, ",".join(sorted(lost, key=reg_key))))
        out = (frozenset(new_dead), lmin, lmax, und)
        for sa in succ_addrs:
            j = index[sa]
            old = states.get(j)
            if old is None:
                merged = out
            else:
                merged = (old[0] | out[0], min(old[1], out[1]), max(old[2], out[2]), old[3] or out[3])
            if merged != old:
                states[j] = merged
                work.append(j)
    return traps, [violations[a] for a in sorted(violations)]


def reg_key(r):
    m = re.match(r"([a-z]+)(\d*)", r)
    return (m.group(1), int(m.group(2)) if m.group(2) else -1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--arch", required=True, choices=["aarch64", "riscv64"])
    ap.add_argument("--objdump", default="llvm-objdump-19")
    ap.add_argument("--readelf", default="llvm-readelf-19")
    ap.add_argument("--expect-violations", action="store_true",
                    help="negative control: succeed only if every function has a violation")
    ap.add_argument("--expect-by-name", action="store_true",
                    help="self-test: functions named *bad_* must have violations, *good_* none")
    ap.add_argument("--only", default=None, help="regex: check only the functions it matches")
    ap.add_argument("objects", nargs="+")
    a = ap.parse_args()
    total_funcs = total_viol = errors = clean = 0
    for path in a.objects:
        func_names, sve_pcs = function_symbols(a.readelf.split(), path)
        funcs = disassemble(a.objdump.split(), path, func_names)
        for name, insns in funcs.items():
            if a.only and not re.search(a.only, name):
                continue
            total_funcs += 1
            traps, viol = check_function(a.arch, name, insns, sve_pcs)
            if traps == 0:
                errors += 1
                print("FAIL %s:%s: no trap found (svc/ecall or trampoline call)" % (path, name))
                continue
            if a.expect_by_name:
                want = "bad_" in name
                if want != bool(viol):
                    errors += 1
                print("%s %s:%s: %s" % ("ok" if want == bool(viol) else "FAIL", path, name,
                                         "; ".join(viol) if viol else "no violation"))
                total_viol += len(viol)
                continue
            if viol:
                total_viol += len(viol)
                print("%s %s:%s:" % ("ok" if a.expect_violations else "FAIL", path, name))
                for v in viol:
                    print("       " + v)
            else:
                clean += 1
                print("%s %s:%s (%d trap%s)" % ("FAIL" if a.expect_violations else "ok", path,
                                                name, traps, "" if traps == 1 else "s"))
    print("%d functions, %d violations" % (total_funcs, total_viol))
    if total_funcs == 0:
        print("check_vector_liveness: no functions checked")
        return 1
    if errors:
        return 1
    if a.expect_by_name:
        return 0
    if a.expect_violations:
        return 0 if clean == 0 else 1
    return 0 if total_viol == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validation of bench/icount.py, the qemu-user instruction counter
(tests/suites/62-icount; speaks tests/lib/check.sh's protocol).

1. Every architecture of the table (one row per ABI): tests/icount/loops/
   <arch>.S runs a loop of known length 100 and 200 times between entries
   of its mark `run`; the counter (bench/icount.py's segments() and
   per_call(), as the bench uses them) must give exactly the loop's length
   per iteration, the length being counted independently by llvm-objdump-19
   between the labels loop_top and loop_end. The loops contain the system
   call instruction, so a trap counted twice or not at all shows.
2. This machine's target (arch_table.py host; x86_64 on the usual machine):
   the same program (out/bench/bin/<host>-glibc, make -C bench)
   counted by qemu (--mark-instructions) and by callgrind
   (--count-instructions): the N-vs-2N differences agree for every path up
   to one constant, the same for every benchmark and for two N (callgrind's
   ZERO/DUMP client requests, which bound its parts, cost it that constant;
   qemu's marks are ordinary calls and cancel exactly). The constant must
   be small (under 16 instructions): one instruction per call anywhere
   would show as N.

  validate.py [--work DIR] [--only loops|callgrind]
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import arch_table  # noqa: E402
import icount  # noqa: E402

PASSED = FAILED = SKIPPED = 0


def ok(name):
    global PASSED
    PASSED += 1
    print("ok " + name, flush=True)


def bad(name, detail):
    global FAILED
    FAILED += 1
    lines = str(detail).strip().splitlines() or ["(no detail)"]
    print("FAIL %s: %s" % (name, lines[0]))
    for line in lines[1:25]:
        print("    " + line)
    sys.stdout.flush()


def skip(name, why):
    global SKIPPED
    SKIPPED += 1
    print("skip %s: %s" % (name, why), flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def symbols(exe):
    out = {}
    for line in run(["llvm-nm-19", exe]).stdout.splitlines():
        f = line.split()
        if len(f) == 3:
            out[f[2]] = int(f[0], 16)
    return out


def objdump_length(exe, start, stop):
    dis = run(["llvm-objdump-19", "-d", "--no-show-raw-insn", "--start-address=%#x" % start,
               "--stop-address=%#x" % stop, exe]).stdout
    return sum(1 for l in dis.splitlines() if re.match(r"^\s*[0-9a-f]+:\s+\S", l))


def loops(work):
    # Every core row: rows that share an ABI differ in byte order, ARM
    # state against Thumb-2 or ELFv1's descriptors. A row without a loop
    # of its own takes its ABI's primary row's (mipsel: mips.S).
    primary = {t.abi: t.name for t in arch_table.abis(core_only=True)}
    for t in arch_table.targets():
        name = "%s: asm loop of known length counts exactly" % t.name
        src = os.path.join(ROOT, "tests", "icount", "loops", t.name + ".S")
        if not os.path.exists(src):
            src = os.path.join(ROOT, "tests", "icount", "loops", primary[t.abi] + ".S")
        if not os.path.exists(src):
            bad(name, "no %s" % os.path.relpath(src, ROOT))
            continue
        if not shutil.which(t.qemu or ""):
            skip(name, "%s not installed" % t.qemu)
            continue
        exe = os.path.join(work, "loop-" + t.name)
        # clang-19 where the row has it, else its gcc (m68k)
        cc = (["clang-19"] + t.clang_args + t.clang_link_args if "clang" in t.compilers
              else [t.gcc] + t.cflags)
        p = run(cc + ["-nostdlib", "-static", "-o", exe, src])
        if p.returncode:
            bad(name, "build: " + p.stderr)
            continue
        syms = symbols(exe)
        length = objdump_length(exe, syms["loop_top"], syms["loop_end"])
        log = os.path.join(work, "loop-%s.log" % t.name)
        p = run([t.qemu] + (["-cpu", t.qemu_cpu] if t.qemu_cpu else []) + icount.QEMU_FLAGS +
                ["-D", log, exe])
        if p.returncode:
            bad(name, "%s exited %d: %s" % (t.qemu, p.returncode, p.stderr))
            continue
        with open(log) as f:
            counts = icount.segments(f, syms["run"])
        os.remove(log)
        try:
            got = icount.per_call(counts, ["loop"], 100)["loop"]["per_call"]
        except icount.CountError as e:
            bad(name, e)
            continue
        if length >= 3 and got == length:
            ok("%s (%d instructions per iteration, objdump and qemu agree)" % (name, length))
        else:
            bad(name, "qemu count %r per iteration, objdump %d instructions from loop_top to "
                      "loop_end (segments %s)" % (got, length, counts))


def callgrind_parts(prog, calls, work):
    """{name: part(2N) - part(N)} of every benchmark under callgrind."""
    d = os.path.join(work, "cg%d" % calls)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    p = run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.path.join(d, "cg.out"),
             prog, "--once=%d" % calls, "--count-instructions"], timeout=900)
    if p.returncode:
        raise RuntimeError("callgrind exited %d: %s" % (p.returncode, p.stderr[-600:]))
    parts = {}
    for f in glob.glob(os.path.join(d, "cg.out.*")):
        text = open(f).read()
        m = re.search(r"^desc: Trigger: Client Request: (\S+) calls=(\d+)$", text, re.M)
        t = re.search(r"^totals: (\d+)", text, re.M)
        if m and t:
            parts.setdefault(m.group(1), {})[int(m.group(2))] = int(t.group(1))
    shutil.rmtree(d)
    return {n: v[2 * calls] - v[calls] for n, v in parts.items() if calls in v and 2 * calls in v}


def qemu_parts(prog, calls, work):
    t = arch_table.host_target()
    doc = icount.count_program(t.emulator_cmd(), prog, calls, os.path.join(work, t.name + ".log"))
    return {n: b["segment_2n"] - b["segment_n"] for n, b in doc["benchmarks"].items()}


def callgrind(work):
    host = arch_table.host_target()
    prog = os.path.join(ROOT, "out", "bench", "bin", host.name + "-glibc")
    name = "%s: qemu and callgrind counts of every path differ by one constant" % host.name
    if not os.path.exists(prog):
        bad(name, "%s missing (make -C bench)" % prog)
        return
    if not shutil.which("valgrind"):
        skip(name, "valgrind not installed (not packaged for every architecture)")
        return
    import run as bench_run  # bench/run.py: is this process itself emulated?
    emulated = bench_run.emulation()
    if emulated["emulated"]:
        skip(name, "under an emulator (%s): callgrind would count inside qemu"
             % "; ".join(emulated["evidence"]))
        return
    constants = {}
    for calls in (64, 128):
        try:
            cg, qm = callgrind_parts(prog, calls, work), qemu_parts(prog, calls, work)
        except (RuntimeError, icount.CountError) as e:
            bad(name, e)
            return
        missing = sorted(set(cg) ^ set(qm))
        if missing or not cg:
            bad(name, "benchmarks counted by one only: %s" % (missing or "none counted"))
            return
        diffs = {n: qm[n] - cg[n] for n in cg}
        constants[calls] = sorted(set(diffs.values()))
        if len(constants[calls]) != 1:
            bad(name, "N=%d: differences vary by path: %s" % (calls, ", ".join(
                "%s %+d" % (n, d) for n, d in sorted(diffs.items()))))
            return
    (c64,), (c128,) = constants[64], constants[128]
    if c64 == c128 and abs(c64) < 16:
        ok("%s (%d benchmarks; qemu − callgrind = %d instructions per N-vs-2N difference at "
           "N = 64 and 128)" % (name, len(cg), c64))
    else:
        bad(name, "constant %d at N=64, %d at N=128" % (c64, c128))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default=os.path.join(ROOT, "out", "icount-validate"))
    ap.add_argument("--only", choices=["loops", "callgrind"])
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    if a.only in (None, "loops"):
        loops(a.work)
    if a.only in (None, "callgrind"):
        callgrind(a.work)
    print("%d passed, %d failed%s" % (PASSED, FAILED,
                                      ", %d skipped" % SKIPPED if SKIPPED else ""))
    return 0 if FAILED == 0 and PASSED > 0 else 1


if __name__ == "__main__":
    sys.exit(main())

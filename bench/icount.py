#!/usr/bin/env python3
"""Exact user-space instructions per call under qemu-user, every architecture.

`qemu-<arch> -singlestep -d exec,nochain -D LOG PROG` logs one line
"Trace <cpu>: <host> [<cs_base>/<pc>/<flags>/<cflags>] <symbol>" per executed
guest instruction (-singlestep: one instruction per translation block;
nochain: every block goes through the logging loop). PROG runs with
`--once=N --mark-instructions` (bench/harness/icount.h): it prints the
address of its mark function, then per benchmark calls the mark before and
after N calls and after 2N calls. The trace lines from the 1st to the 2nd
mark and from the 2nd to the 3rd differ by exactly N calls, so
(second - first) / N is the instructions per call with start-up, warm-up
and the marks cancelled, as in the callgrind mode.

Under qemu-user there is no vDSO (and on x86 no AT_SYSINFO): paths that
would use it count their fallback, and the programs name them so
(vdso_fallback_syscall); the report says it for the libc wrappers too.

  bench/icount.py --out FILE [--calls N] [--programs a,b] [--filter REGEX]
                  [--bin-dir DIR] [--log-dir DIR]

Logs go to --log-dir (default out/bench/icount-logs, never the repository)
and are deleted once counted.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
import arch_table  # noqa: E402

TRACE = re.compile(r"^Trace \d+: \S+ \[[0-9a-f]+/([0-9a-f]+)/")
QEMU_FLAGS = ["-singlestep", "-d", "exec,nochain"]
DEFAULT_CALLS = 128  # a multiple of 8: BENCH_LOOP's remainder loop never runs


class CountError(Exception):
    pass


def segments(lines, mark_pc):
    """Trace lines from each execution of the instruction at mark_pc up to
    the next one: [n0, n1, ...] (one fewer than the marks). Lines that are
    not Trace lines are not instructions and are not counted."""
    counts, current = [], None
    for line in lines:
        m = TRACE.match(line)
        if not m:
            continue
        if int(m.group(1), 16) == mark_pc:
            if current is not None:
                counts.append(current)
            current = 0
        if current is not None:
            current += 1
    return counts


def per_call(counts, names, calls):
    """Instructions per call of each benchmark from its three marks (two
    segments: N calls, then 2N calls). counts holds every segment between
    consecutive marks, including the one from a benchmark's last mark to the
    next benchmark's first, which is skipped."""
    if len(counts) != 3 * len(names) - 1:
        raise CountError("%d segments between marks for %d benchmarks (expected %d)"
                         % (len(counts), len(names), 3 * len(names) - 1))
    out = {}
    for k, name in enumerate(names):
        once, twice = counts[3 * k], counts[3 * k + 1]
        out[name] = {"per_call": (twice - once) / calls, "segment_n": once,
                     "segment_2n": twice}
    return out


def parse_stdout(text):
    """(mark_pc, [(name, ok)]) from a --mark-instructions run's stdout."""
    mark, results = None, []
    for line in text.splitlines():
        f = line.split()
        if len(f) == 2 and f[0] == "icount-mark":
            mark = int(f[1], 16)
        elif len(f) >= 2 and f[0] in ("ok", "FAIL"):
            results.append((f[1], f[0] == "ok"))
    if mark is None:
        raise CountError("the program printed no icount-mark line")
    return mark, results


def count_program(runner, binary, calls, log_path, regex=None, timeout=1800):
    """Run one program under qemu with the trace on; per-call counts of
    every benchmark it ran. The libc-free program (<arch>-freestanding) has
    no regex engine: it counts all of its few benchmarks and the filter is
    applied here."""
    freestanding = os.path.basename(binary).endswith("-freestanding")
    cmd = runner + QEMU_FLAGS + ["-D", log_path, binary, "--once=%d" % calls,
                                 "--mark-instructions"] + \
        (["--filter=" + regex] if regex and not freestanding else [])
    t0 = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    try:
        if p.returncode != 0:
            raise CountError("%s exited %d: %s" % (" ".join(cmd), p.returncode,
                                                   (p.stderr or p.stdout).strip()[-400:]))
        mark, results = parse_stdout(p.stdout)
        with open(log_path, errors="replace") as log:
            counts = segments(log, mark)
    finally:
        if os.path.exists(log_path):
            os.remove(log_path)
    names = [n for n, _ in results]
    counted = per_call(counts, names, calls)
    for name, ok in results:
        counted[name]["correct"] = ok
    if regex and freestanding:
        counted = {n: v for n, v in counted.items() if re.search(regex, n)}
    return {"command": " ".join(cmd[:len(runner) + len(QEMU_FLAGS)] + ["-D", "LOG",
                                                                     os.path.basename(binary)]
                                + cmd[len(runner) + len(QEMU_FLAGS) + 3:]),
            "seconds": round(time.monotonic() - t0, 1), "benchmarks": counted}


def program_list(bin_dir):
    """(program, table row) of every built program, in the table's order:
    <arch>-glibc and <arch>-musl where built, <arch>-freestanding where the
    architecture has no libc here. Every core row, not one per ABI: ppc64
    (ELFv1) and ppc64le, mips and mipsel, arm and armel execute different
    call sites."""
    out = []
    for t in arch_table.targets():
        for suffix in ("glibc", "musl", "freestanding"):
            prog = "%s-%s" % (t.name, suffix)
            if os.path.exists(os.path.join(bin_dir, prog)):
                out.append((prog, t))
    return out


def run_all(bin_dir, calls, log_dir, programs=None, regex=None, progress=print):
    os.makedirs(log_dir, exist_ok=True)
    doc = {"instrument": "qemu-user -singlestep -d exec,nochain (one Trace line per guest "
                         "instruction; N vs 2N calls between marks)",
           "calls": calls, "qemu_version": None, "programs": {}}
    for prog, t in program_list(bin_dir):
        if programs and prog not in programs:
            continue
        runner = [t.qemu] + (["-cpu", t.qemu_cpu] if t.qemu_cpu else [])
        if doc["qemu_version"] is None:
            v = subprocess.run([t.qemu, "--version"], capture_output=True, text=True)
            doc["qemu_version"] = v.stdout.splitlines()[0] if v.returncode == 0 else None
        progress("    icount %s (%s)" % (prog, t.qemu))
        entry = {"arch": t.name, "libc": prog.split("-", 1)[1], "qemu": t.qemu}
        try:
            entry.update(count_program(runner, os.path.join(bin_dir, prog), calls,
                                       os.path.join(log_dir, prog + ".log"), regex))
            entry["status"] = "ok" if all(b["correct"] for b in entry["benchmarks"].values()) \
                else "wrong result"
        except (CountError, subprocess.TimeoutExpired, OSError) as e:
            entry.update({"status": "error", "error": str(e)[-800:], "benchmarks": {}})
        doc["programs"][prog] = entry
    return doc


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSON file to write")
    ap.add_argument("--calls", type=int, default=DEFAULT_CALLS,
                    help="N (a multiple of 8); 2N is run too")
    ap.add_argument("--programs", help="comma-separated program names (default: all built)")
    ap.add_argument("--filter", help="extended regex on <operation>/<path>")
    ap.add_argument("--bin-dir", default=os.path.join(ROOT, "out", "bench", "bin"))
    ap.add_argument("--log-dir", default=os.path.join(ROOT, "out", "bench", "icount-logs"))
    a = ap.parse_args()
    if a.calls <= 0 or a.calls % 8:
        sys.exit("bench/icount.py: --calls must be a positive multiple of 8 (got %d)" % a.calls)
    doc = run_all(a.bin_dir, a.calls, a.log_dir,
                  a.programs.split(",") if a.programs else None, a.filter)
    if not doc["programs"]:
        sys.exit("bench/icount.py: no program found in %s (make -C bench)" % a.bin_dir)
    with open(a.out, "w") as f:
        json.dump(doc, f, indent=1)
    bad = [p for p, v in doc["programs"].items() if v["status"] != "ok"]
    for p, v in doc["programs"].items():
        print("    %s: %s, %d benchmarks, %ss" % (p, v["status"], len(v["benchmarks"]),
                                                  v.get("seconds", "-")))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""The report's section of instructions per call under qemu-user, every
architecture, with nolibc beside the library and `perf bench syscall basic`
beside the getppid timings. Rendered only when the run has raw/icount.json."""
from . import icount, verdicts
from .load import INSTR_TIME, INSTR_WALL


def write(r):
    """r: the render.Report (its run, w() and table())."""
    run = r.run
    doc = run.icount
    recs = [x for x in run.records if x.instrument == icount.INSTR_QEMU]
    if not doc:
        return
    r.w("## Instructions per call, every architecture (qemu-user, exact)")
    r.w()
    r.w("`%s` logs one `Trace` line per executed guest instruction; each program runs "
        "`--once=%d --mark-instructions` (`raw/icount.json`, %s): per benchmark, trace marks "
        "around %d and %d calls, and (second segment − first) / %d is the user-space "
        "instructions per call (start-up and marks cancel). Validated by tests/suites/62-icount "
        "(hand-written asm loops of known length, every architecture; x86_64 against callgrind)."
        % ("qemu-<arch> -singlestep -d exec,nochain", doc.get("calls", 0),
           doc.get("qemu_version") or "qemu version not recorded", doc.get("calls", 0),
           2 * doc.get("calls", 0), doc.get("calls", 0)))
    r.w()
    r.w("Paths: `inline`, `trampoline` (and `inline_int80` on x86) are this library; "
        "`nolibc` is Linux's nolibc `my_syscallN` (linux-source-6.1, same loop, same "
        "compiler) where nolibc 6.1 has the architecture and the arity; `libc_syscall` and "
        "`libc_wrapper` are the program's libc (glibc, or musl for the `musl` row); "
        "`raw_floor` is hand-written asm. Under qemu-user there is **no vDSO**: "
        "`vdso_fallback_syscall` is the library's vDSO call counting its system-call fallback, "
        "and the `libc_wrapper` of clock_gettime, gettimeofday and getcpu is the libc's own "
        "fallback — neither is a vDSO figure. %s. The `freestanding` row (loongarch64: no "
        "libc here) is the library paths built libc-free on the library's own start-up (core/src/start)." %
        icount.X86_NOTE)
    r.w()
    failed = icount.failed_programs(doc)
    for prog, why in failed:
        r.w("- `%s`: not counted (%s)" % (prog, " ".join(str(why).split())[:300]))
    if failed:
        r.w()
    for op, (header, rows) in icount.tables(recs, verdicts.ARCH_ORDER,
                                            verdicts.PATH_ORDER + ["nolibc"]).items():
        r.w("**%s** (instructions per call)" % op)
        r.w()
        r.table(header, rows)
        if op == "getppid":
            perf_line(r)
    if not any(x.operation == "getppid" for x in recs):
        perf_line(r)


def perf_line(r):
    """`perf bench syscall basic` (getppid, native) beside our timed getppid
    paths of the first timing set."""
    run = r.run
    ns = icount.perf_bench_ns(run.perf_bench)
    if run.perf_bench is None:
        return
    sets = verdicts.timing_sets(run)
    if not sets:
        r.w("`perf bench syscall basic`: %s; no timing of our getppid paths in this run." % (
            "%.1f ns per getppid" % ns if ns else "no figure (%s)" % run.perf_bench.get("output",
                                                                                   "")[-120:]))
        r.w()
        return
    arch, libc = sets[0]
    paths = [x for x in verdicts.ordered(
        [x.path for x in run.select(instrument=INSTR_TIME, arch=arch, libc=libc,
                                    operation="getppid")], verdicts.PATH_ORDER + ["nolibc"])]

    def cells(instrument):
        out = []
        for p in paths:
            rec = run.one(instrument=instrument, arch=arch, libc=libc, operation="getppid", path=p)
            out.append("%.1f" % rec.value if rec else "–")
        return out
    r.w("getppid per call in ns on this machine (native): `perf bench syscall basic` (the "
        "kernel tools' own loop of getppid(), `raw/perf-bench.json`) beside this run's %s %s "
        "timings (medians). perf bench divides wall-clock time, so it compares with the wall "
        "row: on a loaded machine both include time the process was not running." % (arch, libc))
    r.w()
    r.table(["getppid, ns per call", "perf bench syscall basic"] + paths,
            [["wall-clock time", "%.1f" % ns if ns else "no figure"] + cells(INSTR_WALL),
             ["CPU time", "–"] + cells(INSTR_TIME)])

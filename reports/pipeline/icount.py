"""Instructions per call under qemu-user (raw/icount.json) and the
`perf bench syscall basic` cross-check (raw/perf-bench.json): records, the
per-operation tables and the instruction-count verdict for architectures
without a native timing. Pure functions over dicts and records, no I/O.
"""
from .load import Record, ordered

INSTR_QEMU = "qemu_instructions"

# Under qemu-user there is no vDSO (and on x86 no AT_SYSINFO): these paths
# count their fallback, and the table says so rather than show a "vDSO".
FALLBACK_NOTES = {
    "vdso_fallback_syscall": "the library's vDSO call, no vDSO under qemu: its system-call "
                             "fallback",
}
VDSO_LIBC_NOTE = ("libc_wrapper of %s under qemu: the libc's own fallback to the system call "
                  "(no vDSO)")
X86_NOTE = ("x86 (i386) under qemu-i386 has no AT_SYSINFO: the default paths (inline, "
            "trampoline, libc) enter through their int $0x80 fallback")


def records(doc):
    """Records (instrument INSTR_QEMU) of every counted benchmark of every
    program that ran to the end with right results."""
    out = []
    if not doc:
        return out
    for prog, v in doc.get("programs", {}).items():
        if v.get("status") != "ok":
            continue
        for name, b in v.get("benchmarks", {}).items():
            op, path = name.split("/", 1)
            out.append(Record(v["arch"], v["libc"], op, path, INSTR_QEMU, b["per_call"], 0.0, 1,
                              (), "instructions", "raw/icount.json",
                              {"program": prog, "segment_n": b.get("segment_n"),
                               "segment_2n": b.get("segment_2n")}))
    return out


def failed_programs(doc):
    """[(program, why)] of programs the count did not finish for."""
    if not doc:
        return []
    return [(p, v.get("error") or v.get("status")) for p, v in doc.get("programs", {}).items()
            if v.get("status") != "ok"]


def tables(recs, arch_order, path_order):
    """One table per operation: {operation: (header, rows)}; a row per
    program (arch, libc), a column per path, "–" where the program has no
    such path. Operations in first-seen order."""
    out = {}
    for op in ordered([r.operation for r in recs], []):
        mine = [r for r in recs if r.operation == op]
        paths = ordered([r.path for r in mine], path_order)
        programs = ordered([(r.arch, r.libc) for r in mine],
                           [(a, l) for a in arch_order for l in ("glibc", "musl", "freestanding")])
        rows = []
        for arch, libc in programs:
            by_path = {r.path: r.value for r in mine if r.arch == arch and r.libc == libc}
            rows.append([arch, libc] + ["%.2f" % by_path[p] if p in by_path else "–"
                                        for p in paths])
        out[op] = (["arch", "program libc"] + paths, rows)
    return out


def verdict(recs, arch, trap_ops):
    """Inline or trampoline from instructions per call alone, for an
    architecture without a native timing: (choice, why) or None without
    counts of both paths. Uses the trap-only operations; the program with a
    libc first (its paths are the same build as the timed ones elsewhere),
    the libc-free one otherwise."""
    mine = [r for r in recs if r.arch == arch and r.instrument == INSTR_QEMU]
    for libc in ("glibc", "musl", "freestanding"):
        pairs = []
        for op in trap_ops:
            i = next((r for r in mine if r.libc == libc and r.operation == op and
                      r.path == "inline"), None)
            t = next((r for r in mine if r.libc == libc and r.operation == op and
                      r.path == "trampoline"), None)
            if i and t:
                pairs.append((op, i.value, t.value))
        if not pairs:
            continue
        detail = "; ".join("%s %.2f vs %.2f" % p for p in pairs)
        fewer_inline = sum(1 for _, i, t in pairs if i < t)
        fewer_tramp = sum(1 for _, i, t in pairs if t < i)
        if fewer_inline > fewer_tramp:
            choice = "inline"
        elif fewer_tramp > fewer_inline:
            choice = "trampoline"
        else:
            choice = None
        why = ("instructions per call, inline vs trampoline (qemu-user, exact, %s program): %s"
               % (libc, detail))
        return choice, why
    return None


def counted_under(doc, arch):
    """The qemu that counted a program of `arch`, or None."""
    for v in (doc or {}).get("programs", {}).values():
        if v.get("arch") == arch and v.get("status") == "ok":
            return v.get("qemu")
    return None


def perf_bench_ns(doc):
    """`perf bench syscall basic`'s ns per getppid, or None."""
    if not doc:
        return None
    return doc.get("ns_per_call")

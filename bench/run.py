#!/usr/bin/env python3
"""Run every benchmark instrument and store its raw output in one folder.

  bench/run.py --out DIR [--quick | --smoke] [--filter REGEX] [--bin-dir out/bench/bin]

--filter REGEX (extended, searched in "<operation>/<path>") limits the
timings, callgrind, perf and hyperfine to the matching benchmarks.
Timings run the paths of all operations in interleaved rounds
(--benchmark_enable_random_interleaving, both back ends), so drift of the
machine falls on every path alike.

Instruments (each writes raw/<file> in DIR; run.json lists what ran):
  context      machine, kernel, mitigations, virtualisation, tool versions,
               library commit                          -> context.json
  gbench       Google Benchmark, this machine's target (<host>: x86_64 on
               the usual machine; arch_table.py host), all paths
                                                       -> gbench-<host>.json
               the C harness (static glibc) where there is no Google
               Benchmark                               -> cbench-<host>-glibc.json
  cbench-musl  C harness, static musl, <host>          -> cbench-<host>-musl.json
  x86          probe: can this machine run i386 natively?
                                                       -> probe-x86-native.json
               If so the C harness times it            -> cbench-x86.json
  correctness  every program, every path, once: natively or under
               qemu-user (correctness only, never a timing) -> correctness.json
  callgrind    exact user-space instructions per call, each program
               (i386 too where it runs natively)       -> callgrind.json
  perf         perf stat instructions,cycles where the counters work
                                                       -> perf.json
  hyperfine    whole static programs making N calls, and each program's
               start-up alone                          -> hyperfine.json,
                                                          hyperfine-commands.json
  icount       exact user-space instructions per call under qemu-user,
               every program of every architecture (bench/icount.py)
                                                       -> icount.json
  perf-bench   `perf bench syscall basic` (getppid), the kernel tools'
               own per-call figure, a cross-check      -> perf-bench.json
  codesize     call-site and trampoline size, 7 arches -> codesize.json
  latency      single calls between two counter reads (<host> glibc, and
               x86 where i386 runs natively): latency distribution
                                                       -> latency-<program>.json
  seccomp      the C harness under each seccomp condition (no filter, a
               one-instruction allow-all, a container-profile-sized list,
               the same with an argument check), each condition its own
               process, conditions in a shuffled order per round
                                                       -> seccomp-<program>.json
The binaries come from `make -C bench` (scripts/bench builds them first).
"""
import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

SETTINGS = {
    # repetitions, seconds per repetition, callgrind calls, hyperfine runs,
    # calls per hyperfine program
    # calls per hyperfine program, single-call latency samples per path,
    # N of the qemu instruction counts (a multiple of 8; counts are exact, a
    # few hundred calls suffice), getppid calls of `perf bench syscall basic`
    "full": {"reps": 10, "min_time": 0.1, "cg_calls": 4096, "hf_runs": 10, "hf_calls": 100000,
             "latency_samples": 100000, "icount_calls": 128, "perf_bench_loops": 1000000},
    "quick": {"reps": 6, "min_time": 0.01, "cg_calls": 256, "hf_runs": 3, "hf_calls": 10000,
              "latency_samples": 20000, "icount_calls": 64, "perf_bench_loops": 100000},
    # tests/suites/60-bench-smoke: proves every instrument still runs
    "smoke": {"reps": 2, "min_time": 0.001, "cg_calls": 16, "hf_runs": 2, "hf_calls": 100,
              "latency_samples": 200, "icount_calls": 16, "perf_bench_loops": 10000},
}

sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
import arch_table  # noqa: E402  (core/architectures.tsv)

# This machine's target (the table's row whose debian_arch is dpkg's): its
# programs are built natively and timed; every other target is emulated.
HOST = arch_table.host_target()
if HOST is None:
    sys.exit("bench/run.py: this machine (%s) is no core target of core/architectures.tsv"
             % os.uname().machine)
# An x86_64 kernel may also run i386 programs natively (a probe decides);
# no other host has such a sibling here.
COMPANION = "x86" if HOST.name == "x86_64" else None
HOST_GLIBC, HOST_MUSL, HOST_GBENCH = (HOST.name + s for s in ("-glibc", "-musl", "-gbench"))
# The targets bench/Makefile builds a static glibc program "<name>-glibc"
# for (every core row with a gcc and a glibc), the same selection.
BENCH_TARGETS = [t for t in arch_table.targets()
                 if t.libc == "glibc" and "gcc" in t.compilers]
# Cross programs and how this machine runs them (qemu-user gives no vDSO
# and emulated time: correctness only); the host and its companion are run below.
CROSS = {t.name + "-glibc": (t.name, t.emulator_cmd()) for t in BENCH_TARGETS
         if t.name not in (HOST.name, COMPANION)}

# Whole-program comparisons for hyperfine: (operation, path) run by every
# timed program that has it; each program also runs once with no calls
# (its start-up alone), which its per-call figure subtracts.
HYPERFINE_BENCHMARKS = [("getppid", "raw_floor"), ("getppid", "inline"),
                        ("getppid", "trampoline"), ("getppid", "libc_syscall"),
                        ("getppid", "libc_wrapper"), ("clock_gettime", "inline"),
                        ("clock_gettime", "libc_wrapper"), ("clock_gettime", "vdso")]
HYPERFINE_PROGRAMS = [HOST_GLIBC, HOST_MUSL] + ([COMPANION + "-glibc"] if COMPANION else [])

# Seccomp: the conditions (bench/harness/seccomp.c), the program (the
# library's inline path and glibc's syscall() side by side) and the
# benchmarks: two trap paths and two vDSO paths (which never enter the
# kernel, so no filter can touch them).
SECCOMP_CONDITIONS = ["none", "allow1", "profile", "profile_args"]
SECCOMP_PROGRAM = HOST_GLIBC
SECCOMP_BENCHMARKS = [("getppid", "inline"), ("getppid", "libc_syscall"),
                      ("clock_gettime", "vdso"), ("clock_gettime", "libc_wrapper")]


def list_benchmarks(cmd):
    """The program's --list: [(operation, path, arch, libc)]."""
    rc, out, _ = sh(cmd + ["--list"])
    return [tuple(l.split("\t")) for l in out.splitlines() if l.count("\t") == 3] if rc == 0 else []


def selected(benchmarks, regex):
    return [b for b in benchmarks if not regex or re.search(regex, "%s/%s" % (b[0], b[1]))]


class Runner:
    def __init__(self, out_dir, steps):
        self.out = out_dir
        self.raw = os.path.join(out_dir, "raw")
        os.makedirs(self.raw, exist_ok=True)
        self.steps = steps
        self.done = 0
        self.t0 = time.monotonic()
        self.manifest = []

    def progress(self, what):
        left = len(self.steps) - self.done
        print("[bench %d/%d, %ds elapsed, %d step(s) left] %s"
              % (self.done + 1, len(self.steps), time.monotonic() - self.t0, left, what),
              flush=True)

    def note(self, step, status, seconds, detail=""):
        self.manifest.append({"step": step, "status": status, "seconds": round(seconds, 1),
                              "detail": detail})
        self.done += 1

    def write_json(self, name, doc):
        with open(os.path.join(self.raw, name), "w") as f:
            json.dump(doc, f, indent=1)


def sh(cmd, timeout=None, **kw):
    """Run cmd, return (rc, stdout, stderr); a missing program is rc 127."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)
        return p.returncode, p.stdout, p.stderr
    except FileNotFoundError as e:
        return 127, "", str(e)
    except OSError as e:  # e.g. Exec format error
        return 126, "", str(e)
    except subprocess.TimeoutExpired:
        return 124, "", "timed out after %ss" % timeout


def first_line(cmd):
    rc, out, err = sh(cmd)
    text = (out or err).strip().splitlines()
    return text[0] if text and rc in (0, 1) else None


# --- context ---------------------------------------------------------------

def context(mode, settings, emulated):
    ctx = {"date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "host": platform.node(), "mode": mode, "settings": settings}
    cpuinfo = open("/proc/cpuinfo").read()
    m = re.search(r"^model name\s*:\s*(.*)$", cpuinfo, re.M)
    ctx["cpu_model"] = m.group(1).strip() if m else platform.processor()
    ctx["cpus_online"] = os.cpu_count()
    flags = re.search(r"^flags\s*:\s*(.*)$", cpuinfo, re.M)
    ctx["cpuinfo_hypervisor_flag"] = bool(flags and "hypervisor" in flags.group(1).split())
    ctx["kernel"] = " ".join(platform.uname()[2:4])
    ctx["machine"] = platform.machine()
    vuln_dir = "/sys/devices/system/cpu/vulnerabilities"
    ctx["mitigations"] = {}
    if os.path.isdir(vuln_dir):
        for name in sorted(os.listdir(vuln_dir)):
            try:
                ctx["mitigations"][name] = open(os.path.join(vuln_dir, name)).read().strip()
            except OSError as e:
                ctx["mitigations"][name] = "unreadable: %s" % e
    rc, out, _ = sh(["systemd-detect-virt"])
    ctx["systemd_detect_virt"] = out.strip() if rc != 127 else "systemd-detect-virt not installed"
    rc, out, err = sh(["dmesg"])
    hv = [l.strip() for l in out.splitlines() if "hypervisor" in l.lower()]
    ctx["dmesg_hypervisor"] = hv[0] if hv else ("dmesg unreadable: " + err.strip() if rc else "none")
    ctx["loadavg_start"] = open("/proc/loadavg").read().split()[:3]
    tools = {
        "gcc": ["gcc", "--version"], "g++": ["g++", "--version"],
        "clang-19": ["clang-19", "--version"],
        "glibc": ["ldd", "--version"], "valgrind": ["valgrind", "--version"],
        "hyperfine": ["hyperfine", "--version"], "gnuplot": ["gnuplot", "--version"],
        "perf": ["perf", "--version"],
        "qemu-user": [next(t.qemu for t in BENCH_TARGETS if t.name != HOST.name),
                      "--version"],
        "llvm-objdump-19": ["llvm-objdump-19", "--version"],
    }
    tools.update({t.gcc: [t.gcc, "--version"] for t in BENCH_TARGETS if t.name != HOST.name})
    ctx["tools"] = {k: first_line(v) for k, v in tools.items()}
    for pkg in ("musl", "libbenchmark-dev"):
        rc, out, _ = sh(["dpkg-query", "-W", "-f=${Version}", pkg])
        ctx["tools"][pkg] = out.strip() if rc == 0 else None
    rc, out, _ = sh(["git", "-C", ROOT, "rev-parse", "HEAD"])
    ctx["library_commit"] = out.strip() if rc == 0 else "unknown (not a git checkout)"
    rc, out, _ = sh(["git", "-C", ROOT, "status", "--porcelain", "--", "core", "bench"])
    ctx["library_tree_dirty"] = bool(out.strip()) if rc == 0 else None
    ctx["host_target"] = HOST.name
    ctx["left_out_targets"] = arch_table.left_out()
    ctx["emulation"] = emulated
    return ctx


def cpuinfo_family(cpuinfo):
    """The CPU family /proc/cpuinfo describes, by its family's own fields."""
    def has(regex):
        return re.search(regex, cpuinfo, re.M | re.I) is not None
    if has(r"^vendor_id\s*:\s*IBM/S390"):
        return "s390"
    if has(r"^vendor_id\s*:") and has(r"^flags\s*:"):
        return "x86"
    if has(r"^CPU implementer\s*:"):
        return "arm"
    if has(r"^isa\s*:\s*rv"):
        return "riscv"
    if has(r"Loongson|LoongArch"):
        return "loongarch"
    return None


MACHINE_FAMILY = {"x86_64": "x86", "i686": "x86", "i386": "x86", "aarch64": "arm",
                  "armv7l": "arm", "armv6l": "arm", "armv5tel": "arm", "riscv64": "riscv",
                  "s390x": "s390", "loongarch64": "loongarch"}


def emulation():
    """Does this process run under an emulator (qemu-user through binfmt_misc,
    e.g. a foreign Debian root)? Its timings then measure the emulator, not
    the machine: they are kept, marked, and never feed a verdict. Two pieces
    of evidence, either suffices:
    - the executable the kernel runs for a child process: qemu-user fakes
      /proc/self/exe for its own process only, not another's /proc/PID/exe,
      which names the emulator;
    - /proc/cpuinfo describing another family than uname's machine (qemu
      7.2 passes the host's through for arm and aarch64 guests)."""
    evidence = []
    try:
        child = subprocess.Popen(["sleep", "10"])
        try:
            exe = os.readlink("/proc/%d/exe" % child.pid)
        finally:
            child.kill()
            child.wait()
        if os.path.basename(exe).startswith("qemu-"):
            evidence.append("a child process's /proc/PID/exe is %s" % exe)
    except OSError as e:
        evidence.append("(child /proc/PID/exe unreadable: %s)" % e)
    try:
        cpuinfo = open("/proc/cpuinfo").read()
    except OSError:
        cpuinfo = ""
    family = cpuinfo_family(cpuinfo)
    machine = platform.machine()
    if family and MACHINE_FAMILY.get(machine) and family != MACHINE_FAMILY[machine]:
        evidence.append("/proc/cpuinfo describes a %s CPU, uname says %s" % (family, machine))
    emulated = any(not e.startswith("(") for e in evidence)
    return {"emulated": emulated, "machine": machine, "evidence": evidence,
            "question": "does this run execute under an emulator (qemu-user)?"}


# --- instruments ---------------------------------------------------------------

def run_streaming(cmd, on_line):
    """Run cmd, pass each stdout line to on_line; return (rc, stderr)."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in p.stdout:
        on_line(line.rstrip("\n"))
    err = p.stderr.read()
    return p.wait(), err


def timing_run(bin_path, out_json, settings, label, regex=None):
    """Time every benchmark of one program (either back end), all paths in
    interleaved rounds; progress per repetition. Returns (rc, stderr)."""
    total = len(selected(list_benchmarks([bin_path]), regex)) * settings["reps"]
    seen = [0]
    t0 = time.monotonic()

    def on_line(line):
        name = line.split()[0] if line.split() else ""
        if "/" in name and not re.search(r"_(mean|median|stddev|cv)$", name):
            seen[0] += 1
            el = time.monotonic() - t0
            if seen[0] % max(1, total // 10) == 0 or seen[0] == total:
                eta = el / seen[0] * max(total - seen[0], 0)
                print("    %s %d/%d repetitions (%.0fs, ~%.0fs left)" % (label, seen[0], total,
                                                                         el, eta), flush=True)

    cmd = [bin_path, "--benchmark_repetitions=%d" % settings["reps"],
           "--benchmark_min_time=%g" % settings["min_time"],
           "--benchmark_enable_random_interleaving=true",
           "--benchmark_out=" + out_json, "--benchmark_out_format=json"]
    if regex:
        cmd.append("--benchmark_filter=" + regex)
    return run_streaming(cmd, on_line)


def correctness(bin_dir):
    """Every program, every path, 100 calls; natively where possible."""
    results = {}
    programs = [(HOST_GBENCH, HOST.name, []), (HOST_GLIBC, HOST.name, []),
                (HOST_MUSL, HOST.name, [])]
    x86_native = None
    if COMPANION:
        x86_native = probe_native(os.path.join(bin_dir, COMPANION + "-glibc"))
        programs.append((COMPANION + "-glibc", COMPANION, [] if x86_native["native"]
                         else arch_table.target(COMPANION).emulator_cmd()))
    programs += [(p, arch, q) for p, (arch, q) in CROSS.items()]
    for prog, arch, wrapper in programs:
        path = os.path.join(bin_dir, prog)
        if not os.path.exists(path):
            results[prog] = {"arch": arch, "status": "not built"}
            continue
        rc, out, err = sh(wrapper + [path, "--once=100"], timeout=300)
        paths = {}
        for line in out.splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[0] in ("ok", "FAIL"):
                paths[parts[1]] = parts[0]
        results[prog] = {"arch": arch, "runner": wrapper[0] if wrapper else "native", "rc": rc,
                         "paths": paths, "stderr": err.strip()[-2000:]}
    return {"x86_native_probe": x86_native, "programs": results}


def probe_native(path):
    """Can this machine execute the program natively? (i386 on some x86_64
    machines cannot: the probe records what the attempt said.)"""
    rc, out, err = sh([path, "--once=1", "--filter=^getppid/inline$"])
    return {"probe": "x86-native", "question": "does the x86 (i386) program run natively?",
            "program": os.path.basename(path), "native": rc == 0, "rc": rc,
            "message": (err or out).strip()[-300:]}


def callgrind(bin_dir, raw_dir, calls, x86_native, regex=None):
    """Instructions per call from the two profile parts of each benchmark,
    for every program valgrind can run (its i386 tool is itself an i386
    program, so x86 only where i386 runs natively)."""
    cg_dir = os.path.join(raw_dir, "callgrind")
    os.makedirs(cg_dir, exist_ok=True)
    doc = {"instrument": "valgrind --tool=callgrind (Ir: user-space instructions, exact)",
           "calls": calls, "programs": {}}
    progs = [HOST_GLIBC, HOST_MUSL] + ([COMPANION + "-glibc"] if x86_native else [])
    for prog in progs:
        path = os.path.join(bin_dir, prog)
        if not os.path.exists(path):
            continue
        listed = list_benchmarks([path])
        for f in os.listdir(cg_dir):
            if f.startswith(prog + "."):
                os.remove(os.path.join(cg_dir, f))
        prefix = os.path.join(cg_dir, prog + ".out")
        rc, out, err = sh(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + prefix,
                           path, "--once=%d" % calls, "--count-instructions"] +
                          (["--filter=" + regex] if regex else []), timeout=900)
        parts = {}
        for f in sorted(os.listdir(cg_dir)):
            if not f.startswith(prog + ".out."):
                continue
            text = open(os.path.join(cg_dir, f)).read()
            m = re.search(r"^desc: Trigger: Client Request: (\S+) calls=(\d+)$", text, re.M)
            t = re.search(r"^totals: (\d+)", text, re.M)
            if m and t:
                parts.setdefault(m.group(1), {})[int(m.group(2))] = int(t.group(1))
        per_call = {}
        for name, by_calls in parts.items():
            if calls in by_calls and 2 * calls in by_calls:
                per_call[name] = (by_calls[2 * calls] - by_calls[calls]) / calls
        doc["programs"][prog] = {"arch": listed[0][2] if listed else None,
                                 "libc": listed[0][3] if listed else None,
                                 "rc": rc, "instructions_per_call": per_call, "parts": parts,
                                 "stderr_tail": err.strip()[-600:]}
    # The profile parts, kept as one archive (raw/callgrind-profiles.tar.gz).
    with tarfile.open(os.path.join(raw_dir, "callgrind-profiles.tar.gz"), "w:gz") as tar:
        tar.add(cg_dir, arcname="callgrind")
    shutil.rmtree(cg_dir)
    # Can valgrind run the i386 program at all? (recorded either way)
    if not COMPANION:
        return doc
    rc, out, err = sh(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                       os.path.join(bin_dir, "x86-glibc"), "--once=8",
                       "--filter=^getppid/inline$"], timeout=120)
    doc["x86_callgrind_probe"] = {"question": "does valgrind's callgrind run the x86 (i386) "
                                              "program?", "rc": rc,
                                  "message": (err.strip().splitlines() or [""])[-1]}
    return doc


def perf(bin_dir, calls, regex=None):
    rc, out, err = sh(["perf", "stat", "-x,", "-e", "instructions:u,cycles:u", "--", "true"])
    supported = rc == 0 and "<not supported>" not in err and "<not counted>" not in err
    doc = {"instrument": "perf stat -e instructions:u,cycles:u", "supported": supported,
           "probe_output": err.strip()[-600:], "programs": {}}
    if not supported:
        return doc
    doc["programs"] = {}
    for prog in (HOST_GLIBC, HOST_MUSL):
        path = os.path.join(bin_dir, prog)
        if not os.path.exists(path):
            continue
        listed = selected(list_benchmarks([path]), regex)
        entry = {"arch": listed[0][2] if listed else None, "libc": listed[0][3] if listed else None,
                 "instructions_per_call": {}, "cycles_per_call": {}}
        for op, p, _, _ in listed:
            name = "%s/%s" % (op, p)
            counts = {}
            for n in (calls, 2 * calls):
                rc, out, err = sh(["perf", "stat", "-x,", "-e", "instructions:u,cycles:u", "--",
                                   path, "--once=%d" % n, "--filter=^%s$" % name])
                for line in err.splitlines():
                    f = line.split(",")
                    if len(f) > 2 and f[0].isdigit():
                        counts.setdefault(f[2].split(":")[0], {})[n] = int(f[0])
            for event, by_n in counts.items():
                if len(by_n) == 2:
                    entry[event + "_per_call"][name] = (by_n[2 * calls] - by_n[calls]) / calls
        doc["programs"][prog] = entry
    return doc


def hyperfine(bin_dir, raw_dir, settings, x86_native, regex=None):
    cmds, meta = [], []
    for prog in HYPERFINE_PROGRAMS:
        path = os.path.join(bin_dir, prog)
        if not os.path.exists(path) or (prog.startswith("x86-") and not x86_native):
            continue
        listed = selected(list_benchmarks([path]), regex)
        have = {(b[0], b[1]): b for b in listed}
        runs = [have[k] for k in HYPERFINE_BENCHMARKS if k in have]
        if not runs:
            continue
        for op, p, arch, libc in runs:
            name = "%s %s/%s" % (prog, op, p)
            cmds.append("%s --once=%d --filter=^%s/%s$" % (path, settings["hf_calls"], op, p))
            meta.append({"name": name, "program": prog, "arch": arch, "libc": libc,
                         "operation": op, "path": p, "calls": settings["hf_calls"],
                         "role": "calls"})
        # The same program making no calls: its start-up alone.
        cmds.append("%s --once=0 --filter=^%s/%s$" % (path, runs[0][0], runs[0][1]))
        meta.append({"name": "%s start-up only" % prog, "program": prog, "arch": runs[0][2],
                     "libc": runs[0][3], "operation": None, "path": None, "calls": 0,
                     "role": "startup"})
    names = [m["name"] for m in meta]
    if not cmds:
        return None, "no selected benchmark has a whole-program run", 0
    with open(os.path.join(raw_dir, "hyperfine-commands.json"), "w") as f:
        json.dump({"commands": meta}, f, indent=1)
    out_json = os.path.join(raw_dir, "hyperfine.json")
    cmd = ["hyperfine", "--export-json", out_json, "--warmup", "2",
           "--runs", str(settings["hf_runs"]), "-N", "--style", "basic"]
    for n, c in zip(names, cmds):
        cmd += ["-n", n, c]
    print("    hyperfine: %d programs x %d runs, %d calls each" % (len(cmds), settings["hf_runs"],
                                                             settings["hf_calls"]), flush=True)
    k = [0]

    def on_line(line):
        if line.startswith("Benchmark "):
            k[0] += 1
            print("    hyperfine %d/%d %s" % (k[0], len(cmds), line.split(":", 1)[-1].strip()),
                  flush=True)

    rc, err = run_streaming(cmd, on_line)
    return rc, err, settings["hf_calls"]


def latency(bin_path, out_json, samples, regex=None):
    cmd = [bin_path, "--latency=%d" % samples, "--latency_out=" + out_json]
    if regex:
        cmd.append("--filter=" + regex)
    return sh(cmd, timeout=900)


def seccomp(bin_dir, settings, regex=None, seed=20261127):
    """Every condition in its own process (a filter cannot be removed), one
    repetition per process, the conditions in a shuffled order in each of
    `reps` rounds; the repetition rows of all processes in one document."""
    import random
    path = os.path.join(bin_dir, SECCOMP_PROGRAM)
    if not os.path.exists(path):
        return None, "%s not built" % SECCOMP_PROGRAM
    listed = selected(list_benchmarks([path]), regex)
    names = ["%s/%s" % (op, p) for op, p, _, _ in listed if (op, p) in SECCOMP_BENCHMARKS]
    if not names:
        return None, "no selected benchmark is measured under seccomp"
    bench_filter = "^(%s)$" % "|".join(re.escape(n) for n in names)
    doc = {"instrument": "C harness under seccomp filters (bench/harness/seccomp.c), each "
                         "condition its own process, one repetition per process",
           "program": SECCOMP_PROGRAM, "arch": listed[0][2], "libc": listed[0][3],
           "benchmark_filter": bench_filter, "rounds": settings["reps"],
           "min_time": settings["min_time"], "conditions": {}, "benchmarks": [], "errors": []}
    rng = random.Random(seed)
    fd, tmp = tempfile.mkstemp(prefix="seccomp-", suffix=".json")
    os.close(fd)
    os.remove(tmp)  # each process writes it anew; its absence means it wrote nothing
    for rnd in range(settings["reps"]):
        order = list(SECCOMP_CONDITIONS)
        rng.shuffle(order)
        for cond in order:
            rc, out, err = sh([path, "--seccomp=" + cond, "--benchmark_filter=" + bench_filter,
                               "--benchmark_repetitions=1",
                               "--benchmark_min_time=%g" % settings["min_time"],
                               "--benchmark_out=" + tmp, "--benchmark_out_format=json"],
                              timeout=600)
            m = re.search(r"^# seccomp condition=(\S+) instructions=(\d+) "
                          r"comparisons_before_first_measured=(\d+)"
                          r"(?: seccomp_mode=(-?\d+) unlisted_call=(\S+))?$", out, re.M)
            if m:
                doc["conditions"][cond] = {"instructions": int(m.group(2)),
                                           "comparisons_before_first_measured": int(m.group(3))}
                if m.group(4) is not None:  # the process's evidence of its filter
                    doc["conditions"][cond].update(seccomp_mode=int(m.group(4)),
                                                   unlisted_call=m.group(5))
            if rc != 0 or not os.path.exists(tmp):
                doc["errors"].append({"condition": cond, "round": rnd, "rc": rc,
                                      "stderr": err.strip()[-400:]})
                continue
            with open(tmp) as f:
                rows = json.load(f).get("benchmarks", [])
            os.remove(tmp)
            for b in rows:
                if b.get("run_type") == "iteration":
                    b = dict(b, condition=cond, round=rnd)
                    doc["benchmarks"].append(b)
        print("    seccomp round %d/%d (%s)" % (rnd + 1, settings["reps"], " ".join(order)),
              flush=True)
    return doc, ""


def perf_bench(loops):
    """`perf bench syscall basic`: getppid() in a loop, timed by perf itself."""
    cmd = ["perf", "bench", "syscall", "basic", "-l", str(loops)]
    rc, out, err = sh(cmd, timeout=600)
    m = re.search(r"^\s*([0-9.]+) usecs/op", out, re.M)
    return {"instrument": " ".join(cmd), "operation": "getppid", "loops": loops, "rc": rc,
            "output": (out + err).strip()[-600:],
            "ns_per_call": float(m.group(1)) * 1000 if m and rc == 0 else None}


# --- main ---------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="run folder to fill (created)")
    ap.add_argument("--quick", action="store_true", help="fewer repetitions and calls")
    ap.add_argument("--smoke", action="store_true",
                    help="tiny counts: checks that everything runs, measures nothing")
    ap.add_argument("--filter", help="extended regex on <operation>/<path>: only these")
    ap.add_argument("--bin-dir", default=os.path.join(ROOT, "out", "bench", "bin"))
    args = ap.parse_args()
    mode = "smoke" if args.smoke else "quick" if args.quick else "full"
    settings = dict(SETTINGS[mode], interleaved=True, filter=args.filter)
    if args.filter:
        try:
            re.compile(args.filter)
        except re.error as e:
            sys.exit("bench/run.py: bad --filter regex %r: %s" % (args.filter, e))
    bin_dir = args.bin_dir
    if not os.path.isdir(bin_dir):
        sys.exit("bench/run.py: %s missing; build first (make -C bench)" % bin_dir)

    steps = ["context", "gbench", "cbench-musl", "x86", "correctness", "callgrind", "icount",
             "perf", "perf-bench", "hyperfine", "codesize", "latency", "seccomp"]
    r = Runner(os.path.abspath(args.out), steps)
    failures = []
    # Under an emulator every timing is qemu's (marked, no verdict), and
    # the instruments that need the real kernel's view of the process are
    # left out, each saying why.
    emulated = emulation()
    if emulated["emulated"]:
        print("[bench] this run executes under an emulator (%s): its timings are marked "
              "emulated and feed no verdict" % "; ".join(emulated["evidence"]), flush=True)

    def step(name, what, fn):
        r.progress(what)
        t = time.monotonic()
        try:
            status, detail = fn()
        except Exception as e:  # an instrument failing must not lose the others
            status, detail = "error", "%s: %s" % (type(e).__name__, e)
        r.note(name, status, time.monotonic() - t, detail)
        if status == "error":
            failures.append(name)
            print("    %s: ERROR %s" % (name, detail), flush=True)

    def do_context():
        r.write_json("context.json", context(mode, settings, emulated))
        return "ok", ""

    def do_timing(prog, out_name, label):
        def fn():
            path = os.path.join(bin_dir, prog)
            if not os.path.exists(path):
                return "skipped", "%s not built" % prog
            rc, err = timing_run(path, os.path.join(r.raw, out_name), settings, label,
                                 args.filter)
            return ("ok" if rc == 0 else "error"), err.strip()[-400:]
        return fn

    x86_native = [False]

    def do_x86():
        if not COMPANION:
            return "skipped", "no 32-bit companion target on a %s host" % HOST.name
        probe = probe_native(os.path.join(bin_dir, "x86-glibc"))
        x86_native[0] = probe["native"]
        r.write_json("probe-x86-native.json", probe)
        if not probe["native"]:
            return "skipped", "x86 (i386) binaries cannot run natively here: " + probe["message"]
        return do_timing("x86-glibc", "cbench-x86.json", "x86")()

    def do_correctness():
        doc = correctness(bin_dir)
        r.write_json("correctness.json", doc)
        bad = [p for p, v in doc["programs"].items() if v.get("rc") not in (0, None)]
        return ("error" if bad else "ok"), ("failing: " + ", ".join(bad)) if bad else ""

    def do_callgrind():
        if emulated["emulated"]:
            return "skipped", "under an emulator: icount counts exactly under qemu instead"
        if not shutil.which("valgrind"):
            return "skipped", "valgrind not installed (not packaged for every architecture)"
        doc = callgrind(bin_dir, r.raw, settings["cg_calls"], x86_native[0], args.filter)
        r.write_json("callgrind.json", doc)
        bad = [p for p, v in doc["programs"].items() if v["rc"] != 0]
        return ("error" if bad else "ok"), ", ".join(bad)

    def do_icount():
        sys.path.insert(0, os.path.join(ROOT, "bench"))
        import icount
        doc = icount.run_all(bin_dir, settings["icount_calls"],
                             os.path.join(ROOT, "out", "bench", "icount-logs"), regex=args.filter,
                             progress=lambda m: print(m, flush=True))
        r.write_json("icount.json", doc)
        bad = ["%s: %s" % (p, v.get("error", v["status"])) for p, v in doc["programs"].items()
               if v["status"] != "ok"]
        return ("error" if bad else "ok"), "; ".join(bad)[-400:]

    def do_perf_bench():
        if not shutil.which("perf"):
            return "skipped", "perf not installed (linux-perf)"
        doc = perf_bench(settings["perf_bench_loops"])
        r.write_json("perf-bench.json", doc)
        if doc["ns_per_call"] is None:
            return "error", doc["output"][-200:]
        return "ok", ""

    def do_perf():
        doc = perf(bin_dir, settings["cg_calls"] * 16, args.filter)
        r.write_json("perf.json", doc)
        return ("ok" if doc["supported"] else "skipped"), "" if doc["supported"] else \
            "hardware counters not supported: " + doc["probe_output"][-200:]

    def do_hyperfine():
        if not shutil.which("hyperfine"):
            return "skipped", "hyperfine not installed"
        rc, err, calls = hyperfine(bin_dir, r.raw, settings, x86_native[0], args.filter)
        if rc is None:
            return "skipped", err
        return ("ok" if rc == 0 else "error"), err.strip()[-400:]

    def do_codesize():
        rc, out, err = sh([sys.executable, os.path.join(ROOT, "bench", "codesize", "measure.py"),
                           "--out", os.path.join(r.raw, "codesize.json")], timeout=900)
        print("    " + out.strip(), flush=True)
        return ("ok" if rc == 0 else "error"), err.strip()[-400:]

    def do_latency():
        progs = [HOST_GLIBC] + (["x86-glibc"] if x86_native[0] else [])
        done, notes = 0, []
        for prog in progs:
            path = os.path.join(bin_dir, prog)
            if not os.path.exists(path):
                notes.append("%s not built" % prog)
                continue
            rc, out, err = latency(path, os.path.join(r.raw, "latency-%s.json" % prog),
                                   settings["latency_samples"], args.filter)
            if rc == 2 and "no path matches" in err:
                notes.append("%s: no latency path matches the filter" % prog)
                continue
            if rc != 0:
                return "error", "%s: %s" % (prog, err.strip()[-400:])
            done += 1
        return ("ok" if done else "skipped"), "; ".join(notes)

    def do_seccomp():
        if emulated["emulated"]:
            return "skipped", "under an emulator: qemu-user refuses PR_SET_SECCOMP (a filter " \
                "would judge the emulator's own system calls)"
        doc, why = seccomp(bin_dir, settings, args.filter)
        if doc is None:
            return "skipped", why
        r.write_json("seccomp-%s.json" % SECCOMP_PROGRAM, doc)
        if doc["errors"]:
            return "error", "; ".join("%s round %d: rc %s %s" % (e["condition"], e["round"],
                                                                   e["rc"], e["stderr"])
                                      for e in doc["errors"][:3])
        return "ok", ""

    step("context", "machine context", do_context)
    # The timing reference: Google Benchmark where it was built (Debian's
    # libbenchmark-dev), the C harness with static glibc otherwise.
    if os.path.exists(os.path.join(bin_dir, HOST_GBENCH)):
        step("gbench", "Google Benchmark, %s (%d repetitions x %gs)"
             % (HOST.name, settings["reps"], settings["min_time"]),
             do_timing(HOST_GBENCH, "gbench-%s.json" % HOST.name, "gbench"))
    else:
        step("gbench", "C harness, static glibc %s (no Google Benchmark here)" % HOST.name,
             do_timing(HOST_GLIBC, "cbench-%s-glibc.json" % HOST.name, "glibc"))
    step("cbench-musl", "C harness, static musl %s" % HOST.name,
         do_timing(HOST_MUSL, "cbench-%s-musl.json" % HOST.name, "musl"))
    step("x86", "x86 (i386): native probe, timing if native (x86_64 hosts)", do_x86)
    step("correctness", "correctness of every program (qemu-user for foreign arches)",
         do_correctness)
    step("callgrind", "callgrind instruction counts (%d and %d calls per path)"
         % (settings["cg_calls"], 2 * settings["cg_calls"]), do_callgrind)
    step("icount", "qemu-user instruction counts, every architecture (%d and %d calls per path)"
         % (settings["icount_calls"], 2 * settings["icount_calls"]), do_icount)
    step("perf", "perf stat hardware counters (probe)", do_perf)
    step("perf-bench", "perf bench syscall basic (%d getppid calls)"
         % settings["perf_bench_loops"], do_perf_bench)
    step("hyperfine", "hyperfine whole programs", do_hyperfine)
    step("codesize", "code size, every architecture of core/architectures.tsv (clang-19, gcc)",
         do_codesize)
    step("latency", "latency distribution, %d single calls per path"
         % settings["latency_samples"], do_latency)
    step("seccomp", "seccomp conditions (%s), %d rounds" % (", ".join(SECCOMP_CONDITIONS),
                                                            settings["reps"]), do_seccomp)

    with open(os.path.join(r.out, "raw", "run.json"), "w") as f:
        json.dump({"steps": r.manifest, "total_seconds": round(time.monotonic() - r.t0, 1),
                   "loadavg_end": open("/proc/loadavg").read().split()[:3]}, f, indent=1)
    print("[bench] instruments done in %ds%s" % (time.monotonic() - r.t0,
          (", errors in: " + ", ".join(failures)) if failures else ""), flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: 0BSD
"""Checks for scripts/gen_syscall_numbers.py and its generated output.

Usage: python3 tests/numbers/check_numbers.py [--tables DIR]
(or bash tests/numbers/check_numbers.sh).  Works from any directory.
Prints one 'ok NAME' / 'FAIL NAME: DETAIL' line per check, the protocol of
tests/lib/check.sh ('# ' lines are information), and ends
with 'N passed, N failed'; exit status 1 if any check failed.

  a. generated numbers/<abi>.h == the repository's TSVs for all 28 ABIs
     (compiled _Static_asserts, SYSCALL_COUNT, no extra #defines, no extra
     files), target/<abi>.h likewise for the seven supported targets
  b. cross-check against Debian's Linux 6.1 uapi <asm/unistd.h> for every
     ABI Debian packages (19 header sets); per-ABI counts of agreeing names
  c. generator --check, determinism, --uapi mode, --tables provenance,
     --target-headers, bad-input errors (exit 2)
  d. runtime tables: host round-trip test (tables_test.c) of every ABI,
     freestanding cross compiles without data relocations or undefined
     symbols, static-PIE links with no dynamic relocations
  e. a static program that uses only its target's table links that table
     alone (symbols, strings, size), from an archive of the library objects

The tables default to third_party/syscall-tables/linux-7.2-rc1 in this
repository; nothing outside the repository is read except Debian's headers.
"""

import argparse
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GEN = os.path.join(ROOT, "scripts", "gen_syscall_numbers.py")
INC = os.path.join(ROOT, "core", "include")
GENDIR = os.path.join(ROOT, "core", "src", "generated")
GENSRC = sorted(glob.glob(os.path.join(GENDIR, "*.c")))
CC = shutil.which("clang-19") or "clang-19"
OBJDUMP = shutil.which("llvm-objdump-19") or "llvm-objdump-19"
NM = shutil.which("llvm-nm-19") or "llvm-nm-19"
READELF = shutil.which("llvm-readelf-19") or "llvm-readelf-19"

sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
import arch_table  # noqa: E402  (core/architectures.tsv)

# The supported compilation targets (in enum order), then the other ABIs.
TARGETS = [r.abi for r in arch_table.abis(core_only=True)]
PRIMARY = {r.abi: r.name for r in arch_table.abis(core_only=True)}
ARCHES = [r.abi for r in arch_table.abis()]
INFIX = {r.abi: r.macro for r in arch_table.abis()}
ENUM = {r.abi: r.abi_enum for r in arch_table.abis()}
TRIPLE = {r.abi: r.clang_triple for r in arch_table.abis(core_only=True)}
LINK = {r.abi: r.clang_link for r in arch_table.abis(core_only=True)}
# Debian 12's Linux 6.1 uapi headers, from the architecture table: one set
# per (ABI, Debian architecture) of the rows that name a debian_arch (its
# uapi_package and uapi_include); the machine's own architecture reads its
# native linux-libc-dev. (ABI, package, clang triple or None for -undef
# (clang has no alpha, hppa or sh target; their headers test no target
# macro), -I dirs). A package missing from the apt sources (Debian 12 has
# no loong64 one) is skipped with that reason; one that is there but not
# installed is a failure.
# 32-bit sparc has no Debian architecture: its table is checked with the
# sparc64 package's headers, which hold both.
UAPI_HEADERS_OF = {"sparc": "sparc64"}


def uapi_sets():
    host = arch_table.host_debian_arch() or "amd64"
    out, seen = [], set()
    for r in arch_table.all_rows():
        src = r if r.debian_arch else (arch_table.target(UAPI_HEADERS_OF[r.abi])
                                       if r.abi in UAPI_HEADERS_OF else None)
        if src is None or (r.abi, src.debian_arch) in seen:
            continue
        seen.add((r.abi, src.debian_arch))
        if src.debian_arch == host:
            out.append((r.abi, "linux-libc-dev", r.clang_triple,
                        ["/usr/include/" + src.multiarch, "/usr/include"]))
        else:
            out.append((r.abi, src.uapi_package, r.clang_triple, [src.uapi_include]))
    return out


UAPI = uapi_sets()


def apt_has(pkg):
    """Whether the configured apt sources have pkg (a candidate version)."""
    try:
        p = subprocess.run(["apt-cache", "policy", pkg], capture_output=True, text=True)
    except OSError:
        return True  # no apt: cannot tell, so the missing header is a failure
    return re.search(r"^  Candidate: [^(]", p.stdout, re.M) is not None


MIN_COMPARED = 250


def uapi_entry(abi):
    """(clang triple, -I dirs, the one dir --uapi is given) of an ABI's first UAPI row."""
    _, _, triple, dirs = next(u for u in UAPI if u[0] == abi)
    return triple, dirs, dirs[-1]


# Names that share a number with the kernel table's name, as alpha's
# asm/unistd.h defines them (#define __NR_getpid __NR_getxpid): the run-time
# name of the number is the table's.
UAPI_ALIASES = {"alpha": {"getpid": "getxpid", "getuid": "getxuid", "getgid": "getxgid",
                          "umount": "umount2", "osf_shmat": "shmat"}}

passed = 0
failed = 0
skipped = 0


def check(ok, what, detail=None):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok {what}")
    else:
        failed += 1
        lines = str(detail or "").rstrip().splitlines()[:40]
        print(f"FAIL {what}: {lines[0] if lines else '(no detail)'}")
        for line in lines[1:]:
            print(f"    {line}")
    sys.stdout.flush()
    return ok


def skip(what, reason):
    global skipped
    skipped += 1
    print(f"skip {what}: {reason}")
    sys.stdout.flush()


def info(msg):
    print(f"# {msg}")


def run(cmd, **kw):
    try:
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, **kw)
    except OSError as e:
        return subprocess.CompletedProcess(cmd, 127, "", f"{cmd[0]}: {e}")


def read_tsv(path):
    out = []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                name, nr = line.split("\t")
                out.append((name, int(nr)))
    return out


def header_defines(path):
    """{macro: body} of every #define in a header (text parse)."""
    defs = {}
    with open(path) as f:
        for line in f:
            m = re.match(r"\s*#\s*define\s+(\w+)(.*)$", line)
            if m:
                body = re.sub(r"/\*.*?\*/", "", m.group(2)).strip()
                defs[m.group(1)] = body
    return defs


def compile_syntax(src_text, tmp, fname, extra):
    path = os.path.join(tmp, fname)
    with open(path, "w") as f:
        f.write(src_text)
    return run([CC, "-fsyntax-only", "-std=c11", "-Wall", "-Werror"] + extra + [path])


# --------------------------------------------------------------------------


def check_headers_match_tables(tables, tmp):
    info("a. generated headers vs the repository's TSVs")
    tsvs = sorted(os.path.basename(f)[:-4] for f in glob.glob(os.path.join(tables, "*.tsv")))
    check(tsvs == sorted(ARCHES), f"a. {tables} holds exactly the {len(ARCHES)} ABI tables",
          f"tables: {tsvs}")
    numdir = os.path.join(INC, "linux_syscall", "numbers")
    hdrs = sorted(os.path.basename(f)[:-2] for f in glob.glob(os.path.join(numdir, "*.h")))
    thdrs = sorted(os.path.basename(f)[:-2] for f in glob.glob(os.path.join(numdir, "target", "*.h")))
    check(hdrs == sorted(ARCHES) and thdrs == sorted(TARGETS),
          f"a. numbers/ has one header per table ({len(ARCHES)}), numbers/target/ one per supported "
          f"target ({len(TARGETS)}), nothing else", f"numbers: {hdrs}\ntarget: {thdrs}")
    for arch in ARCHES:
        tsv = read_tsv(os.path.join(tables, arch + ".tsv"))
        X = INFIX[arch]
        hdr = os.path.join(numdir, arch + ".h")
        lines = [f'#include "linux_syscall/numbers/{arch}.h"\n']
        for name, nr in tsv:
            lines.append(f'_Static_assert(LINUX_{X}_SYS_{name} == {nr}, "{arch} {name} != {nr}");\n')
        lines.append(f'_Static_assert(LINUX_{X}_SYSCALL_COUNT == {len(tsv)}, "{arch} count");\n')
        p = compile_syntax("".join(lines), tmp, f"a_{arch}.c", ["-I", INC])
        check(p.returncode == 0,
              f"a. {arch}: all {len(tsv)} TSV names defined with the TSV number, COUNT == {len(tsv)}",
              p.stderr)

        defs = header_defines(hdr)
        guard = f"LINUX_SYSCALL_NUMBERS_{X}_H"
        want = {f"LINUX_{X}_SYS_{n}": str(nr) for n, nr in tsv}
        want[f"LINUX_{X}_SYSCALL_COUNT"] = str(len(tsv))
        want[guard] = ""
        extra = sorted(set(defs) - set(want))
        missing = sorted(set(want) - set(defs))
        wrong = sorted(k for k in want if k in defs and defs[k] != want[k])
        check(not extra and not missing and not wrong,
              f"a. {arch}: header text defines exactly the TSV names (no extra defines)",
              f"extra: {extra}\nmissing: {missing}\nwrong: {wrong}")
        if arch not in TARGETS:
            continue

        # target/<arch>.h: LINUX_SYS_<name> for exactly the arch's names,
        # plus the two names of the target's run-time table functions.
        thdr = os.path.join(numdir, "target", arch + ".h")
        tdefs = header_defines(thdr)
        twant = {f"LINUX_SYS_{n}": f"LINUX_{X}_SYS_{n}" for n, _ in tsv}
        twant[f"LINUX_SYSCALL_NUMBERS_TARGET_{X}_H"] = ""
        twant["LINUX__TARGET_SYSCALL_NAME"] = f"linux_syscall_name_{arch}"
        twant["LINUX__TARGET_SYSCALL_NUMBER"] = f"linux_syscall_number_{arch}"
        with open(thdr) as f:
            inc_ok = f'#include "../{arch}.h"' in f.read()
        lines = [f'#include "linux_syscall/numbers/target/{arch}.h"\n']
        for name, nr in tsv:
            lines.append(f'_Static_assert(LINUX_SYS_{name} == {nr}, "{arch} {name}");\n')
        p = compile_syntax("".join(lines), tmp, f"at_{arch}.c", ["-I", INC])
        check(tdefs == twant and inc_ok and p.returncode == 0,
              f"a. {arch}: target/{arch}.h maps LINUX_SYS_<name> for exactly the {len(tsv)} names",
              f"extra: {sorted(set(tdefs) - set(twant))}\nmissing: {sorted(set(twant) - set(tdefs))}\n"
              + f"differ: {sorted(k for k in twant if k in tdefs and tdefs[k] != twant[k])}\n" + p.stderr)

    # The enum: the seven keep their values, the others follow in table order.
    src = '#include "linux_syscall/tables.h"\n' + "".join(
        f'_Static_assert({ENUM[a]} == {i}, "{a}");\n' for i, a in enumerate(ARCHES))
    src += f'_Static_assert(LINUX_ARCH_COUNT == {len(ARCHES)}, "count");\n'
    p = compile_syntax(src, tmp, "a_enum.c", ["-I", INC])
    check(p.returncode == 0, f"a. enum linux_arch: {len(ARCHES)} entries, the seven supported first "
          "(values 0-6 unchanged), LINUX_ARCH_COUNT", p.stderr)

    # All headers together, pedantic C99, no includes needed.
    src = "".join(f'#include "linux_syscall/numbers/{a}.h"\n' for a in ARCHES)
    src += '#include "linux_syscall/errno.h"\n#include "linux_syscall/tables.h"\nint lsc_dummy;\n'
    p = compile_syntax(src, tmp, "a_all.c", ["-std=c99", "-Wextra", "-Wpedantic", "-nostdinc", "-I", INC])
    check(p.returncode == 0, "a. all numbers/*.h, errno.h and tables.h compile together "
          "(-std=c99 -Wpedantic -nostdinc)", p.stderr)
    # The generated files start with the GENERATED comment naming the kernel
    # and the repository's own copy of the tables.
    bad = []
    gen_files = [os.path.join(numdir, a + ".h") for a in ARCHES]
    gen_files += [os.path.join(numdir, "target", a + ".h") for a in TARGETS]
    gen_files += [os.path.join(INC, "linux_syscall", n) for n in ("errno.h", "tables.h")]
    gen_files += GENSRC + sorted(glob.glob(os.path.join(GENDIR, "*.h")))
    for g in gen_files:
        with open(g) as f:
            first = f.readline()
        if not (first.startswith("/* GENERATED by scripts/gen_syscall_numbers.py from ")
                and "Linux 7.2-rc1" in first and "do not edit" in first
                and ("third_party/syscall-tables/linux-7.2-rc1/" in first or "errno" in first)
                and "shared" not in first):
            bad.append(os.path.relpath(g, ROOT) + ": " + first.strip())
    check(not bad and len(GENSRC) == len(ARCHES) + 3,
          f"a. all {len(gen_files)} generated files start with the GENERATED comment "
          "(Linux 7.2-rc1, third_party/syscall-tables)", "\n".join(bad) + f"\n{len(GENSRC)} .c files")


def cpp_target(triple):
    # no clang target for the ABI: any target, with no target macros defined
    return ([f"--target={triple}"] if triple
            else ["--target=" + arch_table.target("x86_64").clang_triple, "-undef"])


def uapi_syscalls(triple, dirs):
    """Names of the __NR_*/__ARM_NR_* syscall macros in a uapi <asm/unistd.h> (info only)."""
    p = run([CC] + cpp_target(triple) + ["-E", "-dM", "-nostdinc"]
            + sum((["-I", d] for d in dirs), []) + ["-x", "c", "-"],
            input="#include <asm/unistd.h>\n")
    names = set()
    for line in p.stdout.splitlines():
        m = re.match(r"#define (?:__NR_|__ARM_NR_)(\w+) ", line)
        if m and re.search(r"[a-z]", m.group(1)) and m.group(1) not in ("syscalls", "arch_specific_syscall", "Linux"):
            names.add(m.group(1))
    return names


def uapi_compare(arch, triple, dirs, header_dir, tmp, tag):
    """Compile asserts LINUX_<A>_SYS_x == __NR_x for names in both; return (proc, compared, ours)."""
    X = INFIX[arch]
    hdr = os.path.join(header_dir, "linux_syscall", "numbers", arch + ".h")
    ours = [k[len(f"LINUX_{X}_SYS_"):] for k in header_defines(hdr) if k.startswith(f"LINUX_{X}_SYS_")]
    lines = ["#include <asm/unistd.h>\n", f'#include "linux_syscall/numbers/{arch}.h"\n']
    for n in ours:
        lines.append(f"#if defined(__NR_{n})\n"
                     f'_Static_assert(LINUX_{X}_SYS_{n} == __NR_{n}, "{arch} {n} differs from uapi");\n'
                     f"#elif defined(__ARM_NR_{n})\n"
                     f'_Static_assert(LINUX_{X}_SYS_{n} == __ARM_NR_{n}, "{arch} {n} differs from uapi");\n'
                     "#endif\n")
    path = os.path.join(tmp, f"{tag}_{arch}_{triple}.c")
    with open(path, "w") as f:
        f.write("".join(lines))
    base = [CC] + cpp_target(triple) + ["-std=c11", "-nostdinc"] \
        + sum((["-I", d] for d in dirs), []) + ["-I", header_dir]
    p = run(base + ["-E", "-P", path])  # clang has no backend for some: check on the host
    compared = len(re.findall(r"_Static_assert\s*\(", p.stdout)) if p.returncode == 0 else 0
    if p.returncode == 0:
        pre = os.path.join(tmp, f"{tag}_{arch}_{triple}.i")
        with open(pre, "w") as f:
            f.write(p.stdout)
        p = run([CC, "-fsyntax-only", "-std=c11", "-Werror", "-x", "c", pre])
    return p, compared, set(ours)


def check_against_debian_uapi(tmp):
    info("b. cross-check against Debian's Linux 6.1 uapi headers")
    counts = []
    for arch, pkg, triple, dirs in UAPI:
        if not os.path.isfile(os.path.join(dirs[0], "asm", "unistd.h")):
            if not apt_has(pkg):
                skip(f"b. {arch}: {pkg}", "not in this machine's apt sources (Debian 12 has none)")
            else:
                check(False, f"b. {arch}: {dirs[0]}/asm/unistd.h missing (scripts/install-deps test installs {pkg})")
            continue
        p, compared, ours = uapi_compare(arch, triple, dirs, INC, tmp, "b")
        check(p.returncode == 0 and compared > MIN_COMPARED,
              f"b. {arch}: {compared} names agree with {pkg} ({dirs[0]}/asm/unistd.h, > {MIN_COMPARED})",
              p.stderr)
        counts.append(f"{arch} ({pkg}): {compared}/{len(ours)}")
        theirs = uapi_syscalls(triple, dirs)
        only_ours = sorted(ours - theirs)
        only_uapi = sorted(theirs - ours)
        info(f"   {arch}: only in Linux 7.2-rc1 table ({len(only_ours)}): {' '.join(only_ours)}")
        info(f"   {arch}: only in Debian uapi ({len(only_uapi)}): {' '.join(only_uapi)}")
    info("uapi cross-check, names agreeing / names in the table, per ABI and header package:")
    for c in counts:
        info("   " + c)


def check_generator(tables, tmp):
    info("c. generator: --check, determinism, --uapi mode, provenance, bad input")
    p = run([sys.executable, GEN, "--tables", tables, "--check"])
    check(p.returncode == 0, "c. gen_syscall_numbers.py --check: committed output is up to date",
          p.stdout + p.stderr)

    o1, o2 = os.path.join(tmp, "gen1"), os.path.join(tmp, "gen2")
    p1 = run([sys.executable, GEN, "--tables", tables, "--out", o1])
    p2 = run([sys.executable, GEN, "--tables", tables, "--out", o2])
    d = run(["diff", "-r", o1, o2])
    check(p1.returncode == 0 and p2.returncode == 0 and d.returncode == 0,
          "c. two runs give byte-identical output", p1.stderr + p2.stderr + d.stdout)

    ou = os.path.join(tmp, "genu")
    atriple, adirs, adir = uapi_entry("aarch64")
    p = run([sys.executable, GEN, "--tables", tables, "--out", ou,
             "--uapi", f"aarch64={adir}"])
    if check(p.returncode == 0, f"c. --uapi aarch64={adir} runs", p.stderr):
        p, compared, ours = uapi_compare("aarch64", atriple, adirs,
                                         os.path.join(ou, "core", "include"), tmp, "c")
        theirs = uapi_syscalls(atriple, adirs)
        check(p.returncode == 0 and compared > MIN_COMPARED and ours == theirs,
              f"c. --uapi aarch64: all {compared} names equal the uapi's __NR_* values, same name set",
              p.stderr + f"\nours-theirs {sorted(ours - theirs)}\ntheirs-ours {sorted(theirs - ours)}")
        with open(os.path.join(ou, "core", "include", "linux_syscall", "numbers", "aarch64.h")) as f:
            first = f.readline()
        check(f"uapi headers {adir}/asm/unistd.h" in first,
              "c. --uapi output names its source in the GENERATED comment", first)
    # arm (__NR_SYSCALL_BASE and __ARM_NR_BASE expressions), riscv64
    # (__NR_arch_specific_syscall + n), x32 (__X32_SYSCALL_BIT + n), mipsn32
    # (__NR_Linux + n under _MIPS_SIM), alpha (no clang target: -undef, and
    # aliases) through --dump, vs the compiler.
    for arch in ("arm", "riscv64", "x86_64", "x32", "mipsn32", "alpha"):
        triple, dirs, d = uapi_entry(arch)
        p = run([sys.executable, GEN, "--tables", tables, "--dump", arch, "--uapi", f"{arch}={d}"])
        ents = []
        for line in p.stdout.splitlines():
            n, v = line.split("\t")
            ents.append((n, int(v)))
        src = "#include <asm/unistd.h>\n" + "".join(
            f"#ifdef __NR_{n}\n_Static_assert(__NR_{n} == {v}, \"{n}\");\n#else\n"
            f"_Static_assert(__ARM_NR_{n} == {v}, \"{n}\");\n#endif\n" for n, v in ents)
        path = os.path.join(tmp, f"dump_{arch}.c")
        with open(path, "w") as f:
            f.write(src)
        q = run([CC] + cpp_target(triple) + ["-E", "-P", "-nostdinc"]
                + sum((["-I", i] for i in dirs), []) + [path])
        if q.returncode == 0:
            with open(path + ".i", "w") as f:
                f.write(q.stdout)
            q = run([CC, "-fsyntax-only", "-std=c11", "-x", "c", path + ".i"])
        check(p.returncode == 0 and q.returncode == 0 and len(ents) > MIN_COMPARED,
              f"c. --uapi {arch}={d} --dump: {len(ents)} evaluated numbers match the compiler's",
              p.stderr + q.stderr)

    # --tables records what it was given: the directory (absolute outside
    # the repository) and the version its name states, or that none is stated.
    for dname, version in (("linux-9.9-rc3", "Linux 9.9-rc3 syscall table"),
                           ("my-tables", "syscall tables of no stated Linux version")):
        td = os.path.join(tmp, "prov", dname)
        shutil.copytree(tables, td)
        op = os.path.join(tmp, "prov_out_" + dname)
        p = run([sys.executable, GEN, "--tables", os.path.relpath(td), "--out", op])
        first = ""
        if p.returncode == 0:
            with open(os.path.join(op, "core", "include", "linux_syscall", "numbers", "mips64.h")) as f:
                first = f.readline()
        check(p.returncode == 0 and f"{version}" in first and f" {td}/mips64.tsv;" in first
              and "unknown" not in first,
              f"c. --tables <relative path to {dname}>: GENERATED comment says '{version}' and the "
              "absolute directory", p.stderr + first)
    p = run([sys.executable, GEN, "--tables", os.path.join(tmp, "prov", "my-tables"),
             "--kernel-version", "Linux 1.2", "--dump", "x86_64"])
    check(p.returncode == 0 and p.stdout.startswith("read\t0\n"),
          "c. --kernel-version with an unversioned --tables directory; --dump prints the table",
          p.stderr)

    # Target headers for any ABI when asked (another target may be added later).
    ot = os.path.join(tmp, "gen_targets")
    p = run([sys.executable, GEN, "--tables", tables, "--out", ot, "--target-headers", "all"])
    tdir = os.path.join(ot, "core", "include", "linux_syscall", "numbers", "target")
    made = sorted(f[:-2] for f in os.listdir(tdir)) if p.returncode == 0 else []
    bad = []
    for arch in made:
        src = ('#include "linux_syscall/tables.h"\n'
               f'#include "linux_syscall/numbers/target/{arch}.h"\n'
               f'_Static_assert(LINUX_SYS_read == LINUX_{INFIX[arch]}_SYS_read, "read");\n'
               'const char *(*lsc_f)(long) = LINUX__TARGET_SYSCALL_NAME;\n'
               'long (*lsc_g)(const char *) = LINUX__TARGET_SYSCALL_NUMBER;\n')
        q = compile_syntax(src, tmp, f"tgt_{arch}.c", ["-I", os.path.join(ot, "core", "include")])
        if q.returncode != 0:
            bad.append(q.stderr)
    check(p.returncode == 0 and made == sorted(ARCHES) and not bad,
          f"c. --target-headers all: {len(made)} numbers/target/<abi>.h, each compiles",
          p.stderr + "\n".join(bad))
    p = run([sys.executable, GEN, "--tables", tables, "--out", os.path.join(tmp, "gen_t2"),
             "--target-headers", "mips64,x32"])
    tdir = os.path.join(tmp, "gen_t2", "core", "include", "linux_syscall", "numbers", "target")
    check(p.returncode == 0 and sorted(os.listdir(tdir)) == ["mips64.h", "x32.h"],
          "c. --target-headers mips64,x32 emits exactly those two", p.stderr)

    # Bad input: exit status 2 with a message, never silent.
    def bad_tables(tag, mutate):
        dd = os.path.join(tmp, "bad_" + tag)
        shutil.copytree(tables, dd)
        for fn in os.listdir(dd):
            os.chmod(os.path.join(dd, fn), 0o644)
        mutate(dd)
        return run([sys.executable, GEN, "--tables", dd, "--out", os.path.join(tmp, "bad_out_" + tag)])

    def append(dd, text):
        with open(os.path.join(dd, "x86_64.tsv"), "a") as f:
            f.write(text)

    cases = [
        ("missing", lambda dd: os.remove(os.path.join(dd, "arm.tsv")), "no such file"),
        ("malformed", lambda dd: append(dd, "foo 999\n"), "malformed"),
        ("dupname", lambda dd: append(dd, "read\t999\n"), "duplicate name"),
        ("nonint", lambda dd: append(dd, "foo\t0x10\n"), "not a non-negative integer"),
        ("dupnr", lambda dd: append(dd, "foo\t0\n"), "duplicate number"),
        # alpha's declared uapi aliases share numbers; anything else may not.
        ("dupnr-alpha", lambda dd: open(os.path.join(dd, "alpha.tsv"), "a").write("getppid2\t20\n"),
         "duplicate number"),
    ]
    for tag, mut, msg in cases:
        p = bad_tables(tag, mut)
        check(p.returncode == 2 and msg in p.stderr and not os.path.exists(os.path.join(tmp, "bad_out_" + tag)),
              f"c. bad tables ({tag}): exit 2, message '{msg}', nothing written",
              f"rc={p.returncode} stderr={p.stderr}")
    for args, msg in ((["--uapi", "aarch64=/nonexistent"], "no such directory"),
                      (["--uapi", "vax=/usr/include"], "unknown ABI"),
                      (["--target-headers", "x86_64,vax"], "unknown ABI"),
                      (["--uapi", f"aarch64={tmp}"], "asm/unistd.h not found"),
                      (["--tables", "/nonexistent"], "no such directory"),
                      (["--errno-dir", tmp], "no such file")):
        p = run([sys.executable, GEN, "--tables", tables, "--out", os.path.join(tmp, "bad_o")] + args)
        check(p.returncode == 2 and msg in p.stderr,
              f"c. bad option {' '.join(args)}: exit 2, message '{msg}'",
              f"rc={p.returncode} stderr={p.stderr}")


def cstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_runtime_tables(tables, tmp):
    info("d. runtime tables")
    # Expectations from the TSVs and errno.h, generated now.
    out = ["static const struct exp_sys exp_sys[] = {\n"]
    unk = ["static const struct exp_unk exp_unk[] = {\n"]
    for arch in ARCHES:
        tsv = read_tsv(os.path.join(tables, arch + ".tsv"))
        alias = UAPI_ALIASES.get(arch, {})
        for name, nr in tsv:
            out.append(f"    {{{ENUM[arch]}, {cstr(name)}, {nr}L, {cstr(alias.get(name, name))}}},\n")
        nrs = {nr for _, nr in tsv}
        # Gaps near and inside the ABI's range (x32 starts at 0x40000000,
        # mips at 4000/5000/6000), and numbers far outside it.
        lo = min(nrs)
        absent = [n for n in range(max(0, lo - 40), lo + 2000) if n not in nrs][:80]
        absent += list(range(0, 40))
        absent += [max(nrs) + 1, 100000, 0x0f0000, 0x0f0007, 0x40000000, 0x7ffffffe]
        for n in sorted(set(absent) - nrs):
            unk.append(f"    {{{ENUM[arch]}, {n}L}},\n")
    out.append("};\n")
    unk.append("};\n")
    errs = ["static const struct exp_err exp_err[] = {\n"]
    edefs = header_defines(os.path.join(INC, "linux_syscall", "errno.h"))
    canon = {}
    for k, v in edefs.items():  # dict keeps definition order
        if re.fullmatch(r"LINUX_E[A-Z0-9]+", k):
            canon.setdefault(int(v), k[len("LINUX_"):])
    for k, v in edefs.items():
        if re.fullmatch(r"LINUX_E[A-Z0-9]+", k):
            errs.append(f"    {{{cstr(k[6:])}, {k}, {cstr(canon[int(v)])}}},\n")
    errs.append("};\n")
    abis = ["static const struct abi abis[] = {\n"] + [
        f"    {{{cstr(a)}, {ENUM[a]}, linux_syscall_name_{a}, linux_syscall_number_{a}}},\n"
        for a in ARCHES] + ["};\n"]
    with open(os.path.join(tmp, "expect.inc"), "w") as f:
        f.write("".join(abis + out + unk + errs))

    exe = os.path.join(tmp, "tables_test")
    p = run([CC, "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-I", INC, "-I", tmp,
             "-o", exe, os.path.join(HERE, "tables_test.c")] + GENSRC)
    if check(p.returncode == 0, "d. tables_test.c builds on the host with the generated tables", p.stderr):
        r = run([exe])
        for line in r.stdout.splitlines():
            if line.startswith("PASS "):
                check(True, "d. " + line[5:])
            elif line.startswith("FAIL "):
                check(False, "d. " + line[5:], r.stderr)
            else:
                print(line)
        check(r.returncode == 0 and "PASS" in r.stdout, "d. tables_test exits 0", r.stderr)

    # Freestanding cross compiles: no relocations outside code/unwind sections,
    # no undefined symbols (no libc calls) once the objects are linked together.
    # .pdr: MIPS procedure descriptors, metadata about the code that is
    # never loaded (its relocations name functions, not data). .got2: the
    # GOT 32-bit powerpc PIC code builds per object (one word per global it
    # addresses, lse_pool included), where other targets' linkers make .got.
    allowed = re.compile(r"^\.(text|ARM\.exidx|eh_frame|debug_|pdr|got2|rela?\.(text|eh_frame|pdr|got2))")
    for arch in TARGETS:
        for opt in ("-O2", "-O0", "-Os"):
            problems = []
            od = os.path.join(tmp, f"fs_{arch}{opt}")
            os.makedirs(od)
            p = run([CC, f"--target={TRIPLE[arch]}", "-std=c99", "-Wall", "-Wextra", "-Wpedantic",
                     "-Werror", opt, "-ffreestanding", "-nostdlib", "-fPIE", "-I", INC, "-c"] + GENSRC,
                    cwd=od)
            objs = sorted(glob.glob(os.path.join(od, "*.o")))
            if p.returncode != 0 or len(objs) != len(GENSRC):
                problems.append(p.stderr or f"{len(objs)} objects for {len(GENSRC)} sources")
            else:
                r = run([OBJDUMP, "-r"] + objs)
                cur = "?"
                for line in r.stdout.splitlines():
                    m = re.match(r"(\S+\.o):\s+file format", line)
                    if m:
                        cur = os.path.basename(m.group(1))
                    m = re.match(r"RELOCATION RECORDS FOR \[(.*?)\]", line)
                    if m and not allowed.match(m.group(1)):
                        problems.append(f"{cur}: relocations in {m.group(1)}")
                if r.returncode != 0:
                    problems.append(r.stderr)
                whole = os.path.join(od, "all.o")
                row = arch_table.target(PRIMARY[arch])
                # lld where the table links clang's output with it, else the
                # target's GNU ld (lld has no m68k)
                linker = (["ld.lld-19"] if row.clang_linker == "lld"
                          else [row.tool("ld")])
                q = run(linker + ["-r", "-o", whole] + objs)
                u = run([NM, "-u", whole]) if q.returncode == 0 else q
                und = [l.split()[-1] for l in u.stdout.splitlines() if l.strip()]
                # the linker's GOT symbols (_gp_disp: MIPS o32 PIC; .TOC.:
                # the powerpc64 ELFv2 TOC base)
                und = [s for s in und if s not in ("_GLOBAL_OFFSET_TABLE_", "_gp_disp", ".TOC.")]
                if q.returncode != 0 or und:
                    problems.append(f"undefined symbols {und} {q.stderr}")
            check(not problems,
                  f"d. {arch} {opt}: -ffreestanding -nostdlib -fPIE -std=c99 -Wpedantic build of "
                  f"{len(GENSRC)} files, no data relocations, no undefined symbols", "\n".join(problems))

    # Link into static PIEs (no crt, no libc): the result must carry no
    # dynamic relocations at all.
    start = os.path.join(tmp, "start.c")
    with open(start, "w") as f:
        f.write('#include "linux_syscall/tables.h"\n'
                "volatile long lsc_sink;\n"
                "void _start(void) {\n"
                '    lsc_sink = linux_syscall_number_arch(LINUX_ARCH_ARM, "openat");\n'
                "    lsc_sink += (long)linux_syscall_name_arch(LINUX_ARCH_X86_64, 2);\n"
                "    lsc_sink += (long)linux_syscall_name_arch((enum linux_arch)lsc_sink, 2);\n"
                "    lsc_sink += (long)linux_errno_name(2);\n"
                "    for (;;) { }\n}\n")
    for arch in ("x86_64", "aarch64", "riscv64", "arm"):
        exe = os.path.join(tmp, f"spie_{arch}")
        p = run([CC, f"--target={TRIPLE[arch]}", "-O2", "-ffreestanding", "-nostdlib", "-fPIE",
                 "-static-pie", LINK[arch], "-Wl,-z,text", "-I", INC, "-o", exe, start] + GENSRC)
        r = run([READELF, "-r", exe]) if p.returncode == 0 else p
        relocs = [l for l in r.stdout.splitlines() if re.match(r"\s*[0-9a-f]{8,16}\s", l)]
        check(p.returncode == 0 and r.returncode == 0 and not relocs,
              f"d. {arch}: static-PIE link has no dynamic relocations",
              p.stderr + "\n".join(relocs[:10]))


def section_size(path, name):
    r = run([READELF, "-S", "-W", path])
    total = 0
    for line in r.stdout.splitlines():
        f = line.replace("[ ", "[").split()
        if len(f) > 6 and f[1] == name:
            total += int(f[5], 16)
    return total


def table_symbols(path):
    """ABIs whose table functions are defined in a linked program."""
    r = run([NM, "--defined-only", path])
    abis = set()
    for line in r.stdout.splitlines():
        m = re.search(r" linux_syscall_(?:name|number)_(\w+)$", line)
        if m and m.group(1) != "arch":
            abis.add(m.group(1))
    return abis, re.search(r" linux_syscall_name_arch$", r.stdout, re.M) is not None


def check_own_table_links_alone(tmp):
    info("e. a static program that uses its target's table links that table alone")
    # The library as users get it: an archive of the objects (make builds
    # liblinux_syscall.a the same way). The program calls linux_syscall_name()
    # and linux_syscall_number() of linux_syscall.h; at -O0 too, where nothing
    # is folded.
    prog = os.path.join(tmp, "own.c")
    with open(prog, "w") as f:
        f.write('#include "linux_syscall.h"\n'
                "volatile long lsc_sink;\n"
                "void _start(void) {\n"
                '    lsc_sink = linux_syscall_number("openat");\n'
                "    lsc_sink += (long)linux_syscall_name(lsc_sink);\n"
                "    for (;;) { }\n}\n")
    anyp = os.path.join(tmp, "any.c")
    with open(anyp, "w") as f:
        f.write('#include "linux_syscall.h"\n'
                "volatile long lsc_sink;\n"
                "void _start(void) {\n"
                "    lsc_sink += (long)linux_syscall_name_arch((enum linux_arch)lsc_sink, 2);\n"
                "    for (;;) { }\n}\n")
    for arch in ("x86_64", "aarch64", "riscv64", "s390x"):
        flags = [CC, f"--target={TRIPLE[arch]}", "-ffreestanding", "-nostdlib", "-fPIE", "-I", INC]
        od = os.path.join(tmp, f"ar_{arch}")
        os.makedirs(od)
        p = run(flags + ["-O2", "-c"] + GENSRC, cwd=od)
        objs = sorted(glob.glob(os.path.join(od, "*.o")))
        lib = os.path.join(od, "liblinux_syscall_tables.a")
        q = run(["llvm-ar-19", "rcs", lib] + objs) if p.returncode == 0 else p
        if not check(q.returncode == 0, f"e. {arch}: archive of the {len(objs)} generated objects",
                     p.stderr + q.stderr):
            continue
        own_table = section_size(os.path.join(od, f"syscall_table_{arch}.o"), ".rodata")
        for opt in ("-O0", "-O2"):
            exe = os.path.join(od, f"own{opt}")
            p = run(flags + [opt, "-static-pie", LINK[arch], "-o", exe, prog, lib])
            abis, dispatch = table_symbols(exe) if p.returncode == 0 else (set(), True)
            rodata = section_size(exe, ".rodata") if p.returncode == 0 else -1
            check(p.returncode == 0 and abis == {arch} and not dispatch and 0 < rodata <= own_table + 512,
                  f"e. {arch} {opt}: static program using linux_syscall_name()/number() links only "
                  f"the {arch} table (.rodata {rodata} bytes; the {arch} table object's {own_table})",
                  p.stderr + f"tables linked: {sorted(abis)}, dispatcher linked: {dispatch}")
        exe = os.path.join(od, "any")
        p = run(flags + ["-O2", "-static-pie", LINK[arch], "-o", exe, anyp, lib])
        abis, dispatch = table_symbols(exe) if p.returncode == 0 else (set(), False)
        rodata = section_size(exe, ".rodata") if p.returncode == 0 else -1
        check(p.returncode == 0 and abis == set(ARCHES) and dispatch,
              f"e. {arch}: a program using linux_syscall_name_arch() links all {len(ARCHES)} "
              f"(.rodata {rodata} bytes)", p.stderr + f"tables linked: {sorted(abis)}")
        if arch == "x86_64":  # and with glibc, as most programs are built
            exe = os.path.join(od, "own_glibc")
            gprog = os.path.join(tmp, "own_glibc.c")
            with open(gprog, "w") as f:
                f.write('#include "linux_syscall.h"\n#include <stdio.h>\n'
                        'int main(void) { printf("%ld %s\\n", linux_syscall_number("openat"), '
                        "linux_syscall_name(0)); return 0; }\n")
            od2 = os.path.join(tmp, "ar_glibc")
            os.makedirs(od2)
            p = run(["gcc", "-O2", "-I", INC, "-c"] + GENSRC, cwd=od2)
            lib2 = os.path.join(od2, "liblinux_syscall_tables.a")
            if p.returncode == 0:
                p = run(["ar", "rcs", lib2] + sorted(glob.glob(os.path.join(od2, "*.o"))))
            if p.returncode == 0:
                p = run(["gcc", "-O0", "-static", "-I", INC, "-o", exe, gprog, lib2])
            r = run([exe]) if p.returncode == 0 else p
            abis, dispatch = table_symbols(exe) if p.returncode == 0 else (set(), True)
            check(p.returncode == 0 and r.stdout == "257 read\n" and abis == {"x86_64"} and not dispatch,
                  "e. x86_64 gcc -static glibc program: prints '257 read', links only the x86_64 table",
                  p.stderr + r.stdout + r.stderr + f" tables linked: {sorted(abis)}")


def uapi_errno(include_dir):
    """[(name, value or aliased name)] as <asm/errno.h> under include_dir
    defines them: its #includes followed (each file once, as their guards
    do), an #undef honoured; a name defined again after its #undef keeps
    its first place (powerpc's EDEADLOCK: 58 where asm-generic has it)."""
    out = {}  # name -> value, or None once #undef'd; insertion-ordered
    seen = set()

    def read(rel):
        if rel in seen:
            return
        seen.add(rel)
        with open(os.path.join(include_dir, rel)) as f:
            for line in f:
                m = re.match(r"\s*#\s*include\s*<([^>]+)>", line)
                if m:
                    read(m.group(1))
                    continue
                m = re.match(r"\s*#\s*undef\s+(E[A-Z0-9]+)", line)
                if m:
                    if m.group(1) in out:
                        out[m.group(1)] = None
                    continue
                m = re.match(r"\s*#\s*define\s+(E[A-Z0-9]+)\s+(\S+)", line)
                if m:
                    out[m.group(1)] = m.group(2)

    read("asm/errno.h")
    return [(n, v) for n, v in out.items() if v is not None]


def check_arch_errno(tmp):
    """The per-architecture errno tables (third_party/errno-tables, the
    generator's ARCH_ERRNO): each agrees with the installed cross uapi
    header where Debian has one, and a target of that architecture compiles
    with those values in LINUX_E* and in linux_errno_name()."""
    info("e. per-architecture errno tables")
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import gen_syscall_numbers as gen  # noqa: E402
    for table, (abis, cond) in gen.ARCH_ERRNO.items():
        tsv = os.path.join(ROOT, gen.DEFAULT_ERRNO_TABLES_REL, table + ".tsv")
        errs = gen.read_errno_tsv(tsv)
        # the cross uapi header of the first ABI that has a Debian gcc
        rows = [r for r in arch_table.all_rows() if r.abi in abis and r.gcc_triple]
        hdr = [os.path.join("/usr", r.gcc_triple, "include") for r in rows
               if os.path.isfile(os.path.join("/usr", r.gcc_triple, "include", "asm", "errno.h"))]
        if hdr:
            from_uapi = uapi_errno(hdr[0])
            ours = [(n, str(v) if a is None else a) for n, v, a in errs]
            check(ours == from_uapi, f"e. {table}.tsv is {hdr[0]}/asm/errno.h (and its includes)",
                  "\n".join(difflib.unified_diff([f"{a} {b}" for a, b in from_uapi],
                                                  [f"{a} {b}" for a, b in ours], lineterm="")))
        else:
            info(f"e. no cross uapi header for {table}: {tsv} not compared")
        vals = {n: v for n, v, _ in errs}
        canon = {}
        for n, v, _ in errs:
            canon.setdefault(v, n)
        for abi in abis:
            if abi not in TRIPLE:
                continue
            src = os.path.join(tmp, f"errno_{abi}.c")
            asserts = "".join(f"_Static_assert(LINUX_{n} == {v}, \"{n}\");\n" for n, v in vals.items())
            with open(src, "w") as f:
                f.write('#include "linux_syscall.h"\n' + asserts +
                        f"_Static_assert(LINUX_ERRNO_MAX == {max(vals.values())}, \"max\");\n")
            p = run([CC, f"--target={TRIPLE[abi]}", "-std=c11", "-ffreestanding", "-fsyntax-only", "-I", INC, src])
            check(p.returncode == 0, f"e. {abi} target: LINUX_E* are {table}.tsv's ({len(vals)} values)",
                  p.stderr)
            # linux_errno_name of the target's table: the generated C, its
            # #if evaluated for the target, holds the table's canonical names
            p = run([CC, f"--target={TRIPLE[abi]}", "-ffreestanding", "-E", "-P", "-I", INC,
                     os.path.join(ROOT, "core", "src", "generated", "errno_names.c")])
            names = re.findall(r'"(E[A-Z0-9]+)\\0"', p.stdout)
            want = [canon[v] for v in sorted(canon)]
            check(p.returncode == 0 and names == want,
                  f"e. {abi} target: linux_errno_name() has {table}.tsv's names in value order",
                  p.stderr or f"got {names[:8]}..., want {want[:8]}...")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", default=os.path.join(ROOT, "third_party", "syscall-tables", "linux-7.2-rc1"),
                    help="the tables the committed output was made from (default: the repository's)")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="lsc_numbers_")
    try:
        for step in (lambda: check_headers_match_tables(args.tables, tmp), lambda: check_against_debian_uapi(tmp),
                     lambda: check_generator(args.tables, tmp), lambda: check_runtime_tables(args.tables, tmp),
                     lambda: check_own_table_links_alone(tmp), lambda: check_arch_errno(tmp)):
            try:
                step()
            except Exception as e:  # a crashing step is a failure, not an abort
                check(False, f"test step raised {type(e).__name__}: {e}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

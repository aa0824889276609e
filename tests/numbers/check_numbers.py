#!/usr/bin/env python3
# SPDX-License-Identifier: 0BSD
"""Checks for scripts/gen_syscall_numbers.py and its generated output.

Usage: python3 tests/numbers/check_numbers.py [--tables DIR]
(or bash tests/numbers/check_numbers.sh).  Works from any directory.
Prints one PASS/FAIL line per check ('# ' lines are information) and ends
with 'N passed, N failed'; exit status 1 if any check failed.

  a. generated numbers/<arch>.h == shared TSVs (compiled _Static_asserts,
     SYSCALL_COUNT, and no extra #defines), target/<arch>.h likewise
  b. cross-check against Debian's installed uapi <asm/unistd.h> (6 arches)
  c. generator --check, determinism, --uapi mode, bad-input errors (exit 2)
  d. runtime tables: host round-trip test (tables_test.c), freestanding
     cross compiles without data relocations or undefined symbols, and
     static-PIE links with no dynamic relocations
"""

import argparse
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
GENSRC = [os.path.join(ROOT, "core", "src", "generated", f)
          for f in ("syscall_tables.c", "errno_names.c")]
CC = shutil.which("clang-19") or "clang-19"
OBJDUMP = shutil.which("llvm-objdump-19") or "llvm-objdump-19"
NM = shutil.which("llvm-nm-19") or "llvm-nm-19"
READELF = shutil.which("llvm-readelf-19") or "llvm-readelf-19"

ARCHES = ["x86_64", "x86", "aarch64", "arm", "riscv64", "s390x", "loongarch64"]
INFIX = {"x86_64": "X86_64", "x86": "X86", "aarch64": "AARCH64", "arm": "ARM",
         "riscv64": "RISCV64", "s390x": "S390X", "loongarch64": "LOONGARCH64"}
ENUM = {a: "LINUX_ARCH_" + INFIX[a] for a in ARCHES}
TRIPLE = {"x86_64": "x86_64-linux-gnu", "x86": "i686-linux-gnu",
          "aarch64": "aarch64-linux-gnu", "arm": "arm-linux-gnueabihf",
          "riscv64": "riscv64-linux-gnu", "s390x": "s390x-linux-gnu",
          "loongarch64": "loongarch64-linux-gnu"}
# Debian's installed uapi headers (-I dirs) per arch; loongarch64 has none.
UAPI = {"x86_64": ["/usr/include/x86_64-linux-gnu", "/usr/include"],
        "x86": ["/usr/i686-linux-gnu/include"],
        "aarch64": ["/usr/aarch64-linux-gnu/include"],
        "arm": ["/usr/arm-linux-gnueabihf/include"],
        "riscv64": ["/usr/riscv64-linux-gnu/include"],
        "s390x": ["/usr/s390x-linux-gnu/include"]}
MIN_COMPARED = 250

passed = 0
failed = 0


def check(ok, what, detail=None):
    global passed, failed
    if ok:
        passed += 1
        print(f"PASS {what}")
    else:
        failed += 1
        print(f"FAIL {what}")
        if detail:
            for line in str(detail).rstrip().splitlines()[:40]:
                print(f"#   {line}")
    sys.stdout.flush()
    return ok


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


def check_a(tables, tmp):
    info("a. generated headers vs the shared TSVs")
    for arch in ARCHES:
        tsv = read_tsv(os.path.join(tables, arch + ".tsv"))
        X = INFIX[arch]
        hdr = os.path.join(INC, "linux_syscall", "numbers", arch + ".h")
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

        # target/<arch>.h: LINUX_SYS_<name> for exactly the arch's names.
        thdr = os.path.join(INC, "linux_syscall", "numbers", "target", arch + ".h")
        tdefs = header_defines(thdr)
        twant = {f"LINUX_SYS_{n}": f"LINUX_{X}_SYS_{n}" for n, _ in tsv}
        twant[f"LINUX_SYSCALL_NUMBERS_TARGET_{X}_H"] = ""
        with open(thdr) as f:
            inc_ok = f'#include "../{arch}.h"' in f.read()
        lines = [f'#include "linux_syscall/numbers/target/{arch}.h"\n']
        for name, nr in tsv:
            lines.append(f'_Static_assert(LINUX_SYS_{name} == {nr}, "{arch} {name}");\n')
        p = compile_syntax("".join(lines), tmp, f"at_{arch}.c", ["-I", INC])
        check(tdefs == twant and inc_ok and p.returncode == 0,
              f"a. {arch}: target/{arch}.h maps LINUX_SYS_<name> for exactly the {len(tsv)} names",
              f"extra: {sorted(set(tdefs) - set(twant))}\nmissing: {sorted(set(twant) - set(tdefs))}\n"
              + p.stderr)

    # All headers together, pedantic C99, no includes needed.
    src = "".join(f'#include "linux_syscall/numbers/{a}.h"\n' for a in ARCHES)
    src += '#include "linux_syscall/errno.h"\nint lsc_dummy;\n'
    p = compile_syntax(src, tmp, "a_all.c", ["-std=c99", "-Wextra", "-Wpedantic", "-nostdinc", "-I", INC])
    check(p.returncode == 0, "a. all numbers/*.h and errno.h compile together (-std=c99 -Wpedantic -nostdinc)",
          p.stderr)
    # The generated headers start with the GENERATED comment naming the kernel.
    bad = []
    gen_files = [os.path.join(INC, "linux_syscall", "numbers", a + ".h") for a in ARCHES]
    gen_files += [os.path.join(INC, "linux_syscall", "numbers", "target", a + ".h") for a in ARCHES]
    gen_files += [os.path.join(INC, "linux_syscall", "errno.h")] + GENSRC
    for g in gen_files:
        with open(g) as f:
            first = f.readline()
        if not (first.startswith("/* GENERATED by scripts/gen_syscall_numbers.py from ")
                and "Linux 7.2-rc1" in first and "do not edit" in first):
            bad.append(os.path.relpath(g, ROOT))
    check(not bad, f"a. all {len(gen_files)} generated files start with the GENERATED comment (Linux 7.2-rc1)",
          "\n".join(bad))


def uapi_syscalls(arch, tmp):
    """{name: value-expr} of __NR_*/__ARM_NR_* macros in Debian's uapi (info only)."""
    p = run([CC, f"--target={TRIPLE[arch]}", "-E", "-dM", "-nostdinc"]
            + sum((["-I", d] for d in UAPI[arch]), []) + ["-x", "c", "-"],
            input="#include <asm/unistd.h>\n")
    names = set()
    for line in p.stdout.splitlines():
        m = re.match(r"#define (?:__NR_|__ARM_NR_)(\w+) ", line)
        if m and re.search(r"[a-z]", m.group(1)) and m.group(1) not in ("syscalls", "arch_specific_syscall"):
            names.add(m.group(1))
    return names


def uapi_compare(arch, header_dir, tmp, tag):
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
    path = os.path.join(tmp, f"{tag}_{arch}.c")
    with open(path, "w") as f:
        f.write("".join(lines))
    base = [CC, f"--target={TRIPLE[arch]}", "-std=c11", "-nostdinc"] \
        + sum((["-I", d] for d in UAPI[arch]), []) + ["-I", header_dir]
    p = run(base + ["-fsyntax-only", "-Werror", path])
    e = run(base + ["-E", "-P", path])
    compared = len(re.findall(r"_Static_assert\s*\(", e.stdout)) if e.returncode == 0 else 0
    if e.returncode != 0:
        p = subprocess.CompletedProcess(p.args, 1, "", p.stderr + e.stderr)
    return p, compared, set(ours)


def check_b(tmp):
    info("b. cross-check against Debian's installed uapi headers")
    for arch in UAPI:
        p, compared, ours = uapi_compare(arch, INC, tmp, "b")
        check(p.returncode == 0 and compared > MIN_COMPARED,
              f"b. {arch}: {compared} names agree with {UAPI[arch][0]}/asm/unistd.h (> {MIN_COMPARED})",
              p.stderr)
        theirs = uapi_syscalls(arch, tmp)
        only_ours = sorted(ours - theirs)
        only_uapi = sorted(theirs - ours)
        info(f"   {arch}: only in Linux 7.2-rc1 table ({len(only_ours)}): {' '.join(only_ours)}")
        info(f"   {arch}: only in Debian uapi ({len(only_uapi)}): {' '.join(only_uapi)}")


def check_c(tables, tmp):
    info("c. generator: --check, determinism, --uapi mode, bad input")
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
    p = run([sys.executable, GEN, "--tables", tables, "--out", ou,
             "--uapi", "aarch64=/usr/aarch64-linux-gnu/include"])
    if check(p.returncode == 0, "c. --uapi aarch64=/usr/aarch64-linux-gnu/include runs", p.stderr):
        p, compared, ours = uapi_compare("aarch64", os.path.join(ou, "core", "include"), tmp, "c")
        theirs = uapi_syscalls("aarch64", tmp)
        check(p.returncode == 0 and compared > MIN_COMPARED and ours == theirs,
              f"c. --uapi aarch64: all {compared} names equal the uapi's __NR_* values, same name set",
              p.stderr + f"\nours-theirs {sorted(ours - theirs)}\ntheirs-ours {sorted(theirs - ours)}")
        with open(os.path.join(ou, "core", "include", "linux_syscall", "numbers", "aarch64.h")) as f:
            first = f.readline()
        check("uapi headers /usr/aarch64-linux-gnu/include/asm/unistd.h" in first,
              "c. --uapi output names its source in the GENERATED comment", first)
    # arm (__NR_SYSCALL_BASE and __ARM_NR_BASE expressions) and riscv64
    # (__NR_arch_specific_syscall + n) through --dump, vs the compiler.
    for arch, d in (("arm", "/usr/arm-linux-gnueabihf/include"),
                    ("riscv64", "/usr/riscv64-linux-gnu/include"),
                    ("x86_64", "/usr/include")):
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
        q = run([CC, f"--target={TRIPLE[arch]}", "-fsyntax-only", "-std=c11", "-nostdinc"]
                + sum((["-I", i] for i in UAPI[arch]), []) + [path])
        check(p.returncode == 0 and q.returncode == 0 and len(ents) > MIN_COMPARED,
              f"c. --uapi {arch}={d} --dump: {len(ents)} evaluated numbers match the compiler's",
              p.stderr + q.stderr)

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
    ]
    for tag, mut, msg in cases:
        p = bad_tables(tag, mut)
        check(p.returncode == 2 and msg in p.stderr and not os.path.exists(os.path.join(tmp, "bad_out_" + tag)),
              f"c. bad tables ({tag}): exit 2, message '{msg}', nothing written",
              f"rc={p.returncode} stderr={p.stderr}")
    for args, msg in ((["--uapi", "aarch64=/nonexistent"], "no such directory"),
                      (["--uapi", "sparc=/usr/include"], "unknown arch"),
                      (["--uapi", f"aarch64={tmp}"], "asm/unistd.h not found"),
                      (["--tables", "/nonexistent"], "no such directory"),
                      (["--errno-dir", tmp], "no such file")):
        p = run([sys.executable, GEN, "--tables", tables, "--out", os.path.join(tmp, "bad_o")] + args)
        check(p.returncode == 2 and msg in p.stderr,
              f"c. bad option {' '.join(args)}: exit 2, message '{msg}'",
              f"rc={p.returncode} stderr={p.stderr}")


def cstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_d(tables, tmp):
    info("d. runtime tables")
    # Expectations from the TSVs and errno.h, generated now.
    out = ["static const struct exp_sys exp_sys[] = {\n"]
    unk = ["static const struct exp_unk exp_unk[] = {\n"]
    for arch in ARCHES:
        tsv = read_tsv(os.path.join(tables, arch + ".tsv"))
        for name, nr in tsv:
            out.append(f"    {{{ENUM[arch]}, {cstr(name)}, {nr}L}},\n")
        nrs = {nr for _, nr in tsv}
        absent = [n for n in range(0, max(nrs) + 2) if n not in nrs][:40]
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
    with open(os.path.join(tmp, "expect.inc"), "w") as f:
        f.write("".join(out + unk + errs))

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
    # no undefined symbols (no libc calls).
    allowed = re.compile(r"^\.(text|ARM\.exidx|eh_frame|debug_|rela?\.(text|eh_frame))")
    for arch in ARCHES:
        for opt in ("-O2", "-O0", "-Os"):
            problems = []
            for src in GENSRC:
                obj = os.path.join(tmp, f"{arch}{opt}_{os.path.basename(src)}.o")
                p = run([CC, f"--target={TRIPLE[arch]}", "-std=c99", "-Wall", "-Wextra", "-Wpedantic",
                         "-Werror", opt, "-ffreestanding", "-nostdlib", "-fPIE", "-I", INC,
                         "-c", src, "-o", obj])
                if p.returncode != 0:
                    problems.append(p.stderr)
                    continue
                r = run([OBJDUMP, "-r", obj])
                secs = re.findall(r"RELOCATION RECORDS FOR \[(.*?)\]", r.stdout)
                problems += [f"{os.path.basename(src)}: relocations in {s}"
                             for s in secs if not allowed.match(s)]
                if r.returncode != 0:
                    problems.append(r.stderr)
                u = run([NM, "-u", obj])
                und = [l.split()[-1] for l in u.stdout.splitlines() if l.strip()]
                und = [s for s in und if s != "_GLOBAL_OFFSET_TABLE_"]
                if und:
                    problems.append(f"{os.path.basename(src)}: undefined symbols {und}")
            check(not problems,
                  f"d. {arch} {opt}: -ffreestanding -nostdlib -fPIE -std=c99 -Wpedantic build, "
                  "no data relocations, no undefined symbols", "\n".join(problems))

    # Link into static PIEs (no crt, no libc): the result must carry no
    # dynamic relocations at all.
    start = os.path.join(tmp, "start.c")
    with open(start, "w") as f:
        f.write('#include "linux_syscall/tables.h"\n'
                "volatile long lsc_sink;\n"
                "void _start(void) {\n"
                '    lsc_sink = linux_syscall_number_arch(LINUX_ARCH_ARM, "openat");\n'
                "    lsc_sink += (long)linux_syscall_name_arch(LINUX_ARCH_X86_64, 2);\n"
                "    lsc_sink += (long)linux_errno_name(2);\n"
                "    for (;;) { }\n}\n")
    for arch in ("x86_64", "aarch64", "riscv64", "arm"):
        exe = os.path.join(tmp, f"spie_{arch}")
        p = run([CC, f"--target={TRIPLE[arch]}", "-O2", "-ffreestanding", "-nostdlib", "-fPIE",
                 "-static-pie", "-fuse-ld=lld", "-Wl,-z,text", "-I", INC, "-o", exe, start] + GENSRC)
        r = run([READELF, "-r", exe]) if p.returncode == 0 else p
        relocs = [l for l in r.stdout.splitlines() if re.match(r"\s*[0-9a-f]{8,16}\s", l)]
        check(p.returncode == 0 and r.returncode == 0 and not relocs,
              f"d. {arch}: static-PIE link has no dynamic relocations",
              p.stderr + "\n".join(relocs[:10]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", default=os.path.normpath(
        os.path.join(ROOT, "..", "shared", "syscall-tables", "linux-7.2-rc1")))
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="lsc_numbers_")
    try:
        for step in (lambda: check_a(args.tables, tmp), lambda: check_b(tmp),
                     lambda: check_c(args.tables, tmp), lambda: check_d(args.tables, tmp)):
            try:
                step()
            except Exception as e:  # a crashing step is a failure, not an abort
                check(False, f"test step raised {type(e).__name__}: {e}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

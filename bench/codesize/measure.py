#!/usr/bin/env python3
"""Code size of a system call, per architecture, compiler, variant and arity.

Compiles bench/codesize/callsites.c (one call-site function per arity 0-6)
for every core target (row) of the architecture table
(core/architectures.tsv) with clang-19 and, where the table names it, the
gcc cross compiler, in each variant:
  inline       force-inlined asm (the default build)
  trampoline   -DLINUX_SYSCALL_TRAMPOLINE: the call site calls
               linux_syscall_trampolineN from core/src/trampoline.S
  inline_int80 x86 only: -DLINUX_SYSCALL_X86_INT80 (no vDSO entry check)
  nolibc       the peer: the same call sites made of Linux's nolibc
               my_syscallN (headers bench/nolibc/extract put in out/bench/nolibc-include),
               on the architectures and arities nolibc 6.1 has
and measures with llvm-objdump-19 / llvm-nm-19: bytes and instructions of
each call-site function, and of the called trampoline (0 for inline).

  measure.py --out codesize.json [--build-dir DIR] [--arch NAME,...]
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCE = os.path.join(ROOT, "bench", "codesize", "callsites.c")

sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
import arch_table  # noqa: E402  (core/architectures.tsv)

# arch -> (clang target and flags, gcc cross compiler and flags or None):
# every core row, not one per ABI: rows of one ABI differ in their call
# sites and trampolines (ppc64 ELFv1's function descriptors and TOC against
# ppc64le's ELFv2, armel's soft-float armv5te against arm's armv7-a), and
# each row is an "arch" of its own in the output.
ARCHES = {
    t.name: (t.clang_args, [t.gcc] + t.cflags if "gcc" in t.compilers else None)
    for t in arch_table.targets()
}
VARIANT_FLAGS = {
    "inline": [],
    "trampoline": ["-DLINUX_SYSCALL_TRAMPOLINE"],
    "inline_int80": ["-DLINUX_SYSCALL_X86_INT80"],
    "nolibc": ["-DCODESIZE_NOLIBC"],  # plus -I NOLIBC_INCLUDE (measure_one)
}
NOLIBC_INCLUDE = os.path.join(ROOT, "out", "bench", "nolibc-include")


class NolibcUnsupported(Exception):
    pass
CFLAGS = ["-O2", "-ffreestanding", "-I" + os.path.join(ROOT, "core", "include")]
OBJDUMP = "llvm-objdump-19"
NM = "llvm-nm-19"


def run(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError("%s failed:\n%s" % (" ".join(cmd), proc.stderr.strip()))
    return proc.stdout


def compiler_cmd(arch, compiler):
    clang_flags, gcc = ARCHES[arch]
    if compiler == "clang-19":
        return ["clang-19"] + clang_flags
    return gcc


def symbol_sizes(obj):
    """{symbol: bytes} of the defined functions in obj (an ELFv1 function's
    symbol is its descriptor in .opd, whose size is that of its code)."""
    sizes = {}
    for line in run([NM, "--print-size", "--defined-only", obj]).splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2].lower() == "t":
            sizes[parts[3]] = int(parts[1], 16)
    sizes.update({name: size for name, (_, size) in descriptor_code(obj).items()})
    return sizes


def descriptor_code(obj):
    """{symbol: (entry, bytes)} of the ELFv1 (ppc64 big-endian) functions in
    obj: the symbol names a descriptor in .opd, and the descriptor's first
    doubleword, relocated against .text, is the entry. Empty elsewhere."""
    descriptors = {}
    for line in run([OBJDUMP, "-t", obj]).splitlines():
        m = re.match(r"^([0-9a-f]+) .* F \.opd\s+([0-9a-f]+) (\S+)$", line)
        if m:
            descriptors[int(m.group(1), 16)] = (m.group(3), int(m.group(2), 16))
    if not descriptors:
        return {}
    entries, in_opd = {}, False
    for line in run([OBJDUMP, "-r", obj]).splitlines():
        if line.startswith("RELOCATION RECORDS FOR"):
            in_opd = line.strip() == "RELOCATION RECORDS FOR [.opd]:"
            continue
        m = re.match(r"^([0-9a-f]+)\s+R_PPC64_ADDR64\s+\.text(?:\+0x([0-9a-f]+))?$", line)
        if in_opd and m and int(m.group(1), 16) in descriptors:
            name, size = descriptors[int(m.group(1), 16)]
            entries[name] = (int(m.group(2) or "0", 16), size)
    missing = sorted(n for n, _ in descriptors.values() if n not in entries)
    if missing:
        raise RuntimeError("%s: no .text entry for the descriptors of %s"
                           % (obj, " ".join(missing)))
    return entries


def instruction_counts(obj):
    """{symbol: instructions} from the disassembly of obj. ELFv1 code has no
    symbols of its own: its functions are counted over [entry, entry + size)
    of .text."""
    counts, current, section, text = {}, None, None, []
    for line in run([OBJDUMP, "-d", "--no-show-raw-insn", obj]).splitlines():
        header = re.match(r"^[0-9a-f]+ <([^>]+)>:$", line)
        insn = re.match(r"^\s+([0-9a-f]+):\s+\S", line)
        if line.startswith("Disassembly of section "):
            section = line[len("Disassembly of section "):].rstrip(":")
        if header:
            current = header.group(1)
            counts[current] = 0
        elif insn:
            if section == ".text":
                text.append(int(insn.group(1), 16))
            if current:
                counts[current] += 1
        elif not line.strip():
            current = None
    for name, (entry, size) in descriptor_code(obj).items():
        counts[name] = sum(1 for a in text if entry <= a < entry + size)
    return counts


def measure_one(arch, compiler, variant, build_dir):
    out_dir = os.path.join(build_dir, compiler, arch)
    os.makedirs(out_dir, exist_ok=True)
    cc = compiler_cmd(arch, compiler)
    obj = os.path.join(out_dir, variant + ".o")
    extra = ["-I" + NOLIBC_INCLUDE] if variant == "nolibc" else []
    try:
        run(cc + CFLAGS + VARIANT_FLAGS[variant] + extra + ["-c", SOURCE, "-o", obj])
    except RuntimeError as e:
        if variant == "nolibc" and "nolibc-unsupported" in str(e):
            raise NolibcUnsupported(arch)
        # nolibc 6.1's arm start-up asm ("pop {%r0}") is GNU as syntax that
        # clang's integrated assembler refuses; the call sites are not asm
        # text, so assembling with the cross binutils changes nothing in them.
        if variant != "nolibc" or compiler != "clang-19":
            raise
        run(cc + ["-fno-integrated-as"] + CFLAGS + VARIANT_FLAGS[variant] + extra +
            ["-c", SOURCE, "-o", obj])
    sizes, insns = symbol_sizes(obj), instruction_counts(obj)
    callee_sizes, callee_insns = {}, {}
    if variant == "trampoline":
        tramp_src = os.path.join(ROOT, "core", "src", "trampoline.S")
        tramp_obj = os.path.join(out_dir, "trampoline.o")
        run(cc + CFLAGS + ["-c", tramp_src, "-o", tramp_obj])
        callee_sizes, callee_insns = symbol_sizes(tramp_obj), instruction_counts(tramp_obj)
    rows = []
    for arity in range(7):
        fn = "codesize_call%d" % arity
        if variant == "nolibc" and fn not in sizes:
            continue  # an arity nolibc lacks on this architecture (6.1 arm: no my_syscall6)
        callee = "linux_syscall_trampoline%d" % arity
        row = {
            "arch": arch, "compiler": compiler, "variant": variant, "arity": arity,
            "callsite_bytes": sizes[fn], "callsite_insns": insns[fn],
            "callee_bytes": callee_sizes.get(callee, 0),
            "callee_insns": callee_insns.get(callee, 0),
        }
        row["total_bytes"] = row["callsite_bytes"] + row["callee_bytes"]
        rows.append(row)
    return rows


def jobs(arches=None):
    for arch, (_, gcc) in ARCHES.items():
        if arches and arch not in arches:
            continue
        compilers = ["clang-19"] + ([gcc[0]] if gcc and shutil.which(gcc[0]) else [])
        # Every core target has its trampolines (core/src/trampoline.S).
        variants = ["inline", "trampoline"]
        if arch == "x86":
            variants.append("inline_int80")
        if os.path.exists(os.path.join(NOLIBC_INCLUDE, "nolibc", "arch.h")):
            variants.append("nolibc")
        for compiler in compilers:
            for variant in variants:
                yield arch, ("gcc" if compiler != "clang-19" else compiler), variant


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSON file to write")
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "out", "bench", "codesize"))
    ap.add_argument("--arch", help="comma-separated targets of the architecture table "
                    "(default: every core target)")
    args = ap.parse_args()
    arches = args.arch.split(",") if args.arch else None
    unknown = [a for a in arches or [] if a not in ARCHES]
    if unknown:
        sys.exit("measure.py: --arch: not a core target of core/architectures.tsv: %s (known: %s)"
                 % (", ".join(unknown), " ".join(ARCHES)))
    for tool in ("clang-19", OBJDUMP, NM):
        if not shutil.which(tool):
            sys.exit("measure.py: %s not found (scripts/install-deps bench)" % tool)

    def task(job):
        arch, compiler, variant = job
        return measure_one(arch, compiler, variant, args.build_dir), job

    rows, errors, nolibc_unsupported = [], [], set()
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for future in [pool.submit(task, j) for j in jobs(arches)]:
            try:
                got, (arch, compiler, variant) = future.result()
                for r in got:
                    r["compiler"] = compiler if compiler == "clang-19" else "gcc-12"
                rows.extend(got)
            except NolibcUnsupported as e:
                nolibc_unsupported.add(str(e))
            except RuntimeError as e:
                errors.append(str(e))
    versions = {"clang-19": run(["clang-19", "--version"]).splitlines()[0]}
    if shutil.which("gcc"):
        versions["gcc-12"] = run(["gcc", "--version"]).splitlines()[0]
    doc = {
        "instrument": "llvm-objdump-19 -d and llvm-nm-19 --print-size on -O2 -ffreestanding objects",
        "source": "bench/codesize/callsites.c",
        "compilers": versions,
        "rows": rows,
        "errors": errors,
        "nolibc": ("headers in %s; architectures nolibc 6.1 lacks: %s" % (
            os.path.relpath(NOLIBC_INCLUDE, ROOT), ", ".join(sorted(nolibc_unsupported)) or "none")
                   if os.path.exists(os.path.join(NOLIBC_INCLUDE, "nolibc", "arch.h")) else
                   "not measured: no nolibc headers (bench/nolibc/extract)"),
    }
    with open(args.out, "w") as f:
        json.dump(doc, f, indent=1)
    print("codesize: %d rows, %d errors -> %s" % (len(rows), len(errors), args.out))
    for e in errors:
        print("codesize: ERROR " + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

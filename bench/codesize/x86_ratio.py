#!/usr/bin/env python3
"""i386 call sites: the default (vDSO entry) site against the `int $0x80` site.

Compiles bench/codesize/callsites.c for i386 with clang-19 and
i686-linux-gnu-gcc, at -O2 and -Os, non-PIC (-fno-pic), PIE and PIC, once
as the default build and once with -DLINUX_SYSCALL_X86_INT80, and compares
the call-site functions arity by arity (llvm-nm-19 --print-size).

The default site makes one indirect call where the int80 site has
`int $0x80`. What that call costs by itself is measured, not assumed, per
compiler and flags, from bench/codesize/x86_indirect_call.c: the bytes of a
function that makes one indirect call through a hidden word (with the GOT
register set-up PIC and PIE code need for it) minus those of the same
function without the call. The bound is then

    default - indirect_call <= LIMIT * int80          (LIMIT = 1.3)

  x86_ratio.py [--include DIR] [--json OUT] [--check] [--build-dir DIR]
    --include  the core/include to measure (default: this checkout's)
    --check    exit 1 if any site exceeds the bound
Prints a Markdown table per compiler.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import measure  # noqa: E402  (same directory: symbol_sizes, run)

ROOT = measure.ROOT
LIMIT = 1.3
X86 = measure.arch_table.target("x86")
COMPILERS = {
    "clang-19": ["clang-19"] + X86.clang_args,
    "gcc-12": [X86.gcc] + X86.cflags,
}
OPTS = ["-O2", "-Os"]
MODELS = {"non-PIC": ["-fno-pic"], "PIE": ["-fPIE"], "PIC": ["-fPIC"]}
REFERENCE = os.path.join(HERE, "x86_indirect_call.c")


def compile_sizes(cc, flags, source, obj):
    measure.run(cc + flags + ["-ffreestanding", "-c", source, "-o", obj])
    return measure.symbol_sizes(obj)


def measure_all(include, build_dir):
    rows = []
    for compiler, cc in COMPILERS.items():
        if not shutil.which(cc[0]):
            raise RuntimeError("%s not found (scripts/install-deps)" % cc[0])
        for opt in OPTS:
            for model, model_flags in MODELS.items():
                base = [opt] + model_flags + ["-I" + include]
                tag = "%s%s-%s" % (compiler, opt, model)
                ref = compile_sizes(cc, base, REFERENCE, os.path.join(build_dir, tag + "-ref.o"))
                indirect = ref["codesize_x86_indirect_call"] - ref["codesize_x86_no_call"]
                default = compile_sizes(cc, base, measure.SOURCE, os.path.join(build_dir, tag + "-default.o"))
                int80 = compile_sizes(cc, base + ["-DLINUX_SYSCALL_X86_INT80"], measure.SOURCE,
                                      os.path.join(build_dir, tag + "-int80.o"))
                for arity in range(7):
                    fn = "codesize_call%d" % arity
                    ratio = (default[fn] - indirect) / int80[fn]
                    rows.append({
                        "compiler": compiler, "opt": opt, "model": model, "arity": arity,
                        "default_bytes": default[fn], "int80_bytes": int80[fn],
                        "indirect_call_bytes": indirect,
                        "ratio": round(ratio, 3), "ok": ratio <= LIMIT,
                    })
    return rows


def render(rows):
    out = []
    for compiler in COMPILERS:
        out.append("**%s** — default / int80 bytes, ratio = (default − indirect call) / int80"
                   " (bound %.1f)\n" % (compiler, LIMIT))
        out.append("| flags | indirect call | " + " | ".join("arity %d" % a for a in range(7)) + " |")
        out.append("|---|---|" + "---|" * 7)
        for opt in OPTS:
            for model in MODELS:
                sel = [r for r in rows if r["compiler"] == compiler and r["opt"] == opt and r["model"] == model]
                cells = ["%d / %d = %.2f%s" % (r["default_bytes"], r["int80_bytes"], r["ratio"],
                                               "" if r["ok"] else " **over**") for r in sel]
                out.append("| %s %s | %d | %s |" % (opt, model, sel[0]["indirect_call_bytes"], " | ".join(cells)))
        out.append("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--include", default=os.path.join(ROOT, "core", "include"))
    ap.add_argument("--json", help="write the rows as JSON here")
    ap.add_argument("--check", action="store_true", help="exit 1 if a site exceeds the bound")
    ap.add_argument("--build-dir")
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.include, "linux_syscall.h")):
        sys.exit("x86_ratio.py: %s has no linux_syscall.h" % args.include)
    for tool in (measure.NM,):
        if not shutil.which(tool):
            sys.exit("x86_ratio.py: %s not found (scripts/install-deps bench)" % tool)
    with tempfile.TemporaryDirectory() as tmp:
        build_dir = args.build_dir or tmp
        os.makedirs(build_dir, exist_ok=True)
        try:
            rows = measure_all(os.path.abspath(args.include), build_dir)
        except RuntimeError as e:
            sys.exit("x86_ratio.py: %s" % e)
    print(render(rows))
    over = [r for r in rows if not r["ok"]]
    print("%d of %d i386 call sites within %.1fx the int $0x80 site (after the indirect call)"
          % (len(rows) - len(over), len(rows), LIMIT))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"limit": LIMIT, "source": "bench/codesize/callsites.c",
                       "reference": "bench/codesize/x86_indirect_call.c", "rows": rows}, f, indent=1)
    return 1 if args.check and over else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: 0BSD
"""Generate Linux syscall-number headers, errno constants and runtime tables.

Outputs (relative to --out, default: the repository root), for each of the 28
ABIs (<abi> = the table's file name: x86_64, x86, ..., mips64, powerpc64, ...):
  core/include/linux_syscall/numbers/<abi>.h          LINUX_<ABI>_SYS_<name> <nr>
  core/include/linux_syscall/numbers/target/<abi>.h   LINUX_SYS_<name> aliases, only
                                                      for compilation targets (the
                                                      seven supported ones unless
                                                      --target-headers says more)
  core/include/linux_syscall/tables.h                 enum linux_arch, declarations
  core/include/linux_syscall/errno.h                  LINUX_E<NAME> <n> (asm-generic's,
                                                      or the target's errno/<table>.h)
  core/include/linux_syscall/errno/<table>.h          an architecture's own errno values
  core/src/generated/syscall_table_<abi>.c            one ABI's name <-> number table
                                                      (own translation unit: a program
                                                      links only the tables it calls)
  core/src/generated/syscall_lookup.{c,h}             the searches the tables share
  core/src/generated/syscall_tables.c                 linux_syscall_*_arch() dispatch
  core/src/generated/errno_names.c                    errno -> name table
  core/include/linux_syscall/errno/<arch>.h           LINUX_E<NAME> of an architecture
                                                      with errno values of its own
                                                      (ARCH_ERRNO); errno.h and
                                                      errno_names.c select it

Sources:
  --tables DIR     directory of <abi>.tsv files ("name<TAB>number" per line);
                   default third_party/syscall-tables/linux-7.2-rc1 in the
                   repository (the project's own copy, see its README.md).
                   The generated files name the directory they were made
                   from (repository-relative inside the repository, else
                   absolute) and the Linux version its name gives
                   (linux-X.Y[-rcN]) or --kernel-version.
  --uapi ABI=DIR   take ABI's numbers from installed kernel uapi headers
                   (DIR/asm/unistd.h, via the C preprocessor) instead of the
                   table; repeatable.
  --errno-dir DIR  uapi include dir holding asm-generic/errno{-base,}.h
                   (default /usr/include).
  --errno-tables DIR  the errno tables of the architectures that number
                   errno differently (ARCH_ERRNO below), <table>.tsv;
                   default third_party/errno-tables in the repository.

--check regenerates into a temporary directory and exits 1 (printing a diff)
when the files under --out differ.  Errors in the input exit with status 2.
The output is deterministic: it depends only on the inputs and options (no
absolute paths of the default inputs, no time stamps).
"""

import argparse
import ast
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

SCRIPT = "scripts/gen_syscall_numbers.py"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TABLES_REL = "third_party/syscall-tables/linux-7.2-rc1"

sys.path.insert(0, os.path.join(REPO_ROOT, "scripts", "lib"))
import arch_table  # noqa: E402  (core/architectures.tsv)

# ABI (= table file name), clang target triple for preprocessing its uapi
# headers (None: no clang target; preprocess with -undef, which suits the
# headers of alpha, parisc and sh that test no target macro). Order = enum
# order: the architecture table's primary row of each ABI, in table order.
try:
    _ABI_ROWS = arch_table.abis()
except arch_table.TableError as _e:
    sys.exit("%s: %s" % (SCRIPT, _e))
ABI_LIST = [(r.abi, r.clang_triple) for r in _ABI_ROWS]
# The compilation targets the library supports (core = yes; core/include/
# linux_syscall/target_arch.h): only these get numbers/target/<abi>.h
# unless --target-headers.
SUPPORTED_TARGETS = [r.abi for r in arch_table.abis(core_only=True)]
# Debian's multiarch directory name (defaults to the clang triple).
MULTIARCH = {r.abi: r.multiarch for r in _ABI_ROWS if r.multiarch}

# Architectures whose errno values are not asm-generic's: table name ->
# (the ABIs it serves, the preprocessor test of a compilation target that
# selects it). Each has third_party/errno-tables/<table>.tsv (complete, in
# kernel order) and gets core/include/linux_syscall/errno/<table>.h; errno.h
# and errno_names.c pick the target's table under its test and fall back to
# asm-generic's values. alpha and parisc differ too: each would be one
# entry here and one .tsv.
DEFAULT_ERRNO_TABLES_REL = "third_party/errno-tables"
ARCH_ERRNO = {
    # o32, n32 and n64 share arch/mips/include/uapi/asm/errno.h
    "mips": (("mips", "mips64", "mipsn32"), "defined(__mips__)"),
    # sparc64 and sparc share arch/sparc/include/uapi/asm/errno.h
    "sparc": (("sparc64", "sparc"), "defined(__sparc__)"),
    # ppc64le, ppc64 and ppc share arch/powerpc/include/uapi/asm/errno.h:
    # asm-generic's but EDEADLOCK, 58 instead of an alias of EDEADLK (35).
    # __powerpc__ is predefined for 64-bit powerpc as well.
    "powerpc": (("powerpc64", "powerpc"), "defined(__powerpc__)"),
}

# Names that share a number with another in a table: the uapi header's
# aliases (alpha's asm/unistd.h: #define __NR_getpid __NR_getxpid, ...).
# Both names are defined; the run-time name of the number is the kernel
# table's (the second).  Any other shared number is an error in the input.
TSV_ALIASES = {
    "alpha": {"getpid": "getxpid", "getuid": "getxuid", "getgid": "getxgid",
              "umount": "umount2", "osf_shmat": "shmat"},
}

# name, macro infix, enum constant, triple
ARCHES = [(a, a.upper(), "LINUX_ARCH_" + a.upper(), t) for a, t in ABI_LIST]
ARCH_NAMES = [a[0] for a in ARCHES]
ARCH_INFO = {a[0]: a for a in ARCHES}

IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
INT32_MAX = 2**31 - 1

# __NR_* macros in uapi headers that are not system calls.
UAPI_NON_SYSCALLS = {"syscalls", "arch_specific_syscall", "syscall_max",
                     "Linux"}  # mips: __NR_Linux, the ABI's base (4000/5000/6000)


class GenError(Exception):
    """Bad input: reported on stderr, exit status 2."""


# --------------------------------------------------------------------------
# Input: TSV tables


def read_tsv(path, aliases=None):
    """Return [(name, number, is_alias)] from a name<TAB>number file.
    aliases: {alias: canonical} names allowed to share a number."""
    aliases = aliases or {}
    if not os.path.isfile(path):
        raise GenError(f"{path}: no such file")
    try:
        with open(path, "rb") as f:
            data = f.read().decode("ascii")
    except UnicodeDecodeError as e:
        raise GenError(f"{path}: not ASCII text ({e})")
    entries = []
    seen_names = {}
    seen_numbers = {}
    for lineno, line in enumerate(data.split("\n"), 1):
        if line == "" or line.startswith("#"):
            continue
        if line.endswith("\r"):
            line = line[:-1]
        fields = line.split("\t")
        if len(fields) != 2:
            raise GenError(f"{path}:{lineno}: malformed line (want 'name<TAB>number'): {line!r}")
        name, num = fields[0].strip(), fields[1].strip()
        if not IDENT_RE.match(name):
            raise GenError(f"{path}:{lineno}: invalid syscall name {name!r}")
        if not re.fullmatch(r"[0-9]+", num):
            raise GenError(f"{path}:{lineno}: number for {name!r} is not a non-negative integer: {num!r}")
        number = int(num, 10)
        if number > INT32_MAX:
            raise GenError(f"{path}:{lineno}: number {number} for {name!r} does not fit in int32")
        if name in seen_names:
            raise GenError(f"{path}:{lineno}: duplicate name {name!r} (first on line {seen_names[name]})")
        other = seen_numbers.get(number)
        if other and (aliases.get(name) == other[0] or aliases.get(other[0]) == name):
            seen_names[name] = lineno  # a declared alias pair
            entries.append((name, number, False))
            continue
        if number in seen_numbers:
            raise GenError(f"{path}:{lineno}: duplicate number {number} for {name!r} "
                           f"(already used by {seen_numbers[number][0]!r} on line {seen_numbers[number][1]})")
        seen_names[name] = lineno
        seen_numbers[number] = (name, lineno)
        entries.append((name, number, False))
    if not entries:
        raise GenError(f"{path}: no entries")
    return [(n, v, aliases.get(n) in seen_names) for n, v, _ in entries]


def version_from_tables_dir(path):
    base = os.path.basename(os.path.normpath(path))
    m = re.fullmatch(r"linux-([0-9]+\.[0-9]+(?:\.[0-9]+)?(?:-rc[0-9]+)?)", base)
    return ("Linux " + m.group(1)) if m else None


# --------------------------------------------------------------------------
# Input: uapi headers through the C preprocessor

_TOKEN_RE = re.compile(r"\s*(?:(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]*|(<<|>>|[-+*/%|&^~()])|(\S))")


def eval_c_int(expr, what):
    """Evaluate a preprocessed C integer constant expression (no identifiers)."""
    out = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN_RE.match(expr, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group(1) is not None:
            lit = m.group(1)
            if lit.lower().startswith("0x"):
                v = int(lit, 16)
            elif len(lit) > 1 and lit.startswith("0"):
                v = int(lit, 8)
            else:
                v = int(lit, 10)
            out.append(str(v))
        elif m.group(2) is not None:
            op = m.group(2)
            out.append("//" if op == "/" else op)
        else:
            raise GenError(f"{what}: not an integer expression: {expr!r}")
    if pos != len(expr.rstrip()) and expr[pos:].strip():
        raise GenError(f"{what}: not an integer expression: {expr!r}")
    text = " ".join(out)
    if not text:
        raise GenError(f"{what}: empty expression")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        raise GenError(f"{what}: not an integer expression: {expr!r}")
    allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Add, ast.Sub,
               ast.Mult, ast.FloorDiv, ast.Mod, ast.LShift, ast.RShift, ast.BitOr,
               ast.BitAnd, ast.BitXor, ast.Invert, ast.USub, ast.UAdd)
    for node in ast.walk(tree):
        if not isinstance(node, allowed):
            raise GenError(f"{what}: unsupported expression: {expr!r}")
    try:
        return eval(compile(tree, "<expr>", "eval"), {"__builtins__": {}}, {})
    except ZeroDivisionError:
        raise GenError(f"{what}: division by zero in {expr!r}")


def run_cpp(cc, triple, incdirs, source, extra):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.c")
        with open(src, "w") as f:
            f.write(source)
        cmd = [cc]
        if triple is None:
            cmd.append("-undef")  # no target macros: nothing to pick a wrong branch
        elif "clang" in os.path.basename(cc):
            cmd.append("--target=" + triple)
        cmd += ["-E", "-nostdinc"] + extra
        for d in incdirs:
            cmd += ["-I", d]
        cmd.append(src)
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError as e:
            raise GenError(f"cannot run preprocessor {cc!r}: {e}")
        if p.returncode != 0:
            raise GenError(f"preprocessor failed ({' '.join(cmd)}):\n{p.stderr.strip()}")
        return p.stdout


def uapi_incdirs(arch, d):
    """DIR plus DIR/<multiarch> when asm/ lives there (Debian's /usr/include)."""
    dirs = []
    multi = MULTIARCH.get(arch) or ARCH_INFO[arch][3]
    multi = os.path.join(d, multi) if multi else None
    if multi and not os.path.isdir(os.path.join(d, "asm")) and os.path.isdir(os.path.join(multi, "asm")):
        dirs.append(multi)
    dirs.append(d)
    return dirs


def read_uapi(arch, d, cc):
    """Return ([(name, number, is_alias)], version string) from DIR/asm/unistd.h."""
    if not os.path.isdir(d):
        raise GenError(f"--uapi {arch}={d}: no such directory")
    incdirs = uapi_incdirs(arch, d)
    if not any(os.path.isfile(os.path.join(i, "asm", "unistd.h")) for i in incdirs):
        raise GenError(f"--uapi {arch}={d}: asm/unistd.h not found")
    triple = ARCH_INFO[arch][3]
    macros = run_cpp(cc, triple, incdirs, "#include <asm/unistd.h>\n", ["-dM"])
    bodies = {}
    for line in macros.splitlines():
        m = re.match(r"#define\s+(\w+)(\(?)\s*(.*)$", line)
        if not m or m.group(2):
            continue
        bodies[m.group(1)] = m.group(3).strip()
    wanted = []  # (macro, name)
    for macro in sorted(bodies):
        m = re.fullmatch(r"__NR_(\w+)", macro) or re.fullmatch(r"__ARM_NR_(\w+)", macro)
        if not m:
            continue
        name = m.group(1)
        if name in UAPI_NON_SYSCALLS or not re.search(r"[a-z]", name):
            continue  # __NR_syscalls, __NR_SYSCALL_BASE, __ARM_NR_BASE, ...
        if "__X32_SYSCALL_BIT" in bodies[macro] and arch != "x32":
            continue  # x32 ABI entries (the x32 table keeps them, bit included)
        wanted.append((macro, name))
    if not wanted:
        raise GenError(f"--uapi {arch}={d}: no __NR_* macros found in asm/unistd.h")
    src = "#include <asm/unistd.h>\n" + "".join(
        f"LSCGEN_VALUE_{macro} = {macro} ;\n" for macro, _ in wanted)
    if os.path.isfile(os.path.join(d, "linux", "version.h")):
        src += "#include <linux/version.h>\nLSCGEN_VERSION = LINUX_VERSION_CODE ;\n"
    pre = run_cpp(cc, triple, incdirs, src, ["-P"])
    values = {}
    version = None
    for line in pre.splitlines():
        m = re.match(r"\s*LSCGEN_VALUE_(\w+)\s*=\s*(.*?)\s*;\s*$", line)
        if m:
            values[m.group(1)] = eval_c_int(m.group(2), f"{d}: {m.group(1)}")
            continue
        m = re.match(r"\s*LSCGEN_VERSION\s*=\s*(.*?)\s*;\s*$", line)
        if m:
            try:
                code = eval_c_int(m.group(1), "LINUX_VERSION_CODE")
                version = f"Linux {code >> 16}.{(code >> 8) & 255}.{code & 255}"
            except GenError:
                version = None
    entries = []
    seen = {}
    for macro, name in wanted:
        if macro not in values:
            raise GenError(f"{d}: could not evaluate {macro}")
        v = values[macro]
        if v < 0 or v > INT32_MAX:
            raise GenError(f"{d}: {macro} = {v} out of range")
        if name in seen:
            raise GenError(f"{d}: duplicate name {name!r} ({seen[name]} and {macro})")
        seen[name] = macro
        # A macro defined as another syscall macro (e.g. arm's
        # __NR_sync_file_range2 -> __NR_arm_sync_file_range) is an alias.
        is_alias = re.fullmatch(r"__(?:ARM_)?NR_\w+", bodies[macro]) is not None \
            and bodies[macro] in values
        entries.append((name, v, is_alias))
    by_nr = {}
    for name, v, is_alias in entries:
        by_nr.setdefault(v, []).append((name, is_alias))
    for v, names in by_nr.items():
        if sum(1 for _, a in names if not a) > 1:
            raise GenError(f"{d}: number {v} used by several syscalls: "
                           + ", ".join(n for n, _ in names))
    return entries, version


# --------------------------------------------------------------------------
# Input: errno

def read_errno(d):
    """Return [(name, value, alias_of_or_None)] in definition order."""
    out = []
    values = {}
    for rel in ("asm-generic/errno-base.h", "asm-generic/errno.h"):
        path = os.path.join(d, rel)
        if not os.path.isfile(path):
            raise GenError(f"{path}: no such file")
        with open(path, encoding="ascii", errors="replace") as f:
            for lineno, line in enumerate(f, 1):
                m = re.match(r"\s*#\s*define\s+(E[A-Z0-9]+)\s+(\S+)", line)
                if not m:
                    continue
                name, val = m.group(1), m.group(2)
                if name in values:
                    raise GenError(f"{path}:{lineno}: duplicate errno {name}")
                if re.fullmatch(r"[0-9]+", val):
                    values[name] = int(val)
                    out.append((name, int(val), None))
                elif val in values:
                    values[name] = values[val]
                    out.append((name, values[val], val))
                else:
                    raise GenError(f"{path}:{lineno}: cannot evaluate {name} = {val!r}")
    if not out:
        raise GenError(f"{d}: no errno definitions found")
    return out


def read_errno_tsv(path):
    """A per-architecture errno table (NAME<TAB>value or NAME<TAB>OTHER):
    [(name, value, alias_of_or_None)] in file order, as read_errno()."""
    if not os.path.isfile(path):
        raise GenError(f"{path}: no such file")
    out = []
    values = {}
    with open(path, encoding="ascii") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not re.fullmatch(r"E[A-Z0-9]+", parts[0]):
                raise GenError(f"{path}:{lineno}: malformed line {line!r} (NAME<TAB>value)")
            name, val = parts
            if name in values:
                raise GenError(f"{path}:{lineno}: duplicate errno {name}")
            if re.fullmatch(r"[0-9]+", val):
                values[name] = int(val)
                out.append((name, int(val), None))
            elif val in values:
                values[name] = values[val]
                out.append((name, values[val], val))
            else:
                raise GenError(f"{path}:{lineno}: cannot evaluate {name} = {val!r}")
    if not out:
        raise GenError(f"{path}: no errno definitions found")
    return out


# --------------------------------------------------------------------------
# Output


def hdr_comment(desc):
    return (f"/* GENERATED by {SCRIPT} from {desc}; do not edit. */\n"
            "/* SPDX-License-Identifier: 0BSD */\n")


def sort_entries(entries):
    # By number; at equal numbers the canonical (non-alias) name comes first.
    return sorted(entries, key=lambda e: (e[1], e[2], e[0]))


def gen_arch_header(arch, entries, desc):
    infix = ARCH_INFO[arch][1]
    guard = f"LINUX_SYSCALL_NUMBERS_{infix}_H"
    lines = [hdr_comment(desc), f"#ifndef {guard}\n#define {guard}\n\n"]
    width = max(len(f"LINUX_{infix}_SYS_{n}") for n, _, _ in entries)
    for name, nr, _ in sort_entries(entries):
        lines.append(f"#define {f'LINUX_{infix}_SYS_{name}':<{width}} {nr}\n")
    lines.append(f"\n#define LINUX_{infix}_SYSCALL_COUNT {len(entries)}\n")
    lines.append(f"\n#endif /* {guard} */\n")
    return "".join(lines)


def gen_target_header(arch, entries, desc):
    infix = ARCH_INFO[arch][1]
    guard = f"LINUX_SYSCALL_NUMBERS_TARGET_{infix}_H"
    lines = [hdr_comment(desc),
             f"/* Included only for a {arch} compilation target: names that do not\n"
             f" * exist on {arch} stay undefined, so '#ifdef LINUX_SYS_<name>' works. */\n",
             f"#ifndef {guard}\n#define {guard}\n\n",
             f'#include "../{arch}.h"\n\n',
             "/* The target's run-time table, behind linux_syscall_name() and\n"
             " * linux_syscall_number(): a program that uses only these links only\n"
             f" * the {arch} table. */\n",
             f"#define LINUX__TARGET_SYSCALL_NAME linux_syscall_name_{arch}\n",
             f"#define LINUX__TARGET_SYSCALL_NUMBER linux_syscall_number_{arch}\n\n"]
    width = max(len(f"LINUX_SYS_{n}") for n, _, _ in entries)
    for name, _, _ in sort_entries(entries):
        lines.append(f"#define {f'LINUX_SYS_{name}':<{width}} LINUX_{infix}_SYS_{name}\n")
    lines.append(f"\n#endif /* {guard} */\n")
    return "".join(lines)


def errno_defines(errnos):
    lines = []
    width = max(len("LINUX_" + n) for n, _, _ in errnos)
    for name, val, alias in errnos:
        c = f" /* alias of {alias} */" if alias else ""
        lines.append(f"#define {'LINUX_' + name:<{width}} {val}{c}\n")
    lines.append(f"\n#define LINUX_ERRNO_MAX {max(v for _, v, _ in errnos)}\n")
    return lines


def gen_errno_header(errnos, desc, arch_errnos):
    """errno.h: the target's table when ARCH_ERRNO has one for it
    (errno/<table>.h), else asm-generic's values, written here."""
    guard = "LINUX_SYSCALL_ERRNO_H"
    lines = [hdr_comment(desc), f"#ifndef {guard}\n#define {guard}\n\n"]
    if arch_errnos:
        lines.append("/* The compilation target's errno values: the architectures whose kernel\n"
                     " * numbers them differently have their own table; every other one uses\n"
                     " * asm-generic's, below. */\n")
        for i, (table, (abis, cond, _)) in enumerate(arch_errnos.items()):
            lines.append(f"#{'if' if i == 0 else 'elif'} {cond} /* {' '.join(abis)} */\n"
                         f'#include "errno/{table}.h"\n')
        lines.append("#else\n\n")
    lines += errno_defines(errnos)
    if arch_errnos:
        lines.append("\n#endif\n")
    lines.append(f"\n#endif /* {guard} */\n")
    return "".join(lines)


def gen_arch_errno_header(table, abis, errnos, desc):
    guard = f"LINUX_SYSCALL_ERRNO_{table.upper()}_H"
    lines = [hdr_comment(desc),
             f"/* The errno values of {', '.join(abis)}, for linux_syscall/errno.h, which\n"
             f" * includes this file for such a target (instead of asm-generic's values). */\n",
             f"#ifndef {guard}\n#define {guard}\n\n"]
    lines += errno_defines(errnos)
    lines.append(f"\n#endif /* {guard} */\n")
    return "".join(lines)


def c_string_pool(names, indent="    "):
    """Render names as a NUL-separated string pool; returns (text, offsets)."""
    offsets = []
    off = 0
    parts = []
    for n in names:
        offsets.append(off)
        parts.append(f'{indent}"{n}\\0"\n')
        off += len(n) + 1
    return "".join(parts), offsets, off


def gen_tables_h(desc):
    enum = "".join(f"    {ARCH_INFO[a][2]}{',' if i + 1 < len(ARCH_NAMES) else ''}\n"
                   for i, a in enumerate(ARCH_NAMES))
    decls = "".join(f"const char *linux_syscall_name_{a}(long nr);\n"
                    f"long linux_syscall_number_{a}(const char *name);\n" for a in ARCH_NAMES)
    return hdr_comment(desc) + f"""/*
 * linux_syscall/tables.h: syscall names and numbers at run time, for every
 * ABI the kernel has ({len(ARCH_NAMES)}, named after their tables: x32 numbers include
 * 0x40000000, mips o32/n64/n32 start at 4000/5000/6000, powerpc64 serves
 * ppc64 and ppc64le). Implemented in the compiled part of the library; the
 * tables hold no pointers, so they need neither libc nor relocation.
 *
 * Each ABI's table is its own object file: a static program that calls
 * linux_syscall_name_<abi>() / linux_syscall_number_<abi>() (or
 * linux_syscall_name() / linux_syscall_number() of linux_syscall.h, which
 * use the target's) links that ABI's table only. The _arch() functions
 * take the ABI at run time and so link all {len(ARCH_NAMES)}.
 */
#ifndef LINUX_SYSCALL_TABLES_H
#define LINUX_SYSCALL_TABLES_H

#ifdef __cplusplus
extern "C" {{
#endif

/* The seven supported compilation targets first (their values never change). */
enum linux_arch {{
{enum}}};

#define LINUX_ARCH_COUNT {len(ARCH_NAMES)}

/* The kernel's name of syscall `nr` on `arch` ("openat"), or NULL. */
const char *linux_syscall_name_arch(enum linux_arch arch, long nr);
/* The number of syscall `name` on `arch`, or -1 when it has none. */
long linux_syscall_number_arch(enum linux_arch arch, const char *name);

/* The same for one ABI each: the name of `nr` or NULL; the number of `name` or -1. */
{decls}
/* "ENOENT" for LINUX_ENOENT, or NULL for a number the kernel does not use. */
const char *linux_errno_name(int err);

#ifdef __cplusplus
}}
#endif

#endif /* LINUX_SYSCALL_TABLES_H */
"""


LOOKUP_H = """
/* Private to the library: the searches every per-ABI table shares. */
#ifndef LINUX_SYSCALL_GENERATED_SYSCALL_LOOKUP_H
#define LINUX_SYSCALL_GENERATED_SYSCALL_LOOKUP_H

#include <stdint.h>

/* The name pool is one string literal longer than the 4095 characters that
 * ISO C requires compilers to accept; clang and gcc accept it. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Woverlength-strings"
#endif

struct linux__syscall_entry {
    uint16_t name_offset; /* into the ABI's name pool */
    int32_t number;
};

/* by_number: sorted by number (canonical name first at ties); by_name:
 * indices into by_number sorted by name. */
const char *linux__syscall_table_name(const char *pool, const struct linux__syscall_entry *by_number,
                                      uint32_t count, long nr);
long linux__syscall_table_number(const char *pool, const struct linux__syscall_entry *by_number,
                                 const uint16_t *by_name, uint32_t count, const char *name);

#endif
"""

LOOKUP_C = """
/* Binary searches over one ABI's table; the tables pass their arrays in
 * (pc-relative addresses formed in code), so no pointer is stored in data. */

#include "syscall_lookup.h"

static int lsc_strcmp(const char *a, const char *b)
{
    while (*a != '\\0' && *a == *b) {
        a++;
        b++;
    }
    return (int)(unsigned char)*a - (int)(unsigned char)*b;
}

const char *linux__syscall_table_name(const char *pool, const struct linux__syscall_entry *e,
                                      uint32_t count, long nr)
{
    uint32_t lo = 0, hi = count;

    if (nr < 0 || nr > INT32_MAX)
        return (const char *)0;
    while (lo < hi) { /* lower bound: first entry with number >= nr */
        uint32_t mid = lo + (hi - lo) / 2;
        if (e[mid].number < nr)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < count && e[lo].number == nr)
        return &pool[e[lo].name_offset];
    return (const char *)0;
}

long linux__syscall_table_number(const char *pool, const struct linux__syscall_entry *e,
                                 const uint16_t *idx, uint32_t count, const char *name)
{
    uint32_t lo = 0, hi = count;

    if (name == (const char *)0)
        return -1;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const struct linux__syscall_entry *m = &e[idx[mid]];
        int c = lsc_strcmp(name, &pool[m->name_offset]);
        if (c == 0)
            return m->number;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}
"""


def gen_abi_table_c(arch, entries, desc):
    ents = sort_entries(entries)
    names = [e[0] for e in ents]
    text, offs, size = c_string_pool(names)
    if size > 0xFFFF:
        raise GenError(f"{arch}: name pool too large ({size} bytes) for uint16_t offsets")
    if len(ents) > 0xFFFF:
        raise GenError(f"{arch}: too many entries")
    order = sorted(range(len(ents)), key=lambda i: (names[i].encode(), i))
    rows = "".join("    " + " ".join(f"{j:3d}," for j in order[i:i + 12]) + "\n"
                   for i in range(0, len(order), 12))
    entries_c = "".join(f"    {{{o:5d}, {e[1]:10d}}}, /* {e[0]} */\n" for o, e in zip(offs, ents))
    return hdr_comment(desc) + f"""
/* The {arch} table alone: one translation unit per ABI, so that a program
 * links only the tables it calls. Relocation-free: offsets into one string
 * pool, no pointer stored in static data. */

#include <stdint.h>
#include "linux_syscall/tables.h"
#include "syscall_lookup.h"

#define COUNT {len(ents)}

/* {len(ents)} names, {size} bytes, in number order. */
static const char pool[] =
{text}    "";

static const struct linux__syscall_entry by_number[COUNT] = {{
{entries_c}}};

/* Indices into by_number, sorted by name. */
static const uint16_t by_name[COUNT] = {{
{rows}}};

const char *linux_syscall_name_{arch}(long nr)
{{
    return linux__syscall_table_name(pool, by_number, COUNT, nr);
}}

long linux_syscall_number_{arch}(const char *name)
{{
    return linux__syscall_table_number(pool, by_number, by_name, COUNT, name);
}}
"""


def gen_dispatch_c(desc):
    def chain(kind, arg):
        return "".join(f"    if (a == {i}u) /* {ARCH_INFO[x][2]} */\n"
                       f"        return linux_syscall_{kind}_{x}({arg});\n"
                       "    LSC_OPAQUE(a);\n" for i, x in enumerate(ARCH_NAMES))
    return hdr_comment(desc) + f"""
/* The run-time-ABI entry points. They call every ABI's table, so a program
 * that uses them links all {len(ARCH_NAMES)}; linux_syscall_name_<abi>() links one. */

#include "linux_syscall/tables.h"

/* An if-chain, each test behind an empty asm that claims to change `a`: the
 * compiler cannot merge the chain into a switch and lower that to a jump
 * table, i.e. code addresses in .rodata, relocations that a static-PIE
 * program (which nothing relocates) must not have. 28 compares are nothing
 * next to the binary search that follows. */
#if defined(__GNUC__)
#define LSC_OPAQUE(x) __asm__("" : "+r"(x))
#else
#define LSC_OPAQUE(x) ((void)0)
#endif

const char *linux_syscall_name_arch(enum linux_arch arch, long nr)
{{
    unsigned long a = (unsigned long)arch;

{chain("name", "nr")}    return (const char *)0;
}}

long linux_syscall_number_arch(enum linux_arch arch, const char *name)
{{
    unsigned long a = (unsigned long)arch;

{chain("number", "name")}    return -1;
}}
"""


def errno_name_table(errnos):
    canon = {}
    for name, val, alias in errnos:
        if val not in canon:  # first definition wins (EAGAIN, not EWOULDBLOCK)
            canon[val] = name
    maxv = max(canon)
    names = [canon[v] for v in sorted(canon)]
    text, offs, size = c_string_pool(names)
    if size >= 0xFFFF:
        raise GenError("errno name pool too large")
    off_of = dict(zip(sorted(canon), offs))
    rows = []
    for v in range(0, maxv + 1):
        if v in off_of:
            rows.append(f"    {off_of[v]:5d}, /* {v} {canon[v]} */\n")
        else:
            rows.append(f"    0xFFFF, /* {v} unused */\n")
    return f"""static const char lse_pool[] =
{text}    "";

#define LSE_MAX {maxv}

static const uint16_t lse_offset[LSE_MAX + 1] = {{
{''.join(rows)}}};
"""


def gen_errno_names_c(errnos, desc, arch_errnos):
    body = []
    for i, (table, (abis, cond, errs)) in enumerate(arch_errnos.items()):
        body.append(f"#{'if' if i == 0 else 'elif'} {cond} /* {' '.join(abis)}: errno/{table}.h */\n")
        body.append(errno_name_table(errs))
    if arch_errnos:
        body.append("#else /* asm-generic */\n")
    body.append(errno_name_table(errnos))
    if arch_errnos:
        body.append("#endif\n")
    return hdr_comment(desc) + f"""
/* Relocation-free: offsets into one string pool, no stored pointers. The
 * target's errno numbering (linux_syscall/errno.h) selects the table. */

#include <stdint.h>
#include "linux_syscall/tables.h"

{''.join(body)}
#define LSE_NONE 0xFFFF

/* Positive errno value -> canonical name ("ENOENT" for 2); NULL if unknown. */
const char *linux_errno_name(int err)
{{
    if (err <= 0 || err > LSE_MAX || lse_offset[err] == LSE_NONE)
        return (const char *)0;
    return &lse_pool[lse_offset[err]];
}}
"""


# --------------------------------------------------------------------------


def display_path(path):
    """How the generated files name an input directory: relative to the
    repository when inside it (so the output does not depend on where the
    clone lives), else absolute."""
    a = os.path.abspath(path)
    root = os.path.abspath(REPO_ROOT)
    if a == root or a.startswith(root + os.sep):
        return os.path.relpath(a, root)
    return a


def parse_target_headers(spec):
    if spec is None:
        return list(SUPPORTED_TARGETS)
    if spec == "all":
        return list(ARCH_NAMES)
    out = []
    for a in spec.split(","):
        a = a.strip()
        if a not in ARCH_INFO:
            raise GenError(f"--target-headers: unknown ABI {a!r} (known: {', '.join(ARCH_NAMES)})")
        if a not in out:
            out.append(a)
    return [a for a in ARCH_NAMES if a in out]


def generate(args, outdir):
    per_arch = {}
    descs = {}
    uapi = {}
    for spec in args.uapi:
        if "=" not in spec:
            raise GenError(f"--uapi {spec!r}: expected ABI=DIR")
        a, d = spec.split("=", 1)
        if a not in ARCH_INFO:
            raise GenError(f"--uapi {spec!r}: unknown ABI {a!r} (known: {', '.join(ARCH_NAMES)})")
        if a in uapi:
            raise GenError(f"--uapi given twice for {a}")
        uapi[a] = d
    targets = parse_target_headers(args.target_headers)
    tables = args.tables
    tshown = display_path(tables)
    version = args.kernel_version or version_from_tables_dir(tables)
    vtext = version or "syscall tables of no stated Linux version (--kernel-version names it)"
    for arch in ARCH_NAMES:
        if arch in uapi:
            ents, v = read_uapi(arch, uapi[arch], args.cc)
            descs[arch] = (f"{args.kernel_version or v or 'unknown Linux version'} uapi headers "
                           f"{uapi[arch]}/asm/unistd.h")
        else:
            if not os.path.isdir(tables):
                raise GenError(f"tables directory {tables}: no such directory")
            ents = read_tsv(os.path.join(tables, arch + ".tsv"), TSV_ALIASES.get(arch))
            descs[arch] = (f"{version + ' syscall table' if version else vtext + ':'} "
                           f"{tshown}/{arch}.tsv")
        per_arch[arch] = ents
    errnos = read_errno(args.errno_dir)
    errno_desc = "Linux uapi asm-generic/errno-base.h and asm-generic/errno.h"
    if os.path.abspath(args.errno_dir) != "/usr/include":
        errno_desc += f" in {args.errno_dir}"
    arch_errnos = {}
    adescs = {}
    edir = args.errno_tables
    for table, (abis, cond) in ARCH_ERRNO.items():
        path = os.path.join(edir, table + ".tsv")
        arch_errnos[table] = (abis, cond, read_errno_tsv(path))
        adescs[table] = f"{display_path(path)} (arch/{table}/include/uapi/asm/errno.h)"
    errno_desc += (" (the errno values of every target but "
                   + ", ".join(f"{' '.join(a)} ({t}.h)" for t, (a, _) in ARCH_ERRNO.items())
                   + "; alpha and parisc have their own too, not yet tabled"
                   f"; syscall numbers: {version or 'unknown Linux version'})")

    # One description for the files made from all tables.
    from_tables = [a for a in ARCH_NAMES if a not in uapi]
    parts = []
    if from_tables:
        what = f"{version} syscall tables" if version else vtext + ":"
        parts.append(f"{what} {tshown}/{{{','.join(from_tables)}}}.tsv"
                     if len(from_tables) > 1 else descs[from_tables[0]])
    parts += [f"{a}: {descs[a]}" for a in ARCH_NAMES if a in uapi]
    all_desc = "; ".join(parts)

    files = {}
    for arch in ARCH_NAMES:
        files[f"core/include/linux_syscall/numbers/{arch}.h"] = \
            gen_arch_header(arch, per_arch[arch], descs[arch])
        if arch in targets:
            files[f"core/include/linux_syscall/numbers/target/{arch}.h"] = \
                gen_target_header(arch, per_arch[arch], descs[arch])
        files[f"core/src/generated/syscall_table_{arch}.c"] = \
            gen_abi_table_c(arch, per_arch[arch], descs[arch])
    files["core/include/linux_syscall/tables.h"] = gen_tables_h(all_desc)
    files["core/include/linux_syscall/errno.h"] = gen_errno_header(errnos, errno_desc, arch_errnos)
    for table, (abis, _, errs) in arch_errnos.items():
        files[f"core/include/linux_syscall/errno/{table}.h"] = \
            gen_arch_errno_header(table, abis, errs, adescs[table])
    files["core/src/generated/syscall_lookup.h"] = hdr_comment(all_desc) + LOOKUP_H
    files["core/src/generated/syscall_lookup.c"] = hdr_comment(all_desc) + LOOKUP_C
    files["core/src/generated/syscall_tables.c"] = gen_dispatch_c(all_desc)
    files["core/src/generated/errno_names.c"] = gen_errno_names_c(
        errnos, "; ".join([errno_desc] + [adescs[t] for t in arch_errnos]), arch_errnos)

    if args.dump:
        for name, nr, alias in sort_entries(per_arch[args.dump]):
            sys.stdout.write(f"{name}\t{nr}\n")
        return files
    for rel, text in sorted(files.items()):
        path = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", newline="\n") as f:
            f.write(text)
    return files


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tables", default=os.path.join(REPO_ROOT, DEFAULT_TABLES_REL),
                    help=f"directory of <abi>.tsv tables (default: {DEFAULT_TABLES_REL} in the repository)")
    ap.add_argument("--uapi", action="append", default=[], metavar="ABI=DIR",
                    help="read ABI's numbers from DIR/asm/unistd.h (repeatable)")
    ap.add_argument("--errno-dir", default="/usr/include",
                    help="uapi dir with asm-generic/errno*.h (default: %(default)s)")
    ap.add_argument("--errno-tables", default=os.path.join(REPO_ROOT, DEFAULT_ERRNO_TABLES_REL),
                    help="directory of the per-architecture errno tables <table>.tsv "
                    f"(default: {DEFAULT_ERRNO_TABLES_REL} in the repository)")
    ap.add_argument("--cc", default=shutil.which("clang-19") or shutil.which("clang") or "cpp",
                    help="C preprocessor for --uapi (clang gets --target=<triple>)")
    ap.add_argument("--kernel-version", help='override the version string, e.g. "Linux 7.2-rc1"')
    ap.add_argument("--target-headers", metavar="all|ABI,...",
                    help="emit numbers/target/<abi>.h for these ABIs (default: the seven "
                    f"supported targets: {','.join(SUPPORTED_TARGETS)})")
    ap.add_argument("--out", default=REPO_ROOT, help="output root (default: repository root)")
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temp dir; exit 1 with a diff if --out differs")
    ap.add_argument("--dump", choices=ARCH_NAMES, metavar="ABI",
                    help="print ABI's resolved name<TAB>number list and write nothing")
    args = ap.parse_args(argv)
    try:
        if args.check:
            with tempfile.TemporaryDirectory() as td:
                files = generate(args, td)
                bad = 0
                for rel in sorted(files):
                    new = files[rel]
                    try:
                        with open(os.path.join(args.out, rel), newline="") as f:
                            old = f.read()
                    except OSError:
                        old = None
                    if old != new:
                        bad += 1
                        if old is None:
                            print(f"missing: {rel}")
                        else:
                            sys.stdout.writelines(difflib.unified_diff(
                                old.splitlines(True), new.splitlines(True),
                                "a/" + rel, "b/" + rel))
                if bad:
                    print(f"{bad} generated file(s) out of date; run {SCRIPT}", file=sys.stderr)
                    return 1
                print(f"{len(files)} generated files up to date")
                return 0
        generate(args, args.out)
        return 0
    except GenError as e:
        print(f"gen_syscall_numbers.py: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: 0BSD
"""Generate Linux syscall-number headers, errno constants and runtime tables.

Outputs (relative to --out, default: the repository root):
  core/include/linux_syscall/numbers/<arch>.h         LINUX_<ARCH>_SYS_<name> <nr>
  core/include/linux_syscall/numbers/target/<arch>.h  LINUX_SYS_<name> aliases
  core/include/linux_syscall/errno.h                  LINUX_E<NAME> <n>
  core/src/generated/syscall_tables.c                 name <-> number tables
  core/src/generated/errno_names.c                    errno -> name table

Sources:
  --tables DIR     directory of <arch>.tsv files ("name<TAB>number" per line);
                   default ../shared/syscall-tables/linux-7.2-rc1 relative to
                   the repository root.
  --uapi ARCH=DIR  take ARCH's numbers from installed kernel uapi headers
                   (DIR/asm/unistd.h, via the C preprocessor) instead of the
                   table; repeatable.
  --errno-dir DIR  uapi include dir holding asm-generic/errno{-base,}.h
                   (default /usr/include).

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
DEFAULT_TABLES_REL = "../shared/syscall-tables/linux-7.2-rc1"

# arch name, macro infix, enum constant, clang target triple.  Order = enum order.
ARCHES = [
    ("x86_64", "X86_64", "LINUX_ARCH_X86_64", "x86_64-linux-gnu"),
    ("x86", "X86", "LINUX_ARCH_X86", "i686-linux-gnu"),
    ("aarch64", "AARCH64", "LINUX_ARCH_AARCH64", "aarch64-linux-gnu"),
    ("arm", "ARM", "LINUX_ARCH_ARM", "arm-linux-gnueabihf"),
    ("riscv64", "RISCV64", "LINUX_ARCH_RISCV64", "riscv64-linux-gnu"),
    ("s390x", "S390X", "LINUX_ARCH_S390X", "s390x-linux-gnu"),
    ("loongarch64", "LOONGARCH64", "LINUX_ARCH_LOONGARCH64", "loongarch64-linux-gnu"),
]
ARCH_NAMES = [a[0] for a in ARCHES]
ARCH_INFO = {a[0]: a for a in ARCHES}

IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
INT32_MAX = 2**31 - 1

# __NR_* macros in uapi headers that are not system calls.
UAPI_NON_SYSCALLS = {"syscalls", "arch_specific_syscall", "syscall_max"}


class GenError(Exception):
    """Bad input: reported on stderr, exit status 2."""


# --------------------------------------------------------------------------
# Input: TSV tables


def read_tsv(path):
    """Return [(name, number, is_alias)] from a name<TAB>number file."""
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
        if number in seen_numbers:
            raise GenError(f"{path}:{lineno}: duplicate number {number} for {name!r} "
                           f"(already used by {seen_numbers[number][0]!r} on line {seen_numbers[number][1]})")
        seen_names[name] = lineno
        seen_numbers[number] = (name, lineno)
        entries.append((name, number, False))
    if not entries:
        raise GenError(f"{path}: no entries")
    return entries


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
        if "clang" in os.path.basename(cc):
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
    triple = ARCH_INFO[arch][3]
    multi = os.path.join(d, "i386-linux-gnu" if arch == "x86" else triple)
    if not os.path.isdir(os.path.join(d, "asm")) and os.path.isdir(os.path.join(multi, "asm")):
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
        if "__X32_SYSCALL_BIT" in bodies[macro]:
            continue  # x32 ABI entries
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
             f'#include "../{arch}.h"\n\n']
    width = max(len(f"LINUX_SYS_{n}") for n, _, _ in entries)
    for name, _, _ in sort_entries(entries):
        lines.append(f"#define {f'LINUX_SYS_{name}':<{width}} LINUX_{infix}_SYS_{name}\n")
    lines.append(f"\n#endif /* {guard} */\n")
    return "".join(lines)


def gen_errno_header(errnos, desc):
    guard = "LINUX_SYSCALL_ERRNO_H"
    lines = [hdr_comment(desc), f"#ifndef {guard}\n#define {guard}\n\n"]
    width = max(len("LINUX_" + n) for n, _, _ in errnos)
    for name, val, alias in errnos:
        c = f" /* alias of {alias} */" if alias else ""
        lines.append(f"#define {'LINUX_' + name:<{width}} {val}{c}\n")
    lines.append(f"\n#define LINUX_ERRNO_MAX {max(v for _, v, _ in errnos)}\n")
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


def gen_syscall_tables_c(per_arch, descs):
    # Group arches with the same kind of source: "Linux 7.2-rc1 syscall table
    # syscall-tables/linux-7.2-rc1/{x86_64,x86,...}.tsv; aarch64: <uapi>".
    table_arches = [a for a in ARCH_NAMES if descs[a].endswith(f"/{a}.tsv")]
    parts = []
    if table_arches:
        first = descs[table_arches[0]]
        stem = first[: -len(f"{table_arches[0]}.tsv")]
        if all(descs[a] == f"{stem}{a}.tsv" for a in table_arches):
            parts.append(f"{stem}{{{','.join(table_arches)}}}.tsv".replace(" table ", " tables "))
        else:
            table_arches = []
    parts += [f"{a}: {descs[a]}" for a in ARCH_NAMES if a not in table_arches]
    src_desc = "; ".join(parts)
    out = [hdr_comment(src_desc), """
/*
 * Relocation-free: no pointer is stored in static data (the library is used
 * in static-PIE binaries that never apply relocations).  All names live in
 * one string pool; per-arch slices are described by integer offsets, and
 * pointers are formed at run time as 'pool + offset' (pc-relative).
 */

#include <stdint.h>
#include "linux_syscall/tables.h"

/* The name pool is one string literal longer than the 4095 characters that
 * ISO C requires compilers to accept; clang and gcc accept it. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Woverlength-strings"
#endif

struct lsc_entry {
    uint16_t name_offset; /* relative to the arch's pool start */
    int32_t number;
};

struct lsc_arch {
    uint32_t pool_start;  /* offset of the arch's names in lsc_pool */
    uint32_t entry_start; /* first entry in lsc_by_number / lsc_by_name */
    uint32_t count;
};

"""]
    pool_parts = []
    entry_parts = []
    name_parts = []
    arch_parts = []
    pool_total = 0
    entry_total = 0
    for arch in ARCH_NAMES:
        ents = sort_entries(per_arch[arch])
        names = [e[0] for e in ents]
        text, offs, size = c_string_pool(names)
        if size > 0xFFFF:
            raise GenError(f"{arch}: name pool too large ({size} bytes) for uint16_t offsets")
        if len(ents) > 0xFFFF:
            raise GenError(f"{arch}: too many entries")
        pool_parts.append(f"    /* {arch}: {len(ents)} names, {size} bytes */\n" + text)
        entry_parts.append(f"    /* {arch} */\n" + "".join(
            f"    {{{o:5d}, {e[1]:7d}}}, /* {e[0]} */\n" for o, e in zip(offs, ents)))
        order = sorted(range(len(ents)), key=lambda i: (names[i].encode(), i))
        rows = []
        for i in range(0, len(order), 12):
            rows.append("    " + " ".join(f"{j:3d}," for j in order[i:i + 12]) + "\n")
        name_parts.append(f"    /* {arch} */\n" + "".join(rows))
        arch_parts.append(f"    {{{pool_total:6d}, {entry_total:5d}, {len(ents):4d}}}, "
                          f"/* {ARCH_INFO[arch][2]} */\n")
        pool_total += size
        entry_total += len(ents)
    out.append("/* NUL-separated names, in number order within each arch. */\n")
    out.append("static const char lsc_pool[] =\n" + "".join(pool_parts) + "    \"\";\n\n")
    out.append("/* Sorted by number within each arch (canonical name first at ties). */\n")
    out.append("static const struct lsc_entry lsc_by_number[] = {\n" + "".join(entry_parts) + "};\n\n")
    out.append("/* Indices (relative to the arch's entry_start) sorted by name. */\n")
    out.append("static const uint16_t lsc_by_name[] = {\n" + "".join(name_parts) + "};\n\n")
    out.append("/* Indexed by enum linux_arch. */\n")
    out.append(f"#define LSC_NARCH {len(ARCH_NAMES)}\n")
    out.append("static const struct lsc_arch lsc_arches[LSC_NARCH] = {\n" + "".join(arch_parts) + "};\n")
    out.append("""
static int lsc_strcmp(const char *a, const char *b)
{
    while (*a != '\\0' && *a == *b) {
        a++;
        b++;
    }
    return (int)(unsigned char)*a - (int)(unsigned char)*b;
}

const char *linux_syscall_name_arch(enum linux_arch arch, long nr)
{
    const struct lsc_arch *a;
    const struct lsc_entry *e;
    uint32_t lo, hi;

    if ((unsigned long)arch >= LSC_NARCH || nr < 0 || nr > INT32_MAX)
        return (const char *)0;
    a = &lsc_arches[arch];
    e = &lsc_by_number[a->entry_start];
    lo = 0;
    hi = a->count;
    while (lo < hi) { /* lower bound: first entry with number >= nr */
        uint32_t mid = lo + (hi - lo) / 2;
        if (e[mid].number < nr)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < a->count && e[lo].number == nr)
        return &lsc_pool[a->pool_start + e[lo].name_offset];
    return (const char *)0;
}

long linux_syscall_number_arch(enum linux_arch arch, const char *name)
{
    const struct lsc_arch *a;
    const struct lsc_entry *e;
    const uint16_t *idx;
    uint32_t lo, hi;

    if ((unsigned long)arch >= LSC_NARCH || name == (const char *)0)
        return -1;
    a = &lsc_arches[arch];
    e = &lsc_by_number[a->entry_start];
    idx = &lsc_by_name[a->entry_start];
    lo = 0;
    hi = a->count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const struct lsc_entry *m = &e[idx[mid]];
        int c = lsc_strcmp(name, &lsc_pool[a->pool_start + m->name_offset]);
        if (c == 0)
            return m->number;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}
""")
    return "".join(out)


def gen_errno_names_c(errnos, desc):
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
    return hdr_comment(desc) + f"""
/* Relocation-free: offsets into one string pool, no stored pointers. */

#include <stdint.h>
#include "linux_syscall/tables.h"

static const char lse_pool[] =
{text}    "";

#define LSE_MAX {maxv}
#define LSE_NONE 0xFFFF

static const uint16_t lse_offset[LSE_MAX + 1] = {{
{''.join(rows)}}};

/* Positive errno value -> canonical name ("ENOENT" for 2); NULL if unknown. */
const char *linux_errno_name(int err)
{{
    if (err <= 0 || err > LSE_MAX || lse_offset[err] == LSE_NONE)
        return (const char *)0;
    return &lse_pool[lse_offset[err]];
}}
"""


# --------------------------------------------------------------------------


def generate(args, outdir):
    per_arch = {}
    descs = {}
    uapi = {}
    for spec in args.uapi:
        if "=" not in spec:
            raise GenError(f"--uapi {spec!r}: expected ARCH=DIR")
        a, d = spec.split("=", 1)
        if a not in ARCH_INFO:
            raise GenError(f"--uapi {spec!r}: unknown arch {a!r} (known: {', '.join(ARCH_NAMES)})")
        if a in uapi:
            raise GenError(f"--uapi given twice for {a}")
        uapi[a] = d
    tables = args.tables
    version = args.kernel_version or (version_from_tables_dir(tables) if tables else None)
    for arch in ARCH_NAMES:
        if arch in uapi:
            ents, v = read_uapi(arch, uapi[arch], args.cc)
            descs[arch] = (f"{args.kernel_version or v or 'unknown Linux version'} uapi headers "
                           f"{uapi[arch]}/asm/unistd.h")
        else:
            if not os.path.isdir(tables):
                raise GenError(f"tables directory {tables}: no such directory")
            ents = read_tsv(os.path.join(tables, arch + ".tsv"))
            tdir = os.path.basename(os.path.normpath(tables))
            descs[arch] = (f"{version or 'unknown Linux version'} syscall table "
                           f"syscall-tables/{tdir}/{arch}.tsv")
        per_arch[arch] = ents
    errnos = read_errno(args.errno_dir)
    errno_desc = "Linux uapi asm-generic/errno-base.h and asm-generic/errno.h"
    if os.path.abspath(args.errno_dir) != "/usr/include":
        errno_desc += f" in {args.errno_dir}"
    errno_desc += f" (errno set shared by all seven arches; syscall numbers: {version or 'unknown Linux version'})"

    files = {}
    for arch in ARCH_NAMES:
        files[f"core/include/linux_syscall/numbers/{arch}.h"] = \
            gen_arch_header(arch, per_arch[arch], descs[arch])
        files[f"core/include/linux_syscall/numbers/target/{arch}.h"] = \
            gen_target_header(arch, per_arch[arch], descs[arch])
    files["core/include/linux_syscall/errno.h"] = gen_errno_header(errnos, errno_desc)
    files["core/src/generated/syscall_tables.c"] = gen_syscall_tables_c(per_arch, descs)
    files["core/src/generated/errno_names.c"] = gen_errno_names_c(errnos, errno_desc)

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
    ap.add_argument("--tables", default=os.path.normpath(os.path.join(REPO_ROOT, DEFAULT_TABLES_REL)),
                    help="directory of <arch>.tsv tables (default: %(default)s)")
    ap.add_argument("--uapi", action="append", default=[], metavar="ARCH=DIR",
                    help="read ARCH's numbers from DIR/asm/unistd.h (repeatable)")
    ap.add_argument("--errno-dir", default="/usr/include",
                    help="uapi dir with asm-generic/errno*.h (default: %(default)s)")
    ap.add_argument("--cc", default=shutil.which("clang-19") or shutil.which("clang") or "cpp",
                    help="C preprocessor for --uapi (clang gets --target=<triple>)")
    ap.add_argument("--kernel-version", help='override the version string, e.g. "Linux 7.2-rc1"')
    ap.add_argument("--out", default=REPO_ROOT, help="output root (default: repository root)")
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temp dir; exit 1 with a diff if --out differs")
    ap.add_argument("--dump", choices=ARCH_NAMES,
                    help="print ARCH's resolved name<TAB>number list and write nothing")
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

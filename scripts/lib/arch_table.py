#!/usr/bin/env python3
"""The architecture table (core/architectures.tsv) for Python, shell and make.

Python:
    sys.path.insert(0, os.path.join(REPO_ROOT, "scripts", "lib"))
    import arch_table
    for t in arch_table.targets():          # rows with core = yes
        t.name, t.abi, t.gcc, t.clang_args, t.qemu_cmd, ...
    arch_table.target("arm").cflags          # one row by name
    arch_table.abis()                        # primary row of every ABI, enum order

Command line (for shell scripts and Makefiles):
    arch_table.py names [--all] [--abi|--primary] [--with FIELD=VALUE]...
        target names (core targets unless --all), one per line; --abi prints
        each ABI once instead (its primary row's ABI name), --primary the
        names of those primary rows
    arch_table.py host
        the core target this machine runs natively (dpkg's architecture);
        every other target runs under its qemu here
    arch_table.py left-out
        the core targets this host cannot build (their cross toolchain is
        not installed, as where Debian has none for the host; never on
        amd64), "name: why" per line; names and rows leave them out unless
        --all
    arch_table.py get NAME FIELD [FIELD...]
        the fields of one row, one per line ("-" prints as an empty line)
    arch_table.py rows [--all|--primary] [--with F=V]... [--sep S|--words] FIELD...
        one line per target with the given fields, separated by a tab (or
        S); --words (for make): one word per row, name|gcc|-march=x,-mfoo
A field is a column of the table or a derived one: gcc (the cross gcc
command), macro (the ABI's macro infix, e.g. X86_64), abi_enum
(LINUX_ARCH_X86_64), gcc_package, libc_package, clang_link (-fuse-ld=lld),
uapi_package (linux-libc-dev-<debian_arch>-cross), uapi_include
(/usr/<gcc_triple or multiarch>/include).

Malformed rows, unknown names and unknown fields are errors (exit 2) with
the file and line, never silently skipped.
"""
import functools
import os
import sys

# $ARCH_TABLE points the loader at another table (the loader's own tests).
TABLE = os.environ.get("ARCH_TABLE") or os.path.join(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))), "core", "architectures.tsv")

COLUMNS = ("name", "abi", "core", "clang_triple", "gcc_triple", "compilers",
           "clang_linker", "debian_arch", "multiarch", "qemu", "qemu_cpu", "cflags",
           "freestanding_libs", "libc", "page_sizes", "notes")
LIST_COLUMNS = ("compilers", "cflags", "freestanding_libs", "page_sizes")
DERIVED = ("gcc", "macro", "abi_enum", "gcc_package", "libc_package", "clang_link",
           "uapi_package", "uapi_include")
LINKERS = ("lld", "bfd")


class TableError(Exception):
    pass


class Arch:
    """One row. Absent values ("-") are None (or [] for list columns)."""

    def __init__(self, values, where):
        self.where = where
        for col, value in zip(COLUMNS, values):
            value = value.strip()
            if col in LIST_COLUMNS:
                setattr(self, col, [] if value in ("", "-") else value.split())
            else:
                setattr(self, col, None if value in ("", "-") else value)
        if not self.name or not self.abi:
            raise TableError("%s: name and abi are required" % where)
        if self.core not in ("yes", "no"):
            raise TableError("%s: core must be yes or no, not %r" % (where, self.core))
        if self.libc not in ("glibc", "none"):
            raise TableError("%s: libc must be glibc or none, not %r" % (where, self.libc))
        for c in self.compilers:
            if c not in ("gcc", "clang"):
                raise TableError("%s: unknown compiler %r" % (where, c))
        if "gcc" in self.compilers and not self.gcc_triple:
            raise TableError("%s: compilers has gcc but gcc_triple is empty" % where)
        if "clang" in self.compilers and not self.clang_triple:
            raise TableError("%s: compilers has clang but clang_triple is empty" % where)
        if ("clang" in self.compilers) != (self.clang_linker is not None):
            raise TableError("%s: clang_linker is set exactly when compilers has clang" % where)
        if self.clang_linker is not None and self.clang_linker not in LINKERS:
            raise TableError("%s: clang_linker must be one of %s, not %r"
                             % (where, " ".join(LINKERS), self.clang_linker))
        if self.libc == "glibc" and not self.gcc_triple:
            raise TableError("%s: glibc needs a gcc_triple (its sysroot)" % where)

    @property
    def is_core(self):
        return self.core == "yes"

    @property
    def gcc(self):
        """The gcc cross compiler command, or None."""
        return self.gcc_triple + "-gcc" if self.gcc_triple else None

    def tool(self, name):
        """A binutils/gcc tool of the cross toolchain: tool("objdump")."""
        return self.gcc_triple + "-" + name if self.gcc_triple else None

    @property
    def macro(self):
        return self.abi.upper()

    @property
    def abi_enum(self):
        return "LINUX_ARCH_" + self.macro

    @property
    def gcc_package(self):
        # Debian package names have no "_": gcc-x86-64-linux-gnu
        return "gcc-" + self.gcc_triple.replace("_", "-") if self.gcc_triple else None

    @property
    def libc_package(self):
        if self.libc != "glibc" or not self.debian_arch:
            return None
        return "libc6-dev-%s-cross" % self.debian_arch

    @property
    def uapi_package(self):
        """Debian's cross package of the row's Linux uapi headers (not every
        one exists: Debian 12 has none for loong64)."""
        return "linux-libc-dev-%s-cross" % self.debian_arch if self.debian_arch else None

    @property
    def uapi_include(self):
        """Where that package puts the headers: /usr/<GNU triple>/include,
        the cross gcc's sysroot (i686-linux-gnu for i386), else the
        multiarch name."""
        d = self.gcc_triple or self.multiarch
        return "/usr/%s/include" % d if d else None

    @property
    def clang_args(self):
        """clang-19 arguments selecting this target (without -fuse-ld)."""
        return ["--target=" + self.clang_triple] + self.cflags if self.clang_triple else None

    @property
    def clang_link(self):
        """What clang-19 adds to link this target ("-fuse-ld=lld"), or None."""
        return "-fuse-ld=" + self.clang_linker if self.clang_linker else None

    @property
    def clang_link_args(self):
        """clang_link as an argument list, or None."""
        return [self.clang_link] if self.clang_linker else None

    def qemu_cmd(self, host=None):
        """Prefix that runs a binary of this target on `host` (a row name,
        default: this machine): [] natively, else [qemu, -cpu X]. Only the
        same target counts as native: an arm64 kernel may lack AArch32 and an
        x86_64 kernel may refuse i386 (PVM guests), so callers that want to
        run those natively probe it."""
        host = host if host is not None else host_target_name()
        if host == self.name:
            return []
        return self.emulator_cmd()

    def emulator_cmd(self):
        """[qemu, -cpu X] even on a host of this target, or None without qemu."""
        if not self.qemu:
            return None
        return [self.qemu] + (["-cpu", self.qemu_cpu] if self.qemu_cpu else [])

    def field(self, name):
        if name not in COLUMNS and name not in DERIVED:
            raise TableError("unknown field %r (columns: %s; derived: %s)"
                             % (name, " ".join(COLUMNS), " ".join(DERIVED)))
        value = getattr(self, name)
        if isinstance(value, list):
            return " ".join(value)
        return "" if value is None else value

    def __repr__(self):
        return "Arch(%s)" % self.name


_ROWS = None


def load(path=TABLE):
    rows, seen = [], set()
    try:
        with open(path) as f:
            lines = f.read().split("\n")
    except OSError as e:
        raise TableError("cannot read the architecture table: %s" % e)
    header = None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        where = "%s:%d" % (path, number)
        if header is None:
            if tuple(fields) != COLUMNS:
                raise TableError("%s: header must be the columns %s" % (where, "\t".join(COLUMNS)))
            header = fields
            continue
        if len(fields) != len(COLUMNS):
            raise TableError("%s: %d fields, expected %d (tab-separated)"
                             % (where, len(fields), len(COLUMNS)))
        row = Arch(fields, where)
        if row.name in seen:
            raise TableError("%s: duplicate name %r" % (where, row.name))
        seen.add(row.name)
        rows.append(row)
    if header is None:
        raise TableError("%s: no header line" % path)
    return rows


def all_rows():
    global _ROWS
    if _ROWS is None:
        _ROWS = load()
    return _ROWS


def targets():
    """The targets the library supports (core = yes) that this host can
    build, in table order (see left_out())."""
    return [r for r in all_rows() if r.is_core and r.name not in left_out()]


_LEFT_OUT = None


def left_out():
    """{name: why} of the core rows this host cannot build at all, so that
    every test and the bench leave them out (and say so, through
    `arch_table.py left-out`). Only on a host other than amd64: Debian
    ships every row's cross toolchain for amd64, where a missing compiler
    is an install to make and the tests report it as a failure; for other
    hosts it does not (Debian 12 arm64 has no gcc or binutils for ppc64,
    ppc, sparc64 or m68k). A row is buildable when its gcc is installed,
    or when it lists clang and its clang linker is lld or its binutils ld
    is installed. scripts/install-deps asks for every core row's packages
    (`rows --all --with core=yes`) before this is decided."""
    global _LEFT_OUT
    if _LEFT_OUT is None:
        import shutil
        _LEFT_OUT = {}
        host = host_debian_arch()
        if host not in (None, "amd64"):
            for r in all_rows():
                if not r.is_core or r.debian_arch == host:
                    continue
                if "gcc" in r.compilers and r.gcc and shutil.which(r.gcc):
                    continue
                if "clang" in r.compilers and (r.clang_linker != "bfd" or shutil.which(r.tool("ld"))):
                    continue
                missing = [c for c in ([r.gcc] if "gcc" in r.compilers else []) +
                           ([r.tool("ld")] if "clang" in r.compilers else []) if c]
                _LEFT_OUT[r.name] = ("no %s on this %s host (scripts/install-deps installs it"
                                     " where Debian has it for %s)" % (" or ".join(missing), host, host))
    return _LEFT_OUT


def target_names():
    return [r.name for r in targets()]


def target(name):
    for r in all_rows():
        if r.name == name:
            return r
    raise TableError("unknown architecture %r (known: %s)"
                     % (name, " ".join(r.name for r in all_rows())))


def abis(core_only=False):
    """The primary row of every ABI (the first row naming it), in enum order."""
    out, seen = [], set()
    for r in all_rows():
        if r.abi not in seen:
            seen.add(r.abi)
            out.append(r)
    if core_only:
        core = {r.abi for r in targets()}
        out = [r for r in out if r.abi in core]
    return out


@functools.lru_cache(maxsize=None)
def host_debian_arch():
    """This machine's Debian architecture (`dpkg --print-architecture`), or
    None without dpkg (asked once per process). It names the userland the
    build tools produce, which is what runs natively: an arm64 kernel under
    an armhf userland says aarch64 in uname but builds (and runs) armhf."""
    import subprocess
    try:
        out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    except OSError:
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def host_target():
    """The core target this machine runs natively: the first core row whose
    debian_arch is dpkg's architecture (uname's machine without dpkg), or
    None on a machine the library does not support. Every other target is
    emulated here (its qemu)."""
    debian_arch = host_debian_arch()
    if debian_arch:
        for r in targets():
            if r.debian_arch == debian_arch:
                return r
        return None
    name = _uname_target_name()
    return target(name) if name and target(name).is_core else None


def host_target_name():
    """The table's name for this machine's architecture, or None."""
    t = host_target()
    return t.name if t else _uname_target_name()


def _uname_target_name():
    machine = os.uname().machine
    by_machine = {"x86_64": "x86_64", "i686": "x86", "i386": "x86",
                  "aarch64": "aarch64", "armv7l": "arm", "armv6l": "armv6",
                  "armv5tel": "armel", "riscv64": "riscv64", "s390x": "s390x",
                  "loongarch64": "loongarch64", "ppc64le": "ppc64le",
                  "ppc64": "ppc64", "ppc": "ppc", "mips": "mips",
                  "mips64": "mips64el", "m68k": "m68k", "sparc64": "sparc64"}
    return by_machine.get(machine)


def _select(a):
    """The rows the selection options of `names` and `rows` ask for."""
    rows = (abis(core_only=not a.all) if a.abi or a.primary
            else (all_rows() if a.all else targets()))
    for cond in a.with_:
        if "=" not in cond:
            raise TableError("--with needs FIELD=VALUE, not %r" % cond)
        k, v = cond.split("=", 1)
        rows = [r for r in rows
                if (v in getattr(r, k) if k in LIST_COLUMNS else r.field(k) == v)]
    return rows


def _main(argv):
    import argparse
    ap = argparse.ArgumentParser(prog="arch_table.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    names = sub.add_parser("names", help="target names, one per line")
    sub.add_parser("host", help="the core target this machine runs natively (exit 1: none)")
    sub.add_parser("left-out", help="the core targets this host cannot build, and why (name: why)")
    get = sub.add_parser("get", help="fields of one row")
    get.add_argument("name")
    get.add_argument("fields", nargs="+")
    rows = sub.add_parser("rows", help="the fields of the selected targets, one line each")
    rows.add_argument("--sep", default="\t", help="field separator (default: tab)")
    rows.add_argument("--words", action="store_true",
                      help="for make: each row one word, fields joined by '|', list items "
                      "by ',', an empty field as '-'")
    for p in (names, rows):
        p.add_argument("--all", action="store_true", help="every row, not only core targets")
        p.add_argument("--abi", action="store_true", help="each ABI once (primary rows)")
        p.add_argument("--primary", action="store_true",
                       help="each ABI's primary row only (one build per ABI)")
        p.add_argument("--with", dest="with_", action="append", default=[], metavar="FIELD=VALUE",
                       help="only rows whose FIELD is VALUE (for list fields: contains VALUE)")
    rows.add_argument("fields", nargs="+")
    a = ap.parse_args(argv)
    try:
        if a.cmd == "host":
            t = host_target()
            if t is None:
                print("arch_table.py: this machine (dpkg: %s, uname: %s) is no core target"
                      % (host_debian_arch(), os.uname().machine), file=sys.stderr)
                return 1
            print(t.name)
        elif a.cmd == "left-out":
            for name, why in left_out().items():
                print("%s: %s" % (name, why))
        elif a.cmd == "names":
            print("\n".join((r.abi if a.abi else r.name) for r in _select(a)))
        elif a.cmd == "get":
            r = target(a.name)
            print("\n".join(r.field(f) for f in a.fields))
        elif a.words:
            print("\n".join("|".join(r.field(f).replace(" ", ",") or "-" for f in a.fields)
                            for r in _select(a)))
        else:
            for r in _select(a):
                print(a.sep.join(r.field(f) for f in a.fields))
    except TableError as e:
        print("arch_table.py: %s" % e, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))

#!/usr/bin/env python3
"""Programs without libc through the public start-up (core/src/start), on
every core target of core/architectures.tsv, with each of its compilers,
inline and trampoline, static and static-PIE (qemu-user for foreign
targets; x86 natively where the kernel runs i386 binaries).

Per cell (also, inline -O2 only: a dynamic PIE that ld.so relocates, also
run as `ld.so ./check ...`, and a static link with -N whose program headers
are not loaded, AT_PHDR 0):
  hello   examples/libc-free/hello.c with the start and mem objects and
          the library: prints its greeting, exits with argc - 1
  check   tests/libc-free/start_check.c, linked the same way: argc, argv,
          envp, relocated pointers, linux_init_auxv before main (vDSO base
          and x86 entry = the kernel's auxv), the clock
  elf     static: ET_EXEC; static-PIE: ET_DYN, no PT_INTERP, R_*_RELATIVE
          relocations present (so the start-up had work to do)
  aslr    native static-PIE: two runs load at different addresses when
          /proc/sys/kernel/randomize_va_space is not 0; MIPS under qemu,
          which does not randomise: a second run with qemu -R loads
          elsewhere (SECOND_BASE_QEMU_ARGS) and passes too
Per target and compiler, inline -O2 and -O0: plt-die, a static-PIE with a
PLT relocation (tests/libc-free/plt_die.c; on MIPS an undefined symbol
in the GOT), must print the start-up's message and exit 127. MIPS gcc:
mips-abs-got, check as a static-PIE with -Wl,--defsym=abs_sym=0x1234,
which GNU ld gives a global GOT entry (the start-up's global-GOT path for a
defined symbol) and must read 0x1234. 32-bit powerpc: sdata, main built -msdata=sysv
(small data through r13) runs. powerpc: old-ldso, check entered the way an
ld.so older than glibc 2.36 run as `ld.so prog` enters it
(tests/libc-free/old_ldso_entry.S); stale-r4, entered with argc 0 at r1 and
a stale r4 below r1, whose word before it _start must not write. sparc64
static-PIEs run under qemu -R (see STATIC_PIE_QEMU_ARGS).
Per target and compiler: the start object needs nothing but main, the
library and linker-defined symbols (no memcpy/memset); a start.c whose DIE
message has a '%', '"', '\\', newline or NUL does not compile (it would be
pasted into an asm template).
Natively also: `make install` + pkg-config (linux_syscall_start,
linux_syscall_mem) and examples/libc-free/Makefile.

    tests/libc-free/run.py [-k] [-j N] [TARGET...]

Speaks the tests/lib protocol: "ok NAME", "FAIL NAME: DETAIL",
"skip NAME: REASON", "# note" lines, then "N passed, N failed[, N skipped]";
exits non-zero on any failure.
"""
import argparse
import concurrent.futures
import errno
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
import arch_table  # noqa: E402

GREETING = "hello from a program without libc\n"
HELLO = os.path.join(ROOT, "examples/libc-free/hello.c")
CHECK = os.path.join(ROOT, "tests/libc-free/start_check.c")
PLT_DIE = os.path.join(ROOT, "tests/libc-free/plt_die.c")
PLT_DIE_LIB = os.path.join(ROOT, "tests/libc-free/plt_die_lib.c")
PLT_DIE_MESSAGE = ("linux_syscall start-up: PLT relocations in a static-PIE (a symbol left to a "
                   "dynamic linker; link with -pie -Wl,--no-dynamic-linker)\n")
# MIPS PIC code calls through the GOT, not a PLT: the symbol the library
# provides gets a global GOT entry (undefined in .dynsym), no DT_PLTRELSZ.
MIPS_GOT_DIE_MESSAGE = ("linux_syscall start-up: an undefined symbol in a MIPS static-PIE's GOT or "
                        "relocations (a symbol left to a dynamic linker; link with -pie "
                        "-Wl,--no-dynamic-linker)\n")
SDATA = os.path.join(ROOT, "tests/libc-free/sdata_check.c")
OLD_LDSO = os.path.join(ROOT, "tests/libc-free/old_ldso_entry.S")
STALE_R4_CHECK = os.path.join(ROOT, "tests/libc-free/stale_r4_check.c")
START_SRC = [os.path.join(ROOT, "core/src/start", f) for f in ("start.S", "start.c")]
MEM_SRC = os.path.join(ROOT, "core/src/start/mem.c")
CORE_SRC = sorted(os.path.join(ROOT, "core/src", f)
                  for f in os.listdir(os.path.join(ROOT, "core/src")) if f.endswith(".c"))
# What the start object may leave undefined: main, the library's entry,
# linker-defined symbols, and on x86 the header's link symbols and the entry
# word, which the library's x86_entry_group.o defines.
START_MAY_NEED = {"main", "linux_init_auxv", "__ehdr_start", "__global_pointer$",
                  "_GLOBAL_OFFSET_TABLE_", ".TOC.",
                  "_gp_disp", "_gp",  # MIPS: the GOT pointer's linker symbols (.cpload, -mno-abicalls)
                  "linux_syscall_x86_entry__link_liblinux_syscall_or_define_LINUX_SYSCALL_HEADER_ONLY",
                  "linux_syscall_x86_entry__link_liblinux_syscall_in_this_module_or_define_"
                  "LINUX_SYSCALL_HEADER_ONLY",
                  "linux__x86_vsyscall_offset"}
RUN_TIMEOUT = 30

results = []


def report(status, what):
    results.append(status)
    print("%s %s" % (status, what), flush=True)


class Failed(Exception):
    pass


def run(cmd, cwd, what, env=None):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, env=env)
    if p.returncode != 0:
        raise Failed("%s failed (exit %d): %s\n    %s" % (
            what, p.returncode, " ".join(cmd),
            "\n    ".join(p.stdout.decode(errors="replace").splitlines()[-15:])))
    return p.stdout.decode(errors="replace")


def execute(runner, exe, args, env_extra=None):
    """(exit status, output); raises OSError if the kernel refuses it."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    env.update(env_extra or {})
    try:
        p = subprocess.run(runner + [exe] + args, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env,
                           timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % RUN_TIMEOUT
    return p.returncode, p.stdout.decode(errors="replace") + p.stderr.decode(errors="replace")


def elf_facts(exe):
    header = subprocess.run(["llvm-readelf-19", "-h", "-l", "-r", "-W", exe],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout.decode()
    kind = re.search(r"^\s*Type:\s+(\w+)", header, re.M)
    # MIPS has no R_MIPS_RELATIVE: R_MIPS_REL32 against symbol 0 is it.
    return (kind.group(1) if kind else "?", "INTERP" in header,
            len(re.findall(r"R_\w+_RELATIVE|R_MIPS_REL32", header)))


def runner_for(target, x86_native):
    if target.name == "x86" and x86_native:
        return []
    cmd = target.qemu_cmd()
    if cmd is None:
        raise Failed("no way to run %s here (no qemu in the table)" % target.name)
    return cmd


def probe_x86_native(work, cc):
    """Whether this kernel runs i386 binaries (a PVM guest does not)."""
    src = os.path.join(work, "probe.c")
    with open(src, "w") as f:
        f.write("int main(void) { return 0; }\n")
    exe = os.path.join(work, "probe")
    run(cc + ["-O2", "-ffreestanding", "-nostdlib", "-static", "-o", exe, src] + START_SRC +
        ["-I", os.path.join(ROOT, "core/include"), "-DLINUX_SYSCALL_HEADER_ONLY",
         "-fno-stack-protector"] + CORE_SRC + ["-iquote", os.path.join(ROOT, "core/src"),
                                               "-iquote", os.path.join(ROOT, "core/src/generated")],
        work, "x86 probe build")
    try:
        return subprocess.run([exe], timeout=RUN_TIMEOUT).returncode == 0, "ran"
    except OSError as e:
        return False, "native exec: %s" % (os.strerror(e.errno) if e.errno else e)


def compilers(target):
    """(name, compile command, link-only flags) for each compiler of the row."""
    out = []
    for c in target.compilers:
        if c == "gcc" and target.gcc:
            out.append(("gcc", [target.gcc] + target.cflags, []))
        elif c == "clang" and target.clang_args:
            out.append(("clang", ["clang-19"] + target.clang_args,
                        target.clang_link_args + ["-Wno-unused-command-line-argument"]))
    return out


LINKS = {
    "static": ["-static", "-no-pie"],
    # -static-pie spelled out: the Debian arm and riscv64 cross gccs turn
    # -static-pie with -nostdlib into a dynamic PIE with an interpreter.
    "static-pie": ["-pie", "-Wl,--no-dynamic-linker"],
    # A PIE with an interpreter: ld.so relocates it before _start, which
    # must then not relocate it again.
    "dynamic-pie": ["-pie"],
    # -N: text and data in one segment without the headers, so the kernel
    # passes AT_PHDR 0 and GNU ld defines no __ehdr_start.
    "static-noheaders": ["-static", "-no-pie", "-Wl,-N"],
}


# Extra qemu-user arguments for static-PIEs: qemu-sparc64 7.2 loads an
# ET_DYN at base 0, where link-time and run-time addresses agree and a
# missed relocation goes unseen; with 2 GiB reserved it picks a base
# near 0x7de00000.
STATIC_PIE_QEMU_ARGS = {"sparc64": ["-R", "0x80000000"]}


# qemu-user 7.2 does not randomise where it loads a static-PIE (mips at
# 0x40000000 and 0x4000000000, never the link address 0), so the ASLR
# check's two load addresses come from a second run with these arguments
# (qemu then places the program near the top of the reserved space).
SECOND_BASE_QEMU_ARGS = {t: ["-R", "0x20000000"] for t in ("mips", "mipsel", "mips64el")}


def cells_for(target, cc_name):
    cells = [(impl, link, "-O2") for impl in ("inline", "trampoline") for link in ("static", "static-pie")]
    cells.append(("inline", "static-pie", "-O0"))
    cells += [("inline", "dynamic-pie", "-O2"), ("inline", "static-noheaders", "-O2")]
    cells += [("inline", "plt-die", "-O2"), ("inline", "plt-die", "-O0")]
    if target.abi in ("mips", "mips64") and cc_name == "gcc":
        # lld makes the symbol a local GOT entry, which the load delta
        # moves: a linker limit (README), not tested
        cells.append(("inline", "mips-abs-got", "-O2"))
    if target.abi == "powerpc" and cc_name == "gcc":  # clang-19 has no -msdata
        cells.append(("inline", "sdata", "-O2"))
    if target.abi in ("powerpc", "powerpc64"):
        cells += [("inline", "old-ldso", "-O2"), ("inline", "stale-r4", "-O2")]
    return cells


# Target and compiler pairs that cannot work, with the reason (as
# tests/matrix/run's KNOWN_GAPS says it for the matrix).
KNOWN_GAPS = {
}


def do_target_compiler(target, cc_name, cc, link_extra, work_root, x86_native):
    out = []  # (status, line)
    label = "%s %s" % (target.name, cc_name)
    if (target.name, cc_name) in KNOWN_GAPS:
        return [("skip", "%s: %s" % (label, KNOWN_GAPS[(target.name, cc_name)]))]
    work = os.path.join(work_root, "%s-%s" % (target.name, cc_name))
    os.makedirs(work, exist_ok=True)
    inc = ["-I", os.path.join(ROOT, "core/include")]
    priv = ["-iquote", os.path.join(ROOT, "core/src"),
            "-iquote", os.path.join(ROOT, "core/src/generated")]
    lib_flags = ["-std=c99", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-ffreestanding",
                 "-fno-stack-protector", "-fPIC"]
    try:
        runner = runner_for(target, x86_native)
    except Failed as e:
        return [("FAIL", "%s: %s" % (label, e))]
    built = {}  # (impl, opt) -> directory holding its objects, or the error

    def objects(impl, opt):
        """The library, mem and start objects for (impl, opt), compiled once
        (-fPIC, so that static and static-PIE links share them) as make and
        Bazel compile them."""
        key = (impl, opt)
        if key not in built:
            o = os.path.join(work, "obj-%s%s" % (impl, opt))
            os.makedirs(o, exist_ok=True)
            defs = ["-DLINUX_SYSCALL_TRAMPOLINE"] if impl == "trampoline" else []
            sources = list(CORE_SRC)
            if impl == "trampoline":
                sources.append(os.path.join(ROOT, "core/src/arch", target.abi, "trampoline.S"))
            try:
                run(cc + [opt] + lib_flags + defs + inc + priv + ["-c"] + sources + [MEM_SRC], o,
                    "compile library and mem object")
                # start.S and start.c would both make start.o: compiled apart
                run(cc + [opt] + lib_flags + inc + ["-c", START_SRC[0], "-o", "start_entry.o"], o,
                    "compile start.S")
                run(cc + [opt] + lib_flags + inc + ["-c", START_SRC[1], "-o", "start_c.o"], o,
                    "compile start.c")
                built[key] = (o, [os.path.join(o, os.path.splitext(os.path.basename(x))[0] + ".o")
                                  for x in sources], None)
            except Failed as e:
                built[key] = (o, [], e)
        return built[key]

    for impl, link, opt in cells_for(target, cc_name):
        name = "%s %s %s %s" % (impl, link, opt, label)
        d = os.path.join(work, "%s-%s%s" % (impl, link, opt))
        os.makedirs(d, exist_ok=True)
        defs = ["-DLINUX_SYSCALL_TRAMPOLINE"] if impl == "trampoline" else []
        cell_runner = runner
        if runner and link in ("static-pie", "plt-die"):
            cell_runner = runner + STATIC_PIE_QEMU_ARGS.get(target.name, [])
        if link == "dynamic-pie" and (runner or target.name == "x86"):
            # ld.so comes from the target's glibc: the cross sysroot under
            # qemu (an i386 host may lack the i386 libc: qemu then too).
            if target.libc != "glibc":
                out.append(("skip", "%s: no glibc (ld.so) for %s" % (name, target.name)))
                continue
            cell_runner = (runner or target.emulator_cmd()) + ["-L", "/usr/" + target.gcc_triple]
        try:
            o, objs, error = objects(impl, opt)
            if error is not None:
                raise error
            start_objs = [os.path.join(o, "start_entry.o"), os.path.join(o, "start_c.o")]
            mem_obj = os.path.join(o, "mem.o")
            if link in ("plt-die", "sdata", "old-ldso", "stale-r4", "mips-abs-got"):
                out.append(special_cell(link, name, d, cc, opt, link_extra, target, start_objs,
                                        mem_obj, objs, inc, cell_runner))
                continue
            if impl == "inline" and link == "static" and opt == "-O2":
                # Strong references only ("U"): a weak one ("w", e.g. the x86
                # entry's resolver naming getauxval) is 0 with no definition.
                nm_lines = subprocess.run(["llvm-nm-19", "-u"] + start_objs,
                                          stdout=subprocess.PIPE).stdout.decode().splitlines()
                undefined = {f[1] for f in (line.split() for line in nm_lines)
                             if len(f) == 2 and f[0] == "U"}
                undefined.discard("linux__start_c")
                extra = sorted(undefined - START_MAY_NEED)
                out.append(("ok" if not extra else "FAIL",
                            "start object %s needs only main, linux_init_auxv and linker "
                            "symbols%s" % (label, (": also " + " ".join(extra)) if extra else "")))
                out.extend(die_text_checks(label, cc + ["-O2"] + lib_flags + inc, work))
                frames = subprocess.run(["llvm-dwarfdump-19", "--eh-frame", "--debug-frame",
                                         start_objs[0]], stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL).stdout.decode()
                outermost = "DW_CFA_undefined" in frames
                out.append(("ok" if outermost else "FAIL",
                            "_start %s marks the outermost frame (return address undefined "
                            "in its CFI)%s" % (label, "" if outermost else ": no DW_CFA_undefined")))
                if target.name == "ppc64le":
                    # ELFv2 objects say so (e_flags 2): an object without it is
                    # "unspecified", which an all-asm link passes on, and the
                    # kernel runs such an executable as ELFv1.
                    tramp = os.path.join(o, "trampoline_abi.o")
                    run(cc + ["-c", os.path.join(ROOT, "core/src/arch", target.abi, "trampoline.S"),
                              "-o", tramp], o, "compile trampoline.S")
                    flags = {}
                    for obj in (start_objs[0], tramp):
                        m = re.search(r"^\s*Flags:\s+(0x[0-9a-f]+)", subprocess.run(
                            ["llvm-readelf-19", "-h", obj], stdout=subprocess.PIPE).stdout.decode(), re.M)
                        flags[os.path.basename(obj)] = m.group(1) if m else "?"
                    bad = {k: v for k, v in flags.items() if v != "0x2"}
                    out.append(("FAIL" if bad else "ok", "ELFv2 e_flags 0x2 in start.S and "
                                "trampoline.S objects %s%s" % (label, (": " + str(bad)) if bad else "")))
            # The programs' own code is PIE for PIE links: not every gcc
            # makes PIE code by default (Debian's m68k gcc does not, and a
            # static-PIE with text relocations is refused by the start-up).
            pie = ["-fPIE"] if link.endswith("pie") else []
            link_cmd = cc + [opt] + pie + link_extra + ["-ffreestanding", "-nostdlib"] + LINKS[link]
            libs = target.freestanding_libs
            for prog, src in (("hello", HELLO), ("check", CHECK)):
                run(link_cmd + ["-std=c99", "-Wall", "-Wextra", "-Werror", "-fno-stack-protector"] +
                    defs + inc + ["-o", os.path.join(d, prog), src] + start_objs + [mem_obj] +
                    objs + libs, d, "build " + prog)
            # elf
            for prog in ("hello", "check"):
                kind, interp, relative = elf_facts(os.path.join(d, prog))
                if link in ("static", "static-noheaders") and (kind != "EXEC" or interp):
                    raise Failed("%s: static link gave %s%s" % (prog, kind, " with PT_INTERP" if interp else ""))
                if link == "static-pie" and (kind != "DYN" or interp):
                    raise Failed("%s: static-PIE link gave %s%s" % (prog, kind, " with PT_INTERP" if interp else ""))
                if link == "dynamic-pie" and (kind != "DYN" or not interp):
                    raise Failed("%s: dynamic PIE link gave %s without PT_INTERP" % (prog, kind))
            if link == "static-pie":
                relative = elf_facts(os.path.join(d, "check"))[2]
                if relative == 0:
                    raise Failed("check: no R_*_RELATIVE relocations in the static-PIE")
            # hello
            rc, text = execute(cell_runner, os.path.join(d, "hello"), ["a", "b", "c"])
            if rc != 3 or text != GREETING:
                raise Failed("hello a b c: exit %s (want 3), output %r (want %r)" % (rc, text[-300:], GREETING))
            # check
            rc, text = execute(cell_runner, os.path.join(d, "check"), ["one", "two", "three"],
                               {"LIBC_FREE_CHECK": "marker"})
            fails = [ln for ln in text.splitlines() if ln.startswith("FAIL")]
            if rc != 0 or fails or not re.search(r"^\d+ passed, 0 failed$", text, re.M):
                raise Failed("check: exit %s; %s" % (rc, "; ".join(fails) or text[-300:]))
            vdso = "# vdso yes" in text
            entry = re.search(r"^# x86 entry (\S+)", text, re.M)
            notes = ["vdso" if vdso else "no vdso: system-call clock",
                     "under " + " ".join(cell_runner) if cell_runner else "native"]
            if target.name == "x86" and entry and entry.group(1) != "n/a":
                notes.append("x86 entry " + entry.group(1))
                if not cell_runner and entry.group(1) != "set" and impl == "inline":
                    raise Failed("native i386 without the fast entry")
            if link == "static-pie":
                notes.append("%d RELATIVE relocations applied" % relative)
            if link == "dynamic-pie":
                # ld.so run as a program: it shifts argv past its own name
                # before it starts this one, with argc in a register too
                # (powerpc's _start takes it from there).
                interp = re.search(r"program interpreter: ([^\]]+)\]",
                                   subprocess.run(["llvm-readelf-19", "-l", os.path.join(d, "check")],
                                                  stdout=subprocess.PIPE).stdout.decode())
                if not interp:
                    raise Failed("check: no PT_INTERP in the dynamic PIE")
                ldso = interp.group(1)
                if cell_runner:
                    ldso = "/usr/" + target.gcc_triple + ldso
                rc, text = execute(cell_runner + [ldso], os.path.join(d, "check"),
                                   ["one", "two", "three"], {"LIBC_FREE_CHECK": "marker"})
                fails = [ln for ln in text.splitlines() if ln.startswith("FAIL")]
                if rc != 0 or fails or not re.search(r"^\d+ passed, 0 failed$", text, re.M):
                    raise Failed("%s check: exit %s; %s" % (ldso, rc, "; ".join(fails) or text[-300:]))
                notes.append("also as " + os.path.basename(ldso) + " ./check")
            out.append(("ok", "%s (%s)" % (name, ", ".join(notes))))
            if link == "static-pie" and not runner and opt == "-O2":
                out.append(aslr_check(name, os.path.join(d, "check")))
            elif link == "static-pie" and target.name in SECOND_BASE_QEMU_ARGS:
                out.append(two_bases_check(name, os.path.join(d, "check"), cell_runner,
                                           SECOND_BASE_QEMU_ARGS[target.name]))
        except Failed as e:
            out.append(("FAIL", "%s: %s" % (name, e)))
    return out


def special_cell(link, name, d, cc, opt, link_extra, target, start_objs, mem_obj, objs, inc,
                 runner):
    """plt-die: a static-PIE with a PLT relocation, refused with the
    start-up's message before any relocation is applied; sdata (32-bit
    powerpc): main built -msdata=sysv runs; old-ldso (powerpc): check
    entered as an old ld.so enters it; stale-r4 (powerpc): entered with a
    stale r4 below r1, which _start must not write through; mips-abs-got
    (MIPS gcc): check with an absolute symbol in the GOT's global part.
    One (status, line)."""
    try:
        common = cc + [opt] + link_extra + ["-ffreestanding", "-nostdlib", "-std=c99", "-Wall",
                                            "-Wextra", "-Werror", "-fno-stack-protector"] + inc
        objects = start_objs + [mem_obj] + objs + target.freestanding_libs
        exe = os.path.join(d, link)
        if link == "plt-die":
            lib = os.path.join(d, "libplt_die.so")
            run(cc + ["-O2", "-fPIC", "-shared", "-nostdlib"] + link_extra + ["-o", lib, PLT_DIE_LIB],
                d, "build libplt_die.so")
            run(common + ["-fPIE"] + LINKS["static-pie"] + ["-o", exe, PLT_DIE] + objects + [lib],
                d, "build plt-die")
            relocs = subprocess.run(["llvm-readelf-19", "-d", "--dyn-syms", exe],
                                    stdout=subprocess.PIPE).stdout.decode()
            want = PLT_DIE_MESSAGE
            if target.abi in ("mips", "mips64"):
                want = MIPS_GOT_DIE_MESSAGE
                if not re.search(r"\bUND lib_value\b", relocs) or "PLTRELSZ" in relocs:
                    raise Failed("the link left no undefined lib_value in .dynsym (for the GOT): "
                                 "nothing to refuse")
            elif "PLTRELSZ" not in relocs:
                raise Failed("the link left no DT_PLTRELSZ: nothing to refuse")
            rc, text = execute(runner, exe, [])
            if rc != 127 or text != want:
                raise Failed("exit %s (want 127), output %r (want %r)" % (rc, text[-300:], want))
            return ("ok", "%s: refused with the message, exit 127" % name)
        if link == "mips-abs-got":
            run(common + ["-fPIE", "-DSTART_CHECK_ABS_SYM"] + LINKS["static-pie"] +
                ["-Wl,--defsym=abs_sym=0x1234", "-o", exe, CHECK] + objects, d,
                "build mips-abs-got")
            dyn = subprocess.run(["llvm-readelf-19", "-d", "--dyn-syms", "-W", exe],
                                 stdout=subprocess.PIPE).stdout.decode()
            gotsym = re.search(r"\(MIPS_GOTSYM\)\s+(0x[0-9a-f]+|\d+)", dyn)
            symtabno = re.search(r"\(MIPS_SYMTABNO\)\s+(\d+)", dyn)
            if (not gotsym or not symtabno or int(gotsym.group(1), 0) >= int(symtabno.group(1))
                    or not re.search(r"\bABS abs_sym$", dyn, re.M)):
                raise Failed("the link left no absolute abs_sym in the GOT's global part: "
                             "the global-GOT path is not exercised")
            rc, text = execute(runner, exe, ["one", "two", "three"], {"LIBC_FREE_CHECK": "marker"})
            fails = [ln for ln in text.splitlines() if ln.startswith("FAIL")]
            if (rc != 0 or fails or not re.search(r"^\d+ passed, 0 failed$", text, re.M)
                    or not re.search(r"^ok start\.absolute_symbol_through_the_got$", text, re.M)):
                raise Failed("check: exit %s; %s" % (rc, "; ".join(fails) or text[-300:]))
            return ("ok", "%s: abs_sym (SHN_ABS, global GOT entry) reads 0x1234" % name)
        if link == "old-ldso":
            run(common + LINKS["static"] + ["-Wl,-e,old_ldso_entry", "-o", exe, CHECK, OLD_LDSO] +
                objects, d, "build old-ldso")
            rc, text = execute(runner, exe, ["one", "two", "three"], {"LIBC_FREE_CHECK": "marker"})
            fails = [ln for ln in text.splitlines() if ln.startswith("FAIL")]
            if rc != 0 or fails or not re.search(r"^\d+ passed, 0 failed$", text, re.M):
                raise Failed("check: exit %s; %s" % (rc, "; ".join(fails) or text[-300:]))
            return ("ok", "%s: argc from r3, not from the word before argv" % name)
        if link == "stale-r4":
            run(common + LINKS["static"] + ["-Wl,-e,stale_r4_entry", "-o", exe, STALE_R4_CHECK,
                                            OLD_LDSO] + objects, d, "build stale-r4")
            rc, text = execute(runner, exe, [])
            fails = [ln for ln in text.splitlines() if ln.startswith("FAIL")]
            if rc != 0 or fails or not re.search(r"^\d+ passed, 0 failed$", text, re.M):
                raise Failed("stale_r4_check: exit %s; %s" % (rc, "; ".join(fails) or text[-300:]))
            return ("ok", "%s: a stale r4 below r1 not written through, argc 0 from r1" % name)
        sdata_obj = os.path.join(d, "sdata_check.o")
        run(common + ["-fno-pic", "-msdata=sysv", "-G", "8", "-c", "-o", sdata_obj, SDATA], d,
            "compile sdata_check.c")
        if "SDAREL" not in subprocess.run(["llvm-readelf-19", "-r", sdata_obj],
                                          stdout=subprocess.PIPE).stdout.decode():
            raise Failed("-msdata=sysv left no R_PPC_SDAREL16: r13 is not used")
        run(common + LINKS["static"] + ["-o", exe, sdata_obj] + objects, d, "build sdata")
        rc, text = execute(runner, exe, [])
        if rc != 0:
            raise Failed("exit %s (want 0): %s" % (rc, text[-300:]))
        return ("ok", "%s: -msdata=sysv small data through r13" % name)
    except Failed as e:
        return ("FAIL", "%s: %s" % (name, e))


DIE_TEXT = '"linux_syscall start-up: unexpected DT_RELAENT"'


# What DIE's text must not hold (it is pasted into an asm template), as C
# source to append to a message, and what each would do there.
DIE_TEXT_BAD = (
    ("(100%0)", "'%': an operand reference"),
    ('\\"', "'\"': the end of the .ascii string"),
    ("\\\\", "'\\': an assembler escape"),
    ("\\n", "a newline: the end of the asm line"),
    ("\\0", "a NUL: the end of the asm template"),
)


def die_text_checks(label, compile_cmd, work):
    """start.c with any of DIE_TEXT_BAD in a DIE message must not compile,
    on every target alike: on powerpc, m68k and sparc the text is pasted
    into an asm template, where "%0" would silently become a register name
    and the others break or cut the asm."""
    with open(START_SRC[1]) as f:
        text = f.read()
    out = []
    for n, (bad, why) in enumerate(DIE_TEXT_BAD):
        what = "start.c refuses %s in a DIE message %s" % (why, label)
        if text.count(DIE_TEXT) != 1:
            out.append(("FAIL", "%s: %s is not in start.c once" % (what, DIE_TEXT)))
            continue
        src = os.path.join(work, "start_bad_text%d.c" % n)
        with open(src, "w") as f:
            f.write(text.replace(DIE_TEXT, DIE_TEXT[:-1] + bad + '"'))
        p = subprocess.run(compile_cmd + ["-c", src, "-o", os.path.join(work, "start_bad_text.o")],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        output = p.stdout.decode(errors="replace")
        if p.returncode == 0:
            out.append(("FAIL", "%s: it compiled" % what))
        elif "DIE text" not in output:
            out.append(("FAIL", "%s: failed, but not with DIE's assertion: %s" % (what, output[-300:])))
        else:
            out.append(("ok", what))
    return out


def aslr_check(name, exe):
    try:
        with open("/proc/sys/kernel/randomize_va_space") as f:
            setting = f.read().strip()
    except OSError as e:
        return ("skip", "aslr %s: cannot read randomize_va_space (%s)" % (name, e))
    if setting == "0":
        return ("skip", "aslr %s: randomize_va_space is 0 (ASLR off)" % name)
    addresses = []
    for _ in range(2):
        rc, text = execute([], exe, ["one", "two", "three"], {"LIBC_FREE_CHECK": "marker"})
        m = re.search(r"^# load address (0x[0-9a-f]+)$", text, re.M)
        if rc != 0 or not m:
            return ("FAIL", "aslr %s: run failed: %s" % (name, text[-200:]))
        addresses.append(m.group(1))
    if addresses[0] == addresses[1]:
        return ("FAIL", "aslr %s: loaded at %s twice with randomize_va_space=%s" % (
            name, addresses[0], setting))
    return ("ok", "aslr %s: randomize_va_space=%s, loaded at %s and %s" % (
        name, setting, addresses[0], addresses[1]))


def two_bases_check(name, exe, runner, second_args):
    """Under a qemu-user that does not randomise: the static-PIE runs at
    two different load addresses, the second forced by second_args."""
    addresses = []
    for extra in ([], second_args):
        rc, text = execute(runner + extra, exe, ["one", "two", "three"], {"LIBC_FREE_CHECK": "marker"})
        m = re.search(r"^# load address (0x[0-9a-f]+)$", text, re.M)
        fails = [ln for ln in text.splitlines() if ln.startswith("FAIL")]
        if rc != 0 or not m or fails:
            return ("FAIL", "two bases %s: run with %r failed: %s" % (
                name, " ".join(extra), "; ".join(fails) or text[-200:]))
        addresses.append(m.group(1))
    if addresses[0] == addresses[1]:
        return ("FAIL", "two bases %s: loaded at %s with and without %s" % (
            name, addresses[0], " ".join(second_args)))
    return ("ok", "two bases %s: loaded at %s, and at %s with %s" % (
        name, addresses[0], addresses[1], " ".join(second_args)))


def pkgconfig_route(work):
    """make install into a scratch prefix; the example's Makefile with
    pkg-config, inline and trampoline; run natively."""
    prefix = os.path.join(work, "prefix")
    try:
        run(["make", "-s", "-j2", "install", "PREFIX=" + prefix,
             "BUILDDIR=" + os.path.join(work, "build"), "CFLAGS=-O2 -ffreestanding"], ROOT,
            "make install")
    except Failed as e:
        report("FAIL", "make install: %s" % e)
        return
    missing = [f for f in ("lib/linux_syscall_start.o", "lib/linux_syscall_mem.o",
                           "lib/pkgconfig/linux_syscall_start.pc",
                           "lib/pkgconfig/linux_syscall_mem.pc")
               if not os.path.isfile(os.path.join(prefix, f))]
    report("FAIL" if missing else "ok", "make install: start and mem objects and their .pc files%s"
           % (" missing: " + " ".join(missing) if missing else ""))
    env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(prefix, "lib/pkgconfig"))
    env.pop("PKG_CONFIG_LIBDIR", None)
    for lib in ("linux_syscall", "linux_syscall_trampoline"):
        for mode in ("static", "static-pie"):
            what = "examples/libc-free/Makefile LIBRARY=%s LINK=-%s (pkg-config)" % (lib, mode)
            out = os.path.join(work, "hello-%s-%s" % (lib, mode))
            try:
                run(["make", "-s", "-B", "-C", os.path.join(ROOT, "examples/libc-free"),
                     "LIBRARY=" + lib, "LINK=-" + mode, "HELLO=" + out], ROOT, what, env=env)
                rc, text = execute([], out, ["x"])
                if rc != 1 or text != GREETING:
                    raise Failed("hello x: exit %s (want 1), output %r" % (rc, text[-200:]))
                report("ok", what)
            except Failed as e:
                report("FAIL", "%s: %s" % (what, e))


def start_selection_check():
    """core/src/start/start.S picks the arch file through
    linux_syscall/target_arch.h (the one place with the predefined-macro
    tests) and every arch it names has its start.S."""
    with open(START_SRC[0]) as f:
        own_tests = re.findall(r"^#\s*(?:el)?if\b.*", f.read(), re.M)
    with open(os.path.join(ROOT, "core/include/linux_syscall/target_arch.h")) as f:
        named = re.findall(r'LINUX_ARCH_TARGET_START_S\s+"([^"]+)"', f.read())
    missing = [n for n in named
               if not os.path.isfile(os.path.join(ROOT, "core/src/start", n))]
    if own_tests or not named or missing:
        report("FAIL", "start.S selection: %s" % "; ".join(
            (["own tests in start.S: " + " | ".join(own_tests)] if own_tests else []) +
            (["target_arch.h names no LINUX_ARCH_TARGET_START_S"] if not named else []) +
            (["missing " + " ".join(missing)] if missing else [])))
    else:
        report("ok", "start.S selects through target_arch.h (%d arch files)" % len(named))


def make_user_cflags_route(work):
    """`make start` with CFLAGS that must not reach the start-up code
    (-fno-pic, a stack protector): the object still builds, has no absolute
    relocation and needs no __stack_chk_*."""
    build = os.path.join(work, "build-user-cflags")
    what = "make start CFLAGS='-O2 -fno-pic -fstack-protector-strong'"
    try:
        run(["make", "-s", "-j2", "start", "BUILDDIR=" + build,
             "CFLAGS=-O2 -fno-pic -fstack-protector-strong"], ROOT, what)
        obj = os.path.join(build, "linux_syscall_start.o")
        relocs = subprocess.run(["llvm-readelf-19", "-r", "-W", obj], stdout=subprocess.PIPE
                                ).stdout.decode()
        absolute = sorted(set(re.findall(r"R_X86_64_(?:32S?|64)\b", relocs)))
        needs = set(subprocess.run(["llvm-nm-19", "-u", "--format=just-symbols", obj],
                                   stdout=subprocess.PIPE).stdout.decode().split())
        bad = absolute + sorted(x for x in needs if "stack_chk" in x)
        if bad:
            raise Failed("the start object has " + " ".join(bad))
        report("ok", what + ": position-independent, no stack protector")
    except Failed as e:
        report("FAIL", "%s: %s" % (what, e))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-k", action="store_true", help="keep the build directory")
    ap.add_argument("-j", type=int, default=2, help="parallel jobs (default 2)")
    ap.add_argument("targets", nargs="*", help="only these targets (table names)")
    args = ap.parse_args()
    targets = arch_table.targets()
    unknown = set(args.targets) - {t.name for t in targets}
    if unknown:
        ap.error("not core targets of core/architectures.tsv: " + " ".join(sorted(unknown)))
    if args.targets:
        targets = [t for t in targets if t.name in args.targets]
    start_selection_check()
    work = tempfile.mkdtemp(prefix="libc-free.")
    if args.k:
        print("# build directory: " + work)
    try:
        x86_native = False
        if any(t.name == "x86" for t in targets):
            x86 = arch_table.target("x86")
            cc = compilers(x86)[0]
            try:
                x86_native, how = probe_x86_native(work, cc[1] + cc[2])
            except Failed as e:
                x86_native, how = False, str(e)
            print("# x86 binaries run %s" % ("natively" if x86_native else
                                           "under %s (%s)" % (x86.qemu, how)), flush=True)
        jobs = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
            for t in targets:
                for name, cc, extra in compilers(t):
                    jobs.append(pool.submit(do_target_compiler, t, name, cc, extra, work,
                                            x86_native))
            for j in jobs:
                for status, line in j.result():
                    report(status, line)
        if arch_table.host_target_name() in {t.name for t in targets}:
            pkgconfig_route(work)
            if arch_table.host_target_name() == "x86_64":
                make_user_cflags_route(work)
    finally:
        if not args.k:
            shutil.rmtree(work, ignore_errors=True)
    passed, failed, skipped = (results.count(s) for s in ("ok", "FAIL", "skip"))
    print("%d passed, %d failed%s" % (passed, failed, ", %d skipped" % skipped if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

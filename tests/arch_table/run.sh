#!/usr/bin/env bash
# The architecture table's loader (scripts/lib/arch_table.py and .sh): the
# real table loads and agrees with itself, and a malformed table, an unknown
# name or field, and a duplicate row are errors that name the file and line
# (exit 2), never a silently shorter list.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
source tests/lib/check.sh
source scripts/lib/arch_table.sh
PY=scripts/lib/arch_table.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect_error NAME PATTERN TABLE-FILE ARGS...: the loader, pointed at
# TABLE-FILE, must exit 2 with PATTERN in its message.
expect_error() {
  local name=$1 pattern=$2 table=$3 out rc
  shift 3
  out=$(ARCH_TABLE="$table" python3 "$PY" "$@" 2>&1)
  rc=$?
  if [[ $rc -eq 2 && $out == *"$pattern"* ]]; then
    pass "$name"
  else
    fail "$name" "exit $rc, wanted 2 with '$pattern'; output: $out"
  fi
}

# --- the real table ----------------------------------------------------------
names=$(arch_names)
[[ -n $names ]] && pass "table: loads, $(wc -l <<<"$names") core targets" \
  || fail "table: loads" "arch_names printed nothing"
[[ $(arch_names --all | sort | uniq -d) == "" ]] && pass "table: names are unique" \
  || fail "table: names are unique" "$(arch_names --all | sort | uniq -d)"
# Every core ABI has its arch header and trampoline, and the selection
# header names it: the table and target_arch.h agree.
missing=""
for abi in $(arch_names --abi); do
  for f in "core/include/linux_syscall/arch/$abi/syscall.h" "core/src/arch/$abi/trampoline.S"; do
    [[ -f $f ]] || missing+=" $f"
  done
  grep -q "LINUX_ARCH_TARGET_NAME \"$abi\"" core/include/linux_syscall/target_arch.h \
    || missing+=" target_arch.h:$abi"
done
[[ -z $missing ]] && pass "table: every core ABI has syscall.h, trampoline.S and a target_arch.h branch" \
  || fail "table: every core ABI has syscall.h, trampoline.S and a target_arch.h branch" "missing:$missing"
# Fields after an empty one keep their place when read by the shell.
IFS=$'\x1f' read -r n cpu qemu < <(arch_rows name qemu_cpu qemu | sed -n 1p)
[[ $n == x86_64 && -z $cpu && $qemu == qemu-x86_64 ]] \
  && pass "arch_rows: an empty field does not shift the next" \
  || fail "arch_rows: an empty field does not shift the next" "got name=$n qemu_cpu=$cpu qemu=$qemu"
[[ $(arch_get arm gcc) == arm-linux-gnueabihf-gcc && $(arch_get armel abi_enum) == LINUX_ARCH_ARM ]] \
  && pass "derived fields: gcc, abi_enum" || fail "derived fields: gcc, abi_enum" "$(arch_get arm gcc abi_enum)"
# Debian package names have no "_" (the x86_64 cross gcc of a non-amd64 host).
[[ $(arch_get x86_64 gcc_package) == gcc-x86-64-linux-gnu ]] \
  && pass "derived gcc_package: gcc-x86-64-linux-gnu" \
  || fail "derived gcc_package: gcc-x86-64-linux-gnu" "$(arch_get x86_64 gcc_package)"

# --- the host: dpkg's architecture picks the native row -----------------------
# A dpkg that answers --print-architecture with $FAKE_DEBIAN_ARCH stands in
# for each kind of machine; every other row is then emulated.
mkdir -p "$tmp/bin"
printf '#!/bin/sh\n[ "$1" = --print-architecture ] && { echo "$FAKE_DEBIAN_ARCH"; exit 0; }\nexit 1\n' >"$tmp/bin/dpkg"
chmod +x "$tmp/bin/dpkg"
bad_host=""
for pair in amd64:x86_64 i386:x86 arm64:aarch64 armhf:arm armel:armel riscv64:riscv64 s390x:s390x; do
  got=$(PATH="$tmp/bin:$PATH" FAKE_DEBIAN_ARCH=${pair%%:*} python3 "$PY" host 2>&1)
  [[ $got == "${pair#*:}" ]] || bad_host+=" ${pair%%:*}->$got"
done
[[ -z $bad_host ]] && pass "host: dpkg's architecture names the native row (7 Debian architectures)" \
  || fail "host: dpkg's architecture names the native row" "$bad_host"
out=$(PATH="$tmp/bin:$PATH" FAKE_DEBIAN_ARCH=hppa python3 "$PY" host 2>&1); rc=$?  # hppa: no row is core (ppc64el is now)
[[ $rc -eq 1 && $out == *"no core target"* ]] && pass "host: a machine of no core target is an error" \
  || fail "host: a machine of no core target is an error" "exit $rc: $out"
qemu_args=$(PATH="$tmp/bin:$PATH" FAKE_DEBIAN_ARCH=arm64 python3 -c '
import sys; sys.path.insert(0, "scripts/lib"); import arch_table as t
print(t.target("aarch64").qemu_cmd(), t.target("x86_64").qemu_cmd())')
[[ $qemu_args == "[] ['qemu-x86_64']" ]] && pass "host arm64: aarch64 native, x86_64 under qemu-x86_64" \
  || fail "host arm64: aarch64 native, x86_64 under qemu-x86_64" "$qemu_args"

# --- rows a host cannot build: left out, and said, never on amd64 -------------
# A PATH of the fake dpkg and python3 alone has no cross tool: on arm64 every
# row that needs its gcc, or GNU ld for clang, is left out with the tool
# named; rows that clang links with lld and the host's own row stay; on
# amd64 nothing is (a missing compiler there is an error the tests report).
py=$(python3 -c 'import sys; print(sys.executable)')
ln -sf "$py" "$tmp/bin/python3"
bare() { PATH="$tmp/bin" FAKE_DEBIAN_ARCH=$1 "$py" "$PY" "${@:2}" 2>&1; }
lo=$(bare arm64 left-out)
want_out="armel ppc64 ppc sparc64 m68k "
[[ $(cut -d: -f1 <<<"$lo" | tr '\n' ' ') == "$want_out" ]] &&
  [[ $lo == *"m68k: no m68k-linux-gnu-gcc on this arm64 host"* ]] &&
  [[ $lo == *"ppc64: no powerpc64-linux-gnu-gcc or powerpc64-linux-gnu-ld on this arm64 host"* ]] &&
  pass "left-out: arm64 without cross tools leaves out the rows needing gcc or GNU ld, naming the tool" ||
  fail "left-out: arm64 without cross tools" "got: $lo"
names_arm=$(bare arm64 names | tr '\n' ' ')
[[ " $names_arm " != *" m68k "* && " $names_arm " == *" aarch64 "* && " $names_arm " == *" riscv32 "* &&
   " $names_arm " == *" armv6 "* ]] &&
  pass "left-out: names leaves them out, keeps the host row and the clang+lld rows" ||
  fail "left-out: names on arm64 without cross tools" "$names_arm"
# Every core row of the file, whatever this machine leaves out (on a host
# other than amd64, arch_names itself may leave rows out).
core_rows=$(grep -v '^#' core/architectures.tsv | awk -F'\t' 'NR > 1 && $3 == "yes"' | wc -l)
[[ $(bare arm64 rows --all --with core=yes name | wc -l) -eq $core_rows ]] &&
  pass "left-out: rows --all --with core=yes still lists every core row (scripts/install-deps asks for them)" ||
  fail "left-out: rows --all --with core=yes on arm64" "$(bare arm64 rows --all --with core=yes name | tr '\n' ' ')"
lo=$(bare amd64 left-out)
[[ -z $lo && $(bare amd64 names | wc -l) -eq $core_rows ]] &&
  pass "left-out: amd64 leaves out nothing, even without cross tools" ||
  fail "left-out: amd64 leaves out nothing" "$lo"
printf '#!/bin/sh\nexit 0\n' >"$tmp/bin/m68k-linux-gnu-gcc"; chmod +x "$tmp/bin/m68k-linux-gnu-gcc"
lo=$(bare arm64 left-out)
[[ $lo != *m68k* && $lo == *sparc64* ]] && pass "left-out: a row whose gcc is installed is built" ||
  fail "left-out: a row whose gcc is installed is built" "$lo"
rm -f "$tmp/bin/m68k-linux-gnu-gcc" "$tmp/bin/python3"

# --- bad input ---------------------------------------------------------------
expect_error "unknown name is an error" "unknown architecture 'vax'" core/architectures.tsv get vax qemu
expect_error "unknown field is an error" "unknown field 'colour'" core/architectures.tsv get arm colour
expect_error "--with without = is an error" "--with needs FIELD=VALUE" core/architectures.tsv names --with core
grep -v '^#' core/architectures.tsv | head -n 2 >"$tmp/good.tsv"
{ cat "$tmp/good.tsv"; tail -n 1 "$tmp/good.tsv"; } >"$tmp/dup.tsv"
expect_error "duplicate name is an error" "dup.tsv:3: duplicate name 'x86_64'" "$tmp/dup.tsv" names
{ cat "$tmp/good.tsv"; tail -n 1 "$tmp/good.tsv" | sed 's/^x86_64/extra/' | cut -f 1-5; } >"$tmp/short.tsv"
expect_error "short row is an error" "short.tsv:3: 5 fields, expected 16" "$tmp/short.tsv" names
{ cat "$tmp/good.tsv"; tail -n 1 "$tmp/good.tsv" | sed 's/^x86_64/extra/; s/\t/  /'; } >"$tmp/spaces.tsv"
expect_error "space instead of tab is an error" "spaces.tsv:3:" "$tmp/spaces.tsv" names
sed '2s/\tyes\t/\tmaybe\t/' "$tmp/good.tsv" >"$tmp/core.tsv"
expect_error "bad core value is an error" "core must be yes or no, not 'maybe'" "$tmp/core.tsv" names
sed '2s/gcc clang/gcc tcc/' "$tmp/good.tsv" >"$tmp/cc.tsv"
expect_error "unknown compiler is an error" "unknown compiler 'tcc'" "$tmp/cc.tsv" names
sed '2s/\tlld\t/\tgold\t/' "$tmp/good.tsv" >"$tmp/linker.tsv"
expect_error "unknown clang linker is an error" "clang_linker must be one of lld bfd, not 'gold'" "$tmp/linker.tsv" names
sed '2s/\tlld\t/\t-\t/' "$tmp/good.tsv" >"$tmp/nolinker.tsv"
expect_error "clang without a linker is an error" "clang_linker is set exactly when compilers has clang" "$tmp/nolinker.tsv" names
tail -n 1 "$tmp/good.tsv" >"$tmp/nohead.tsv"
expect_error "missing header is an error" "header must be the columns" "$tmp/nohead.tsv" names
expect_error "missing file is an error" "cannot read the architecture table" "$tmp/none.tsv" names

finish

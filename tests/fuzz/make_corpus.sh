#!/usr/bin/env bash
# Regenerates the seed corpus tests/fuzz/corpus/ (committed; run by hand):
#   x86_64-vdso.img        this machine's real x86_64 vDSO, dumped from memory
#   x86-fake-vdso-elf32.img an ELF32 stand-in for the x86 vDSO: this VM cannot
#                          execute i386 programs, so a real 32-bit vDSO cannot
#                          be dumped here. It is tests/vdso/fake_vdso.c built
#                          with the x86 row's cross gcc and linked by its
#                          ld with the x86 vDSO's symbols and
#                          versions (tests/vdso/fake_vdso.lds), DT_HASH and
#                          DT_GNU_HASH, as loaded.
#   x86_64-fake-vdso-lld.img the same for ELF64, linked by ld.lld-19
#   <arch>-fake-vdso-be.img  big-endian stand-ins (s390x: ELF64 with the 8-byte
#                          SysV hash words; ppc64: ELF64; ppc: ELF32), by each
#                          row's cross gcc and GNU ld, DT_HASH and DT_GNU_HASH.
#                          The x86_64 fuzzer refuses them as they are (the
#                          parser reads its own byte order) and mutates them
#                          into odd layouts; the big-endian parser itself is
#                          run on such images under qemu by suite 40 (section
#                          5, parser_test with random bit flips).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. scripts/lib/arch_table.sh
x86_gcc_triple="$(arch_get x86 gcc_triple)"
x86_64_clang_triple="$(arch_get x86_64 clang_triple)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
out=tests/fuzz/corpus
mkdir -p "$out"
gcc -O2 -Icore/include tests/fuzz/make_seed.c core/src/vdso.c core/src/auxv.c core/src/time.c \
  -o "$tmp/make_seed"
"$tmp/make_seed" vdso "$out/x86_64-vdso.img"
"$x86_gcc_triple-gcc" -O2 -fPIC -c tests/vdso/fake_vdso.c -o "$tmp/fake32.o"
"$x86_gcc_triple-ld" -m elf_i386 -shared -z noseparate-code -z max-page-size=4096 --hash-style=both \
  --version-script=tests/vdso/fake_vdso.lds "$tmp/fake32.o" -o "$tmp/fake32.so"
"$tmp/make_seed" load "$tmp/fake32.so" "$out/x86-fake-vdso-elf32.img"
clang-19 --target="$x86_64_clang_triple" -O2 -fPIC -c tests/vdso/fake_vdso.c -o "$tmp/fake64.o"
ld.lld-19 -shared --hash-style=both --version-script=tests/vdso/fake_vdso.lds "$tmp/fake64.o" \
  -o "$tmp/fake64.so"
"$tmp/make_seed" load "$tmp/fake64.so" "$out/x86_64-fake-vdso-lld.img"
for arch in s390x ppc64 ppc; do
  gcc_cmd="$(arch_get "$arch" gcc)"
  "$gcc_cmd" -O2 -fPIC -c tests/vdso/fake_vdso.c -o "$tmp/fake-$arch.o"
  "$gcc_cmd" -shared -nostdlib -Wl,-z,max-page-size=4096 -Wl,--hash-style=both \
    -Wl,--version-script=tests/vdso/fake_vdso.lds "$tmp/fake-$arch.o" -o "$tmp/fake-$arch.so"
  "$tmp/make_seed" load "$tmp/fake-$arch.so" "$out/$arch-fake-vdso-be.img"
done
ls -l "$out"

/*
 * The out-of-line syscall trampolines (linux_syscall_trampoline0..6) of
 * the architecture the compiler targets: the arch/<arch>/trampoline.S that
 * linux_syscall/target_arch.h selects, the same test that picks the C
 * side's asm, so the two cannot disagree. Build systems compile this one
 * file for every target; each arch file starts with its ABI comment.
 * Needs core/include on the include path (-iquote or -I), like the C sources.
 */
#include "linux_syscall/target_arch.h"
#include LINUX_ARCH_TARGET_TRAMPOLINE_S

/*
 * riscv64 syscall ABI
 *
 *   trap:      ecall
 *   number:    a7
 *   arguments: a0 a1 a2 a3 a4 a5
 *   result:    a0 (so the first argument register is also the output)
 *   clobbered: memory; with the V extension (or Zve*) also v0-v31, vl and
 *              vtype; all other registers are preserved by the kernel
 *
 * Vector state (kernel Documentation/arch/riscv/vector.rst): a syscall
 * makes v0-v31, vl, vtype and vstart unspecified; since Linux 6.5 the
 * kernel really discards them on the way in (v0-v31 all ones, vtype with
 * vill set, vl 0). vxrm/vxsat are left alone. The compiler has no name for
 * vstart, which it never keeps a value in. gcc 12 defines __riscv_vector
 * for -march=rv64gcv but knows neither the vector registers by name nor
 * how to generate vector code, so nothing can be live there and the
 * clobbers are for clang and gcc 13 or later.
 */
#ifndef LINUX_SYSCALL_ARCH_RISCV64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_RISCV64_SYSCALL_H

#include "../register_args.h"

#if defined(__riscv_vector) && (defined(__clang__) || __GNUC__ >= 13)
#define LINUX__RISCV_VECTOR_CLOBBERS                                                           \
    "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13",    \
        "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25",    \
        "v26", "v27", "v28", "v29", "v30", "v31", "vl", "vtype",
#else
#define LINUX__RISCV_VECTOR_CLOBBERS
#endif

LINUX__REGISTER_ARG_SYSCALLS("ecall", "a7", "a0", "a1", "a2", "a3", "a4", "a5",
                             LINUX__RISCV_VECTOR_CLOBBERS "memory")

#endif

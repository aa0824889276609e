// Hand-written cases for check_vector_liveness.py --expect-by-name:
// every bad_* function must be reported, every good_* one must not.
// Assembled by llvm-mc-19 -triple=aarch64 -mattr=+sve.
    .text
    .macro func name
    .globl \name
    .type \name, %function
\name:
    .endm

func bad_read_after_trap            // the header's old bug in two lines
    add z1.s, z0.s, z0.s
    svc #0
    mul z0.s, p0/m, z0.s, z1.s
    ret
func bad_predicate                  // a governing predicate is a read
    ptrue p1.s
    svc #0
    ld1w { z0.s }, p1/z, [x0]
    ret
func bad_in_place_inc               // incw z0.s reads z0 although it names it once
    mov z0.s, #1
    svc #0
    incw z0.s
    ret
func bad_merging                    // /m keeps inactive lanes: the destination is read
    mov z0.s, #1
    svc #0
    mov z0.s, p0/m, w1
    ret
func bad_accumulate                 // mla accumulates into z2
    svc #0
    ptrue p0.s
    mov z0.s, #1
    mov z1.s, #2
    mla z2.s, p0/m, z0.s, z1.s
    ret
func bad_one_arm                    // the trap on one path is enough
    cbz x0, 1f
    svc #0
1:  str z3, [x1]
    ret
func bad_back_edge                  // a loop brings the trap round to the read
    mov z4.s, #7
1:  add z5.s, z4.s, z4.s
    svc #0
    subs x0, x0, #1
    b.ne 1b
    ret
func bad_ffr                        // rdffr reads FFR
    setffr
    svc #0
    rdffr p0.b
    ret
func bad_trampoline_call            // a trampoline call counts as the trap
    mov z6.s, #1
    bl linux_syscall_trampoline0
    add z6.s, z6.s, z6.s
    ret
func good_neon_rewrite              // a write through V zeroes the upper bits: z0 is whole again
    svc #0
    movi v0.2d, #0
    add z1.s, z0.s, z0.s
    ret
func good_neon_read                 // bits [127:0] survive: reading V is fine
    svc #0
    add v1.4s, v0.4s, v0.4s
    ret
func good_reload                    // reloaded from the stack first
    str z0, [sp]
    svc #0
    ldr z0, [sp]
    ptrue p0.s
    add z1.s, z0.s, z0.s
    st1w { z1.s }, p0, [x0]
    ret
func good_ldp                       // ldp d8, d9 rewrites both
    svc #0
    ldp d8, d9, [sp]
    add z2.s, z8.s, z9.s
    ret

func svepcs_bad_callee_saved        // SVE calling convention: z8 is callee-saved
    .variant_pcs svepcs_bad_callee_saved
    svc #0
    ret
func svepcs_good_restored          // every callee-saved register back before ret
    .variant_pcs svepcs_good_restored
    svc #0
    .irp n, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23
    ldr z\n, [sp, #\n, mul vl]
    .endr
    .irp n, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    ldr p\n, [sp, #\n, mul vl]
    .endr
    ret

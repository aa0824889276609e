# Hand-written cases for check_vector_liveness.py --expect-by-name:
# every bad_* function must be reported, every good_* one must not.
# Assembled by llvm-mc-19 -triple=riscv64 -mattr=+v.
    .attribute arch, "rv64gcv"      # so that the disassembler decodes V
    .text
    .macro func name
    .globl \name
    .type \name, @function
\name:
    .endm

func bad_read_after_trap            # the header's old bug
    vsetvli zero, a0, e32, m1, ta, ma
    vle32.v v8, (a1)
    ecall
    vsetvli zero, a0, e32, m1, ta, ma
    vadd.vv v9, v8, v8
    ret
func bad_vtype_after_trap           # vl/vtype are gone too: no vsetvli after the trap
    vsetvli zero, a0, e32, m1, ta, ma
    ecall
    vle32.v v8, (a1)
    ret
func bad_group                      # LMUL=2: v8 names v8-v9, v9 is stale
    ecall
    vsetvli zero, a0, e32, m1, ta, ma
    vle32.v v8, (a1)
    vsetvli zero, a0, e32, m2, ta, ma
    vadd.vv v10, v8, v8
    ret
func bad_undisturbed                # tail-undisturbed keeps the old destination
    ecall
    vsetvli zero, a0, e32, m1, tu, mu
    vle32.v v9, (a1)
    vadd.vv v8, v9, v9
    ret
func bad_mask                       # v0.t reads v0
    ecall
    vsetvli zero, a0, e32, m1, ta, ma
    vle32.v v8, (a1), v0.t
    ret
func bad_accumulate                 # vmacc reads its destination
    ecall
    vsetvli zero, a0, e32, m1, ta, ma
    vle32.v v9, (a1)
    vmacc.vv v8, v9, v9
    ret
func bad_trampoline_call
    vsetvli zero, a0, e32, m1, ta, ma
    vle32.v v8, (a1)
    call linux_syscall_trampoline0
    vsetvli zero, a0, e32, m1, ta, ma
    vse32.v v8, (a1)
    ret
func good_reload                    # whole-register reload needs no vtype
    vs1r.v v8, (sp)
    ecall
    vl1r.v v8, (sp)
    vsetvli zero, a0, e32, m1, ta, ma
    vadd.vv v9, v8, v8
    vse32.v v9, (a1)
    ret
func good_rewrite
    ecall
    vsetvli zero, a0, e32, m2, ta, ma
    vle32.v v8, (a1)
    vadd.vv v10, v8, v8
    vse32.v v10, (a1)
    ret

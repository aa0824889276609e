/*
 * A stand-in for the x86 vDSO: the symbols and versions the kernel's
 * arch/x86/entry/vdso/vdso32/vdso32.lds.S exports (see fake_vdso.lds), for
 * building crafted ELF32 and ELF64 images with different linkers and hash
 * table styles. The bodies only need to be distinct addresses.
 */
int __vdso_clock_gettime(int clock, void *ts) { (void)ts; return clock + 1; }
int __vdso_gettimeofday(void *tv, void *tz) { (void)tz; return tv != 0; }
long __vdso_time(long *t) { return t ? *t : 3; }
int __vdso_clock_getres(int clock, void *ts) { (void)ts; return clock + 4; }
int __vdso_clock_gettime64(int clock, void *ts) { (void)ts; return clock + 5; }
int __vdso_clock_getres_time64(int clock, void *ts) { (void)ts; return clock + 6; }
long __vdso_getcpu(unsigned *cpu, unsigned *node, void *cache) { (void)node; (void)cache; return cpu != 0; }
void __kernel_vsyscall(void) {}
void __kernel_sigreturn(void) {}
void __kernel_rt_sigreturn(void) {}
/* Global in the object, made local by the version script: must not be found. */
int vdso_private_helper(int x) { return x * 7; }

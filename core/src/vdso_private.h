/*
 * Shared between auxv.c (where the vDSO is), vdso.c (the ELF parser) and
 * time.c (the time calls); not part of the public API.
 */
#ifndef LINUX_SYSCALL_SRC_VDSO_PRIVATE_H
#define LINUX_SYSCALL_SRC_VDSO_PRIVATE_H

/* Drops the time calls' resolved vDSO entries so that the next call
 * resolves them again (after linux_init_auxv() changed the vDSO base). */
void linux__time_forget_vdso(void);

#endif

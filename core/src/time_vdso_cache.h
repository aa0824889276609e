/*
 * The time calls' cache of resolved vDSO entries (time.c), and the one
 * thing another file may do with it: auxv.c resets it when
 * linux_init_auxv() changes the vDSO base. Not part of the public API.
 */
#ifndef LINUX_SYSCALL_SRC_TIME_VDSO_CACHE_H
#define LINUX_SYSCALL_SRC_TIME_VDSO_CACHE_H

/* Drops the time calls' resolved vDSO entries so that the next call
 * resolves them again, against the new vDSO base. */
void linux__time_vdso_cache_reset(void);

#endif

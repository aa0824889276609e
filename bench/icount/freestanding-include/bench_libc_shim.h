/*
 * bench_libc_shim.h: the few libc names the library paths of the bench/ops/ files
 * use (their result checks and one-time set-up), for the libc-free icount
 * program (bench/icount/freestanding_main.c; loongarch64 has no libc here).
 * Every header in this directory is this one file: an operation file's
 * <unistd.h>, <fcntl.h>, ... resolve here when built with
 * -I bench/icount/freestanding-include -DBENCH_FREESTANDING. The functions
 * are bench/icount/freestanding_libc.c, made of linux_syscall(); the flag
 * values are the asm-generic ones (the only ABI this program is built for).
 */
#ifndef BENCH_LIBC_SHIM_H
#define BENCH_LIBC_SHIM_H

#if !defined(__loongarch__) && !defined(__aarch64__) && !defined(__riscv)
#error "bench_libc_shim.h: asm-generic flag values only (loongarch64, aarch64, riscv64)"
#endif

#include <stddef.h>
#include <stdint.h>

typedef int pid_t;
typedef long ssize_t;

#define O_WRONLY 01
#define O_CLOEXEC 02000000
#define PROT_READ 0x1
#define PROT_WRITE 0x2
#define MAP_PRIVATE 0x02
#define MAP_ANONYMOUS 0x20

pid_t getppid(void);
pid_t getpid(void);
int open(const char *path, int flags, ...);
void perror(const char *what);
__attribute__((__noreturn__)) void exit(int status);

#endif

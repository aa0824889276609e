/*
 * x86 (i386): the library's copy of the entry group (the entry word, the
 * `int $0x80` stub and the resolver; arch/x86/entry.h), in an object of
 * its own. Units that include the header without
 * LINUX_SYSCALL_HEADER_ONLY only refer to the group (arch/x86/syscall.h
 * says why: clang -flto with GNU ld loses a group that an LTO unit and a
 * library object both define); their reference to the hidden word pulls
 * this object out of the archive into every module that links the
 * library, and nothing else: not auxv.o, so a program that takes the
 * library's functions from a shared object that holds them gets its own
 * entry word without start-up code of its own. Empty on every other
 * architecture.
 * Under LINUX_SYSCALL_TRAMPOLINE the trampolines define the group and this
 * object does not (clang -flto would otherwise give GNU ld two copies to
 * lose). It always defines, in C, the hidden symbol the units' link word
 * refers to (arch/x86/syscall.h): gcc -flto lists no asm-defined symbol
 * in an object's LTO symbol table, and gcc predefines no macro for -flto
 * to refuse it with, so the C symbol is what an archive of objects built
 * with gcc -flto indexes, and what pulls this object into a program.
 */
#define LINUX__X86_DEFINE_ENTRY_GROUP
#include "linux_syscall.h"

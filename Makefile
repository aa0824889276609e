# Build and install linux_syscall without Bazel.
#
#   make [CC=...] [CFLAGS=...]              build the two static libraries
#   make install PREFIX=/usr/local [DESTDIR=...]
#   make uninstall PREFIX=...   |   make clean   |   make help
#
# The system-call path is header-only: #include "linux_syscall.h" needs no
# library. The compiled part (run-time name/number/errno tables, auxv and
# vDSO support, and the assembly trampolines) comes as two static libraries,
# matching the two Bazel targets:
#
#   liblinux_syscall.a             core/src/*.c core/src/generated/*.c
#   liblinux_syscall_trampoline.a  the same sources compiled with
#                                  -DLINUX_SYSCALL_TRAMPOLINE, plus
#                                  core/src/trampoline.S
#
# Link exactly one of them; pkg-config knows which flags go with which:
#   cc prog.c $(pkg-config --cflags --libs linux_syscall)
#   cc prog.c $(pkg-config --cflags --libs linux_syscall_trampoline)
#
# For programs without libc, two objects outside the archives (so that a
# program with a libc never gets a second _start or memcpy):
#   linux_syscall_start.o  _start and the start-up (core/src/start/start.S,
#                          start.c): relocation, linux_init_auxv, main, exit
#   linux_syscall_mem.o    memcpy memmove memset memcmp (opt-in)
#   cc -ffreestanding -nostdlib -static-pie prog.c \
#      $(pkg-config --cflags --libs linux_syscall_start linux_syscall_mem linux_syscall)
#
# Cross builds: make CC=aarch64-linux-gnu-gcc (or CC=clang-19
# CFLAGS='--target=riscv64-linux-gnu -O2'). The target architecture is the
# one the compiler predefines, as core/include/linux_syscall/target_arch.h
# reads it (the same test picks the headers' asm and the trampoline).
# Objects go to build/make/<arch>/ unless BUILDDIR is given.

PREFIX ?= /usr/local
INCLUDEDIR ?= $(PREFIX)/include
LIBDIR ?= $(PREFIX)/lib
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
DESTDIR ?=

CFLAGS ?= -O2
INSTALL ?= install

# clang: its own llvm-ar, which indexes its -flto bitcode; GNU ar reads
# bitcode through whichever LLVMgold plugin /usr/lib/bfd-plugins holds
# first, which may be another LLVM's (Debian 12 with clang 14 and 19: the
# archive gets no index of its members and every link against it fails).
# A cross gcc knows its own ar (aarch64-linux-gnu-gcc -> aarch64-linux-gnu-ar).
# Only an llvm-ar of clang's own LLVM version: without its llvm-N package,
# clang finds another LLVM's llvm-ar on PATH, which cannot read the bitcode.
ifeq ($(origin AR),default)
LLVM_AR := $(shell major=$$(echo __clang_major__ | $(CC) -E -P -x c - 2>/dev/null | tr -d ' ') && \
             p=$$($(CC) -print-prog-name=llvm-ar 2>/dev/null) && [ -x "$$p" ] && \
             "$$p" --version 2>/dev/null | grep -q "LLVM version $$major\." && echo "$$p")
AR := $(if $(LLVM_AR),$(LLVM_AR),$(shell $(CC) -print-prog-name=ar 2>/dev/null || echo ar))
endif

# The project's single version number lives in MODULE.bazel.
VERSION := $(shell sed -n 's/^[[:space:]]*version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' MODULE.bazel | head -n 1)
ifeq ($(VERSION),)
$(error no version = "..." found in MODULE.bazel)
endif

# The architecture the compiler targets, by the test the headers and
# core/src/trampoline.S make (linux_syscall/target_arch.h).
TARGET_ARCH_NAME := $(shell echo 'linux_syscall_arch=LINUX_ARCH_TARGET_NAME' | \
	$(CC) $(CPPFLAGS) $(CFLAGS) -include core/include/linux_syscall/target_arch.h -E -P -x c - 2>/dev/null | \
	sed -n 's/^linux_syscall_arch="\(.*\)"$$/\1/p')
ifeq ($(TARGET_ARCH_NAME),)
$(error cannot tell the target architecture of CC=$(CC) $(CFLAGS) (does it compile C for a supported Linux target?))
endif
ARCH ?= $(TARGET_ARCH_NAME)
ifneq ($(ARCH),$(TARGET_ARCH_NAME))
$(error no trampoline for ARCH=$(ARCH): CC=$(CC) $(CFLAGS) targets $(TARGET_ARCH_NAME), and the compiler chooses the trampoline (core/src/trampoline.S); choose the architecture with CC/CFLAGS)
endif
TRAMPOLINE_SRC := core/src/trampoline.S

BUILDDIR ?= build/make/$(ARCH)

# Like the Bazel targets: C99, warnings on, private include directories by
# -iquote. -fPIC so that the archives may also go into shared libraries.
LIB_CFLAGS := -std=c99 -fPIC -Wall -Wextra -iquote core/include -iquote core/src -iquote core/src/generated

LIB_SRCS := $(sort $(wildcard core/src/*.c core/src/generated/*.c))
# Built without LTO whatever CFLAGS say: x86_entry_group.c is one asm
# statement (the x86 entry word's COMDAT group), in which LTO has nothing
# to optimise, and gcc's LTO symbol table does not list what asm defines,
# so with CFLAGS=-flto the archive's index would name only the C symbol
# the units' link word refers to (arch/x86/syscall.h), not the entry word
# that their code refers to. Other build systems may build it with LTO.
NO_LTO_SRCS := core/src/x86_entry_group.c
no_lto = $(if $(filter $(NO_LTO_SRCS),$<),-fno-lto)
LIB_DEPS := $(wildcard core/include/*.h core/include/linux_syscall/*.h core/include/linux_syscall/*/*.h \
	core/include/linux_syscall/*/*/*.h core/src/*.h core/src/arch/*/*.h core/src/generated/*.h)
INLINE_OBJS := $(patsubst core/src/%.c,$(BUILDDIR)/inline/%.o,$(LIB_SRCS))
TRAMPOLINE_OBJS := $(patsubst core/src/%.c,$(BUILDDIR)/trampoline/%.o,$(LIB_SRCS)) \
	$(BUILDDIR)/trampoline/trampoline.o

INLINE_LIB := $(BUILDDIR)/liblinux_syscall.a
TRAMPOLINE_LIB := $(BUILDDIR)/liblinux_syscall_trampoline.a
# The start-up and mem objects: built freestanding and without a stack
# protector (start.c runs before anything could set up a canary), -fPIC so
# that they serve static and static-PIE links alike. The start object is
# its two parts combined by a relocatable link (-r), so a program names one
# file; a clang cross build may need LDFLAGS=-fuse-ld=lld for that link.
# START_FORCED_CFLAGS come after $(CFLAGS): a user's -fno-pic or
# -fstack-protector must not reach code that runs before relocation.
START_CFLAGS := $(LIB_CFLAGS) -ffreestanding
START_FORCED_CFLAGS := -fPIC -fno-stack-protector
START_OBJ := $(BUILDDIR)/linux_syscall_start.o
MEM_OBJ := $(BUILDDIR)/linux_syscall_mem.o
START_SRCS := core/src/start/start.S core/src/start/start.c
START_DEPS := $(LIB_DEPS) $(wildcard core/src/arch/*/start.S)

PC_FILES := $(BUILDDIR)/linux_syscall.pc $(BUILDDIR)/linux_syscall_trampoline.pc \
	$(BUILDDIR)/linux_syscall_start.pc $(BUILDDIR)/linux_syscall_mem.pc

# Paths under the prefix are written relative to ${prefix}, so that
# `pkg-config --define-prefix` can relocate an installed tree.
pc_path = $(patsubst $(PREFIX)/%,$${prefix}/%,$(patsubst $(PREFIX),$${prefix},$(1)))

.PHONY: all lib start install install-headers uninstall clean help
.DELETE_ON_ERROR:

all: lib start $(PC_FILES)
lib: $(INLINE_LIB) $(TRAMPOLINE_LIB)
start: $(START_OBJ) $(MEM_OBJ)

$(BUILDDIR)/inline/%.o: core/src/%.c $(LIB_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(LIB_CFLAGS) $(CFLAGS) $(no_lto) -c $< -o $@

$(BUILDDIR)/trampoline/%.o: core/src/%.c $(LIB_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -DLINUX_SYSCALL_TRAMPOLINE $(LIB_CFLAGS) $(CFLAGS) $(no_lto) -c $< -o $@

$(BUILDDIR)/trampoline/trampoline.o: $(TRAMPOLINE_SRC) $(wildcard core/src/arch/*/trampoline.S) $(LIB_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -DLINUX_SYSCALL_TRAMPOLINE $(LIB_CFLAGS) $(CFLAGS) -c $< -o $@

$(BUILDDIR)/start/%.o: core/src/start/% $(START_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(START_CFLAGS) $(CFLAGS) $(START_FORCED_CFLAGS) -c $< -o $@

$(START_OBJ): $(BUILDDIR)/start/start.S.o $(BUILDDIR)/start/start.c.o
	$(CC) $(CFLAGS) $(LDFLAGS) -nostdlib -r -o $@ $^ || \
	  { echo "Makefile: linking $@ (-r) needs a linker for the target; with clang, LDFLAGS=-fuse-ld=lld, or -fuse-ld=bfd for ppc64 and ppc (clang_linker in core/architectures.tsv)" >&2; exit 1; }

$(MEM_OBJ): core/src/start/mem.c $(LIB_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(START_CFLAGS) $(CFLAGS) $(START_FORCED_CFLAGS) -c $< -o $@

$(INLINE_LIB): $(INLINE_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(TRAMPOLINE_LIB): $(TRAMPOLINE_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

# Rebuilt when the install paths change (they are written into the file).
$(BUILDDIR)/%.pc: packaging/%.pc.in MODULE.bazel FORCE
	@mkdir -p $(@D)
	@sed -e 's|@PREFIX@|$(PREFIX)|g' \
	    -e 's|@INCLUDEDIR@|$(call pc_path,$(INCLUDEDIR))|g' \
	    -e 's|@LIBDIR@|$(call pc_path,$(LIBDIR))|g' \
	    -e 's|@VERSION@|$(VERSION)|g' $< > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; echo "wrote $@"; fi
.PHONY: FORCE
FORCE:

HEADERS := $(shell cd core/include && find . -name '*.h' | sed 's|^\./||' | LC_ALL=C sort)

install-headers:
	@for h in $(HEADERS); do \
	  $(INSTALL) -d "$(DESTDIR)$(INCLUDEDIR)/$$(dirname $$h)" && \
	  $(INSTALL) -m 644 "core/include/$$h" "$(DESTDIR)$(INCLUDEDIR)/$$h" || exit 1; \
	done
	@echo "installed $(words $(HEADERS)) headers in $(DESTDIR)$(INCLUDEDIR)"

install: all install-headers
	$(INSTALL) -d "$(DESTDIR)$(LIBDIR)" "$(DESTDIR)$(PKGCONFIGDIR)"
	$(INSTALL) -m 644 $(INLINE_LIB) $(TRAMPOLINE_LIB) $(START_OBJ) $(MEM_OBJ) "$(DESTDIR)$(LIBDIR)/"
	$(INSTALL) -m 644 $(PC_FILES) "$(DESTDIR)$(PKGCONFIGDIR)/"

uninstall:
	rm -f "$(DESTDIR)$(LIBDIR)/liblinux_syscall.a" "$(DESTDIR)$(LIBDIR)/liblinux_syscall_trampoline.a" \
	      "$(DESTDIR)$(PKGCONFIGDIR)/linux_syscall.pc" "$(DESTDIR)$(PKGCONFIGDIR)/linux_syscall_trampoline.pc" \
	      "$(DESTDIR)$(LIBDIR)/linux_syscall_start.o" "$(DESTDIR)$(LIBDIR)/linux_syscall_mem.o" \
	      "$(DESTDIR)$(PKGCONFIGDIR)/linux_syscall_start.pc" "$(DESTDIR)$(PKGCONFIGDIR)/linux_syscall_mem.pc" \
	      "$(DESTDIR)$(INCLUDEDIR)/linux_syscall.h"
	rm -rf "$(DESTDIR)$(INCLUDEDIR)/linux_syscall"

clean:
	rm -rf $(BUILDDIR)

help:
	@sed -n '1,/^$$/s/^# \{0,1\}//p' Makefile

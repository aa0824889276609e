#!/bin/sh
# hello (no libc) prints its greeting and exits with the number of its
# arguments.
out=$("$1" one two)
rc=$?
[ "$out" = "hello from a program without libc" ] || { echo "FAIL: output '$out'"; exit 1; }
[ "$rc" -eq 2 ] || { echo "FAIL: exit status $rc, want 2"; exit 1; }
echo "ok: hello printed its greeting and exited with 2"

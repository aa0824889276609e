#!/usr/bin/env bash
# SPDX-License-Identifier: 0BSD
# Checks for the generated syscall numbers, errno and runtime tables.
# Usage: bash tests/numbers/check_numbers.sh [--tables DIR]   (from any directory)
# The checks live in check_numbers.py; it prints one PASS/FAIL line per check,
# ends with "N passed, N failed" and exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec python3 "$here/check_numbers.py" "$@"

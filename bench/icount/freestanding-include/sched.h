#include "bench_libc_shim.h"

// gbench_backend.cc: the only C++ in the benchmarks. Hands every benchmark
// registered from C to Google Benchmark (1.7.1), which does the timing,
// repetitions, aggregates (mean, median, stddev, cv) and JSON output.
#include "bench.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

extern "C" const char bench_backend_name[] = "google-benchmark";

namespace {

void run_c_benchmark(benchmark::State &state, bench_fn fn, void *arg)
{
    // One batch of exactly max_iterations calls, looped in C: per-iteration
    // overhead of the C++ loop would otherwise be timed with every call.
    const benchmark::IterationCount calls = state.max_iterations;
    int wrong = 0;
    while (state.KeepRunningBatch(calls))
        wrong |= fn(static_cast<uint64_t>(calls), arg);
    if (wrong)
        state.SkipWithError("wrong result (the path returned something unexpected)");
}

} // namespace

extern "C" int bench_backend_main(int argc, char **argv)
{
    size_t count = 0;
    const bench_entry *entries = bench_entries(&count);
    for (size_t i = 0; i < count; i++)
        benchmark::RegisterBenchmark(entries[i].name, run_c_benchmark, entries[i].fn,
                                     entries[i].arg);
    benchmark::AddCustomContext("bench_backend", bench_backend_name);
    benchmark::AddCustomContext("bench_arch", BENCH_ARCH);
    benchmark::AddCustomContext("bench_libc", BENCH_LIBC);
    // Recorded so that the report can say how the paths were timed.
    bool interleaved = false;
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        if (a == "--benchmark_enable_random_interleaving" ||
            a == "--benchmark_enable_random_interleaving=true")
            interleaved = true;
    }
    benchmark::AddCustomContext("random_interleaving", interleaved ? "true" : "false");
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

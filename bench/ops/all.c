/* all.c: the list of operations, one file each under bench/ops/. */
void bench_register_getppid(void);
void bench_register_read_badfd(void);
void bench_register_write_devnull(void);
void bench_register_clock_gettime(void);
void bench_register_gettimeofday(void);
void bench_register_getcpu(void);
void bench_register_mmap_munmap(void);
void bench_register_all_ops(void);

void bench_register_all_ops(void)
{
    bench_register_getppid();
    bench_register_read_badfd();
    bench_register_write_devnull();
    bench_register_clock_gettime();
    bench_register_gettimeofday();
    bench_register_getcpu();
    bench_register_mmap_munmap();
}

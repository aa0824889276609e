/*
 * x86_indirect_call.c: what one indirect call costs by itself on i386, for
 * bench/codesize/x86_ratio.py. The two functions differ only in the call:
 * `call *word` through a hidden word (the way a call site reaches the
 * entry word: an absolute address, or GOT register + offset in PIC/PIE
 * code, whose set-up is part of the cost). The call is an asm statement so
 * that no stack alignment or argument set-up of a C call is counted; the
 * empty asm keeps both functions from being tail calls or empty.
 */
extern void (*codesize_x86_word)(void) __attribute__((__visibility__("hidden")));

void codesize_x86_indirect_call(void);
void codesize_x86_no_call(void);

void codesize_x86_indirect_call(void)
{
    __asm__ __volatile__("call *%0" : : "m"(codesize_x86_word) : "memory", "eax");
    __asm__ __volatile__("" ::: "memory");
}

void codesize_x86_no_call(void)
{
    __asm__ __volatile__("" ::: "memory");
}

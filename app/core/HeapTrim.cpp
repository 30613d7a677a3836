#include "HeapTrim.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

void HeapTrim::keepFreedMemory()
{
#ifdef __GLIBC__
    // The values measured with bench_flush (docs/performance.md, "Sending the outbox").
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

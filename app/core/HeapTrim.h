#pragma once

// glibc gives freed memory at the top of the heap back to the system as soon as 128 KiB or more
// is free there (less once its own threshold has moved), and takes it back at the next request.
// The outbox's rounds free and allocate that much again and again: on the 2-core VM the trims
// (brk, each flushing the other core's TLB) and the page faults that follow were 5 to 20% of the
// sender's CPU in perf, and the flush used about 10% less CPU per notice without them
// (bench_flush, docs/performance.md).
namespace HeapTrim {

// Keep up to 64 MiB free at the heap's top, and grow it 16 MiB at a time, so that the next
// round reuses the same pages. Memory freed this way stays with the process, never more than
// the most it held at once. Nothing where the C library is not glibc. Call it first thing in
// main.
void keepFreedMemory();

} // namespace HeapTrim

#pragma once

#include <QtGlobal>

// The most memory this process has held in RAM so far (peak resident set size), for the
// start-up benchmark: bench/ui/bench_startup compares the console's with a bare window's.
namespace PeakMemory {

// In KiB; -1 where the system does not say (Linux only: /proc/self/status, VmHWM).
qint64 residentKiB();

} // namespace PeakMemory

#include "FaultInjector.h"

#include <cstddef>
#include <cstdint>

// --faults as typed on the command line.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FaultInjector injector;
    const QString spec = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (injector.parse(spec).isEmpty()) {
        // An accepted spec draws without failing.
        for (int i = 0; i < 4; ++i)
            (void)injector.draw();
        if (injector.slowMilliseconds() < 0)
            __builtin_trap();
    }
    return 0;
}

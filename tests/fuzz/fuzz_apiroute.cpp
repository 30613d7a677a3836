#include "ApiRoute.h"

#include <cstddef>
#include <cstdint>

// The first byte picks the method, the rest is the path.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QByteArray methods[] = {"GET", "POST", "PUT", "DELETE", "PATCH"};
    const QByteArray method = methods[data[0] % 5];
    const QString path =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ApiRoute route = ApiRoute::match(method, path);
    // A matched route always names its template.
    if (route.operation != ApiRoute::Operation::None && route.pathTemplate().isEmpty())
        __builtin_trap();
    (void)route.isMutation();
    return 0;
}

#pragma once

#include <QString>

namespace Allo {

inline QString version()
{
    return QStringLiteral(ALLO_VERSION);
}

} // namespace Allo

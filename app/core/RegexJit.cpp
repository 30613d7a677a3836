#include "RegexJit.h"

#include <QByteArray>
#include <QtGlobal>

void RegexJit::preferInterpreter()
{
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", QByteArrayLiteral("0"));
}

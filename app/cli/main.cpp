#include "Cli.h"
#include "HeapTrim.h"
#include "RegexJit.h"
#include "Version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // One command, a few short texts: compiling the URL pattern to machine code would cost more
    // than it saves.
    RegexJit::preferInterpreter();
    HeapTrim::keepFreedMemory(); // the outbox's rounds reuse their memory
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Allo Industrie"));
    QCoreApplication::setApplicationName(QStringLiteral("allo-cli"));
    QCoreApplication::setApplicationVersion(Allo::version());
    return Cli().run(QCoreApplication::arguments());
}

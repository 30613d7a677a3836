#include "Cli.h"
#include "RegexJit.h"
#include "Version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // One command, a few short texts: compiling the URL pattern to machine code would cost more
    // than it saves.
    RegexJit::preferInterpreter();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Allo Industrie"));
    QCoreApplication::setApplicationName(QStringLiteral("allo-cli"));
    QCoreApplication::setApplicationVersion(Allo::version());
    return Cli().run(QCoreApplication::arguments());
}

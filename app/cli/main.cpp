#include "Cli.h"
#include "Version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Allo Industrie"));
    QCoreApplication::setApplicationName(QStringLiteral("allo-cli"));
    QCoreApplication::setApplicationVersion(Allo::version());
    return Cli().run(QCoreApplication::arguments());
}

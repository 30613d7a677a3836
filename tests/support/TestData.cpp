#include "TestData.h"

#include "NoticeReader.h"

#include <QDir>
#include <QFile>

namespace TestData {

QString dataDir()
{
    return QStringLiteral(ALLO_TEST_DATA_DIR);
}

QStringList samplePaths()
{
    QStringList paths;
    const QDir dir(dataDir() + QLatin1String("/samples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    return file.readAll();
}

Notice sample(const QString &name)
{
    NoticeReader reader;
    const auto notice =
        reader.read(read(dataDir() + QLatin1String("/samples/") + name + QLatin1String(".json")));
    if (!notice)
        qFatal("Sample %s does not parse", qPrintable(name));
    return *notice;
}

QDateTime sampleNow()
{
    return QDateTime::fromString(QStringLiteral("2026-03-20T12:00:00+01:00"), Qt::ISODate);
}

} // namespace TestData

#pragma once

#include "Notice.h"

#include <QStringList>

// The realistic notices from the domain samples (tests/data/samples).
namespace TestData {

QString dataDir();
QStringList samplePaths();
// A file's bytes; aborts the test program if it cannot be read.
QByteArray read(const QString &path);
// A sample by file name without ".json"; aborts the test program if it is missing.
Notice sample(const QString &name);
// 2026-03-20T12:00:00+01:00, before every sample's period: no "period over" warning.
QDateTime sampleNow();

} // namespace TestData

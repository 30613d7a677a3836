#include "Clock.h"
#include "Diagnostics.h"
#include "LogFile.h"
#include "Settings.h"
#include "TempSettings.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcDiag, "allo.test")

class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void archive_holdsSummaryAndLog_withoutSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(LogFile::install(dir.filePath(QStringLiteral("profile"))));
        qCInfo(lcDiag) << "signed in; refresh_token=rt-secret-42";
        TempSettings temp;
        QVERIFY(temp.isValid());
        Settings &settings = temp.settings();
        QVERIFY(settings.setValue(Settings::Key::ProxyUrl,
                                  QStringLiteral("http://anne:pr0xyPass@proxy.usine.local:3128")));
        // Refused when used, but a settings file written by hand may hold one.
        QVERIFY(settings.setValue(Settings::Key::PlatformUrl,
                                  QStringLiteral("https://anne:pl4tformPass@cci.example.fr")));
        const Clock clock(QDateTime(QDate(2026, 3, 27), QTime(6, 0), Qt::UTC));
        Diagnostics diagnostics(settings, clock,
                                {{QStringLiteral("connection"), QStringLiteral("offline")}});
        const QString path = diagnostics.write(dir.filePath(QStringLiteral("out")));
        LogFile::uninstall();
        QVERIFY2(!path.isEmpty(), qPrintable(diagnostics.error()));
        QVERIFY(path.endsWith(QLatin1String("allo-diagnostics-20260327-060000.tar")));

        // An independent reader: the system's tar must list and extract it.
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-xf"), path, QStringLiteral("-C"), dir.path()});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.exitCode(), 0);
        QFile summaryFile(dir.filePath(QStringLiteral("summary.json")));
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QByteArray summaryText = summaryFile.readAll();
        const QJsonObject summary = QJsonDocument::fromJson(summaryText).object();
        QCOMPARE(summary.value(QStringLiteral("state"))
                     .toObject()
                     .value(QStringLiteral("connection"))
                     .toString(),
                 QStringLiteral("offline"));
        QVERIFY(summary.value(QStringLiteral("settings"))
                    .toObject()
                    .contains(QStringLiteral("platform/url")));
        QVERIFY(!summaryText.contains("pr0xyPass"));
        QVERIFY(summaryText.contains("proxy.usine.local"));
        QVERIFY(!summaryText.contains("pl4tformPass"));
        QVERIFY(summaryText.contains("cci.example.fr"));
        QFile log(dir.filePath(QStringLiteral("log.txt")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY(logText.contains("signed in"));
        QVERIFY(!logText.contains("rt-secret-42"));
    }

    void unwritableFolder_isExplained()
    {
        TempSettings temp;
        const Clock clock;
        Diagnostics diagnostics(temp.settings(), clock, {});
        QVERIFY(diagnostics.write(QStringLiteral("/proc/no-such-folder")).isEmpty());
        QVERIFY(diagnostics.error().contains(QLatin1String("/proc/no-such-folder")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"

#include "LogFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "allo.test")

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LogFile::uninstall(); }

    void mask_hidesSecrets_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("json password") << R"({"username":"anne","password":"S3cr3t!x"})"
                                       << "S3cr3t!x";
        QTest::newRow("json refresh") << R"({"refresh_token": "rt-123.abc"})"
                                      << "rt-123.abc";
        QTest::newRow("access token") << "access_token=eyJhbGciOi.x.y&expires_in=900"
                                      << "eyJhbGciOi.x.y";
        QTest::newRow("bearer header") << "Authorization: Bearer abc.def.ghi"
                                       << "abc.def.ghi";
        QTest::newRow("basic proxy") << "Proxy-Authorization: Basic dXNlcjpwdw=="
                                     << "dXNlcjpwdw==";
        QTest::newRow("bearer in text") << "retrying with Bearer tok_987 after 401"
                                        << "tok_987";
    }

    void mask_hidesSecrets()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString masked = LogFile::mask(line);
        QVERIFY2(!masked.contains(secret), qPrintable(masked));
        QVERIFY2(masked.contains(QLatin1String("***")), qPrintable(masked));
    }

    void mask_leavesOrdinaryLinesAlone()
    {
        const QString line =
            QStringLiteral("outbox: operation 12 sent, revision 3 (notice 5a3e0000)");
        QCOMPARE(LogFile::mask(line), line);
    }

    void messages_reachTheFile_masked()
    {
        QTemporaryDir dir;
        QVERIFY(LogFile::install(dir.path()));
        qCWarning(lcTest) << "login failed for anne, password=hunter22";
        QFile file(dir.filePath(QStringLiteral("allo.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QLatin1String("warning allo.test: login failed for anne")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("hunter22")));
        QCOMPARE(LogFile::lastLines(1).size(), 1);
    }

    void rotation_keepsTheNewestFiles()
    {
        QTemporaryDir dir;
        QVERIFY(LogFile::install(dir.path(), 200, 2));
        for (int i = 0; i < 40; ++i)
            qCInfo(lcTest, "line %d with some padding to fill the file quickly", i);
        const QDir d(dir.path());
        QVERIFY(d.exists(QStringLiteral("allo.log")));
        QVERIFY(d.exists(QStringLiteral("allo.log.1")));
        QVERIFY(d.exists(QStringLiteral("allo.log.2")));
        QVERIFY(!d.exists(QStringLiteral("allo.log.3")));
        QVERIFY(QFileInfo(d.filePath(QStringLiteral("allo.log"))).size() < 400);
        QVERIFY(LogFile::lastLines(5).last().contains(QLatin1String("line 39")));
    }

    void unusableFolder_isRefused()
    {
        QVERIFY(!LogFile::install(QStringLiteral("/proc/allo-no-such-place")));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"

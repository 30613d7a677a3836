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

    // The whole secret goes, whatever it holds, and the rest of the line stays: "fragments" are
    // pieces of the secret that must not survive, "kept" the text around it that must.
    void mask_hidesWholeValues_data()
    {
        // Ordinary literals where a backslash or a lone brace would confuse moc in a raw string.
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("fragments");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("json with spaces")
            << R"({"username":"anne","password":"my secret phrase","remember":true} sent)"
            << QStringList{"my", "secret", "phrase"}
            << QStringList{R"("username":"anne")", R"("remember":true} sent)",
                           R"("password":"***")"};
        QTest::newRow("json escaped quotes")
            << "{\"password\":\"a \\\"quoted\\\" pass\",\"next\":1}"
            << QStringList{"a \\\"", "quoted", "pass\""} << QStringList{R"(,"next":1})"};
        QTest::newRow("json backslashes")
            << "{\"password\":\"C:\\\\dir\\\\ end\\\\\",\"next\":1}"
            << QStringList{"C:", "dir", "end"} << QStringList{R"(,"next":1})"};
        QTest::newRow("json unicode")
            << QStringLiteral(uR"({"password":"clé pâté 🔑 mot","lang":"fr"})")
            << QStringList{QStringLiteral(u"clé"), QStringLiteral(u"pâté"), QStringLiteral(u"🔑"),
                           "mot"}
            << QStringList{R"(,"lang":"fr"})"};
        QTest::newRow("json unicode escapes")
            << "{\"secret\":\"\\u00e9t\\u00e9 \\ud83d\\udd11 x\",\"n\":2}"
            << QStringList{"\\u00e9t", "\\ud83d", "x\""} << QStringList{R"(,"n":2})"};
        QTest::newRow("json spaces around colon")
            << R"({ "refresh_token" : "rt 1 2" , "n":3 })" << QStringList{"rt", " 1 2"}
            << QStringList{R"(, "n":3 })"};
        QTest::newRow("camel case token")
            << R"({"accessToken":"ey J0 x","id_token":"ab cd"})"
            << QStringList{"ey", "J0", "ab", "cd"} << QStringList{R"("accessToken":"***")"};
        QTest::newRow("unterminated") << "body {\"passwd\":\"half of it"
                                      << QStringList{"half", "of", "it"} << QStringList{"body {"};
        QTest::newRow("json quoted by qDebug")
            << "reply \"{\\\"password\\\":\\\"my \\\\\\\"very\\\\\\\" "
               "secret\\\",\\\"ok\\\":true}\" done"
            << QStringList{"my", "very", "secret"}
            << QStringList{"\\\"password\\\":\\\"***\\\"", ",\\\"ok\\\":true}\" done"};
        QTest::newRow("query string")
            << "POST /token grant=password&password=p%20w+x&user=anne" << QStringList{"p%20w+x"}
            << QStringList{"grant=password&", "&user=anne"};
        QTest::newRow("single quotes")
            << "password='two words' then" << QStringList{"two", "words"} << QStringList{"' then"};
        QTest::newRow("bearer header")
            << "Authorization: Bearer abc.def-ghi end" << QStringList{"abc", "def", "ghi"}
            << QStringList{"Authorization: Bearer ***", " end"};
        QTest::newRow("basic header json")
            << R"({"Authorization":"Basic dXNlcjpwdw==","a":1})" << QStringList{"dXNlcjpwdw=="}
            << QStringList{R"(,"a":1})"};
        QTest::newRow("user info in an address")
            << "GET https://anne:pa55word@platform.example/v1/health ok" << QStringList{"pa55word"}
            << QStringList{"platform.example/v1/health ok"};
    }

    void mask_hidesWholeValues()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, fragments);
        QFETCH(QStringList, kept);
        const QString masked = LogFile::mask(line);
        for (const QString &fragment : fragments)
            QVERIFY2(!masked.contains(fragment),
                     qPrintable(QStringLiteral("'%1' survives in: %2").arg(fragment, masked)));
        for (const QString &text : kept)
            QVERIFY2(masked.contains(text),
                     qPrintable(QStringLiteral("'%1' lost from: %2").arg(text, masked)));
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

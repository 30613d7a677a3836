#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run count(const QString &channel, const QString &input, const QStringList &options = {})
{
    QProcess p;
    p.start(QStringLiteral(ALLO_CLI),
            QStringList{QStringLiteral("count"), QStringLiteral("--channel"), channel} + options);
    p.write(input.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        qFatal("allo-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCountCommand : public QObject
{
    Q_OBJECT

private slots:
    void count_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exit");
        // "Torchage prévu " 15 + URL 23; € weighs 2 on X, 1 on Mastodon.
        const QString post = QStringLiteral("Torchage prévu https://www.allo-industrie.com/x");
        QTest::newRow("x") << "x" << post << R"({"weightedLength":38,"valid":true,"limit":280})"
                           << 0;
        QTest::newRow("x empty") << "x" << QString()
                                 << R"({"weightedLength":0,"valid":false,"limit":280})" << 1;
        QTest::newRow("x 281") << "x" << QStringLiteral("a").repeated(281)
                               << R"({"weightedLength":281,"valid":false,"limit":280})" << 1;
        QTest::newRow("x euro") << "x" << QStringLiteral("10 €")
                                << R"({"weightedLength":5,"valid":true,"limit":280})" << 0;
        QTest::newRow("mastodon") << "mastodon" << post
                                  << R"({"length":38,"valid":true,"limit":500})" << 0;
        QTest::newRow("mastodon empty")
            << "mastodon" << QString() << R"({"length":0,"valid":false,"limit":500})" << 1;
        QTest::newRow("sms gsm") << "sms" << QStringLiteral("Été 10 €")
                                 << R"({"encoding":"GSM-7","parts":1,"length":9})" << 0;
        QTest::newRow("sms ucs2") << "sms" << QStringLiteral("l’été")
                                  << R"({"encoding":"UCS-2","parts":1,"length":5})" << 0;
        QTest::newRow("sms two parts") << "sms" << QStringLiteral("a").repeated(161)
                                       << R"({"encoding":"GSM-7","parts":2,"length":161})" << 0;
        // "Essai à midi." is 3 words: 1.2 s at 150 a minute.
        QTest::newRow("hotline") << "hotline" << QStringLiteral("Essai à 12 h.")
                                 << R"({"words":3,"seconds":1.2})" << 0;
        QTest::newRow("hotline empty")
            << "hotline" << QString() << R"({"words":0,"seconds":0})" << 1;
    }

    void count()
    {
        QFETCH(QString, channel);
        QFETCH(QString, input);
        QFETCH(QString, output);
        QFETCH(int, exit);
        const Run r = ::count(channel, input);
        QCOMPARE(r.out, output);
        QCOMPARE(r.exit, exit);
    }

    // Like every command: --lang for its messages, --now (nothing here depends on it).
    void count_takesLangAndNow()
    {
        const Run r = ::count(QStringLiteral("x"), QStringLiteral("10 €"),
                              {QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--now=2026-03-20T12:00:00+01:00")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral(R"({"weightedLength":5,"valid":true,"limit":280})"));
        const Run bad = ::count(QStringLiteral("x"), QStringLiteral("10 €"),
                                {QStringLiteral("--lang=en"), QStringLiteral("--now=tomorrow")});
        QCOMPARE(bad.exit, 2);
        QVERIFY2(bad.err.contains(QLatin1String("\"tomorrow\" is not a time")),
                 qPrintable(bad.err));
    }

    void count_unknownChannel_isAUsageError()
    {
        const Run r = ::count(QStringLiteral("web"), QStringLiteral("x"));
        QCOMPARE(r.exit, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QLatin1String("--channel")));
    }
};

QTEST_GUILESS_MAIN(TestCountCommand)
#include "tst_countcommand.moc"

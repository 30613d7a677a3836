#include "MastodonCounter.h"

#include <QTest>

class TestMastodonCounter : public QObject
{
    Q_OBJECT

private slots:
    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty is not valid") << QString() << 0 << false;
        QTest::newRow("blank is not valid") << QStringLiteral("  ") << 2 << false;
        QTest::newRow("exactly 500") << QStringLiteral("a").repeated(500) << 500 << true;
        QTest::newRow("501") << QStringLiteral("a").repeated(501) << 501 << false;
        // Every character counts 1, accents and CJK alike (no X weighting).
        QTest::newRow("accents and CJK") << QStringLiteral("été 中文") << 6 << true;
        // "Voir " 5 + 23 for the URL, however long.
        QTest::newRow("url counts 23")
            << QStringLiteral("Voir https://www.allo-industrie.com/rouen_metropole/un-long-chemin")
            << 28 << true;
        // Mastodon links only URLs with a scheme: the bare domain is 18 characters of text.
        QTest::newRow("no scheme, no link") << QStringLiteral("allo-industrie.com") << 18 << true;
        // A skin-toned ZWJ sequence is one character for a reader.
        QTest::newRow("emoji sequence") << QStringLiteral("👩🏽‍💻") << 1 << true;
        QTest::newRow("decomposed accent") << QStringLiteral("e\u0301") << 1 << true;
        QTest::newRow("500 with url")
            << QStringLiteral("a").repeated(476) + QStringLiteral(" https://exemple.fr/x") << 500
            << true;
    }

    void count()
    {
        QFETCH(QString, text);
        QFETCH(int, length);
        QFETCH(bool, valid);
        const MastodonCounter::Result result = MastodonCounter::count(text);
        QCOMPARE(result.length, length);
        QCOMPARE(result.valid, valid);
    }
};

QTEST_GUILESS_MAIN(TestMastodonCounter)
#include "tst_mastodoncounter.moc"

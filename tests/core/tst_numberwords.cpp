#include "NumberWords.h"

#include <QTest>

class TestNumberWords : public QObject
{
    Q_OBJECT

private slots:
    void say_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("feminine");
        QTest::addColumn<QString>("expected");
        // French, traditional spelling: "et" before un and onze up to seventy-one only,
        // "quatre-vingts" and "deux cents" take an s only at the end of the number.
        QTest::newRow("fr 0") << 0 << "fr" << false << "zéro";
        QTest::newRow("fr 17") << 17 << "fr" << false << "dix-sept";
        QTest::newRow("fr 21") << 21 << "fr" << false << "vingt et un";
        QTest::newRow("fr 21 feminine") << 21 << "fr" << true << "vingt et une";
        QTest::newRow("fr 1 feminine") << 1 << "fr" << true << "une";
        QTest::newRow("fr 61") << 61 << "fr" << false << "soixante et un";
        QTest::newRow("fr 71") << 71 << "fr" << false << "soixante et onze";
        QTest::newRow("fr 72") << 72 << "fr" << false << "soixante-douze";
        QTest::newRow("fr 80") << 80 << "fr" << false << "quatre-vingts";
        QTest::newRow("fr 81") << 81 << "fr" << false << "quatre-vingt-un";
        QTest::newRow("fr 91") << 91 << "fr" << false << "quatre-vingt-onze";
        QTest::newRow("fr 99") << 99 << "fr" << false << "quatre-vingt-dix-neuf";
        QTest::newRow("fr 100") << 100 << "fr" << false << "cent";
        QTest::newRow("fr 200") << 200 << "fr" << false << "deux cents";
        QTest::newRow("fr 282") << 282 << "fr" << false << "deux cent quatre-vingt-deux";
        QTest::newRow("fr 805") << 805 << "fr" << false << "huit cent cinq";
        QTest::newRow("fr 1000") << 1000 << "fr" << false << "mille";
        QTest::newRow("fr 80000") << 80000 << "fr" << false << "quatre-vingt mille";
        QTest::newRow("fr 200300") << 200300 << "fr" << false << "deux cent mille trois cents";
        QTest::newRow("en 0") << 0 << "en" << false << "zero";
        QTest::newRow("en 42") << 42 << "en" << false << "forty-two";
        QTest::newRow("en 105") << 105 << "en" << false << "one hundred and five";
        QTest::newRow("en 2005") << 2005 << "en" << false << "two thousand and five";
        QTest::newRow("en 1 feminine is one") << 1 << "en" << true << "one";
        // Out of range: digits rather than wrong words.
        QTest::newRow("too large") << 1000000 << "fr" << false << "1000000";
    }

    void say()
    {
        QFETCH(int, number);
        QFETCH(QString, language);
        QFETCH(bool, feminine);
        QFETCH(QString, expected);
        QCOMPARE(NumberWords::say(number, language,
                                  feminine ? NumberWords::Gender::Feminine
                                           : NumberWords::Gender::Masculine),
                 expected);
    }

    void digits()
    {
        QCOMPARE(NumberWords::digits(u"0805", QStringLiteral("en")),
                 QStringLiteral("zero eight zero five"));
        QCOMPARE(NumberWords::digits(u"07", QStringLiteral("fr")), QStringLiteral("zéro sept"));
    }
};

QTEST_GUILESS_MAIN(TestNumberWords)
#include "tst_numberwords.moc"

#include "PeriodText.h"

#include <QTest>

Q_DECLARE_METATYPE(std::optional<QDateTime>)

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

class TestPeriodText : public QObject
{
    Q_OBJECT

private slots:
    void written_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<std::optional<QDateTime>>("end");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two days") << at("2026-03-27T07:00:00+01:00")
                                  << std::optional(at("2026-03-28T19:00:00+01:00")) << "fr"
                                  << "du vendredi 27 mars à 7 h au samedi 28 mars 2026 à 19 h";
        QTest::newRow("same day with minutes")
            << at("2026-05-12T09:30:00+02:00") << std::optional(at("2026-05-12T12:00:00+02:00"))
            << "fr"
            << "le mardi 12 mai 2026 de 9 h 30 à 12 h";
        QTest::newRow("until further notice")
            << at("2026-10-14T16:42:00+02:00") << std::optional<QDateTime>() << "fr"
            << "à partir du mercredi 14 octobre 2026 à 16 h 42 et jusqu'à nouvel ordre";
        QTest::newRow("first of the month")
            << at("2026-09-01T05:00:00+02:00") << std::optional(at("2026-09-02T23:00:00+02:00"))
            << "fr"
            << "du mardi 1er septembre à 5 h au mercredi 2 septembre 2026 à 23 h";
        QTest::newRow("across the year")
            << at("2026-12-31T22:00:00+01:00") << std::optional(at("2027-01-01T02:00:00+01:00"))
            << "fr"
            << "du jeudi 31 décembre 2026 à 22 h au vendredi 1er janvier 2027 à 2 h";
        // 29 March 2026 02:00 CET → 03:00 CEST: both ends in Paris time, each with its offset.
        QTest::newRow("clock change") << at("2026-03-28T22:00:00+01:00")
                                      << std::optional(at("2026-03-29T10:00:00+02:00")) << "fr"
                                      << "du samedi 28 mars à 22 h au dimanche 29 mars 2026 à 10 h";
        QTest::newRow("given in UTC, shown in Paris time")
            << at("2026-03-29T00:30:00Z") << std::optional(at("2026-03-29T01:30:00Z")) << "fr"
            << "le dimanche 29 mars 2026 de 1 h 30 à 3 h 30";
        QTest::newRow("english two days")
            << at("2026-03-27T07:00:00+01:00") << std::optional(at("2026-03-28T19:00:00+01:00"))
            << "en"
            << "from Friday 27 March at 07:00 to Saturday 28 March 2026 at 19:00";
        QTest::newRow("english open")
            << at("2026-06-03T14:00:00+02:00") << std::optional<QDateTime>() << "en"
            << "from Wednesday 3 June 2026 at 14:00 until further notice";
    }

    void written()
    {
        QFETCH(QDateTime, start);
        QFETCH(std::optional<QDateTime>, end);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(PeriodText::written(start, end, QTimeZone("Europe/Paris"), language), expected);
    }

    void spoken_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<std::optional<QDateTime>>("end");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two days")
            << at("2026-03-27T07:00:00+01:00") << std::optional(at("2026-03-28T19:00:00+01:00"))
            << "fr"
            << "du vendredi 27 mars à sept heures au samedi 28 mars à dix-neuf heures";
        QTest::newRow("same day, midi") << at("2026-05-12T09:30:00+02:00")
                                        << std::optional(at("2026-05-12T12:00:00+02:00")) << "fr"
                                        << "le mardi 12 mai de neuf heures trente à midi";
        // 22:00 UTC on 31 October is 23:00 in Paris (winter time), midnight is "minuit".
        QTest::newRow("minuit, in the territory's zone")
            << at("2026-10-31T22:00:00Z") << std::optional(at("2026-11-01T23:00:00Z")) << "fr"
            << "du samedi 31 octobre à vingt-trois heures au lundi 2 novembre à minuit";
        QTest::newRow("1 heure, until further notice")
            << at("2026-09-01T01:00:00+02:00") << std::optional<QDateTime>() << "fr"
            << "à partir du mardi 1er septembre à une heure et jusqu'à nouvel ordre";
        QTest::newRow("English")
            << at("2026-03-27T07:00:00+01:00") << std::optional(at("2026-03-28T12:00:00+01:00"))
            << "en"
            << "from Friday 27 March at seven a.m. to Saturday 28 March at noon";
    }

    void spoken()
    {
        QFETCH(QDateTime, start);
        QFETCH(std::optional<QDateTime>, end);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(PeriodText::spoken(start, end, QTimeZone("Europe/Paris"), language), expected);
    }

    void spokenTime()
    {
        QCOMPARE(PeriodText::spokenTime(8, 30, QStringLiteral("fr")),
                 QStringLiteral("huit heures trente"));
        QCOMPARE(PeriodText::spokenTime(12, 15, QStringLiteral("fr")),
                 QStringLiteral("midi quinze"));
        QCOMPARE(PeriodText::spokenTime(0, 0, QStringLiteral("fr")), QStringLiteral("minuit"));
        QCOMPARE(PeriodText::spokenTime(18, 5, QStringLiteral("en")),
                 QStringLiteral("six oh five p.m."));
        QCOMPARE(PeriodText::spokenTime(0, 0, QStringLiteral("en")), QStringLiteral("midnight"));
        // Hours and minutes are feminine in French.
        QCOMPARE(PeriodText::spokenTime(21, 1, QStringLiteral("fr")),
                 QStringLiteral("vingt et une heures une"));
        QCOMPARE(PeriodText::spokenTime(16, 42, QStringLiteral("en")),
                 QStringLiteral("four forty-two p.m."));
    }

    void spokenSince_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<std::optional<QDateTime>>("end");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("until further notice, fr")
            << at("2026-10-14T16:42:00+02:00") << std::optional<QDateTime>() << "fr"
            << "depuis le mercredi 14 octobre à seize heures quarante-deux et jusqu'à nouvel ordre";
        QTest::newRow("the same day, fr")
            << at("2026-05-12T09:30:00+02:00") << std::optional(at("2026-05-12T12:00:00+02:00"))
            << "fr"
            << "depuis le mardi 12 mai à neuf heures trente et jusqu'à midi";
        QTest::newRow("another day, en")
            << at("2026-03-27T07:00:00+01:00") << std::optional(at("2026-03-28T19:00:00+01:00"))
            << "en"
            << "since Friday 27 March at seven a.m. until Saturday 28 March at seven p.m.";
    }

    void spokenSince()
    {
        QFETCH(QDateTime, start);
        QFETCH(std::optional<QDateTime>, end);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(PeriodText::spokenSince(start, end, QTimeZone("Europe/Paris"), language),
                 expected);
    }

    void dayAndMonth()
    {
        QCOMPARE(PeriodText::dayAndMonth(QDate(2026, 4, 1), QStringLiteral("fr")),
                 QStringLiteral("1er avril"));
        QCOMPARE(PeriodText::dayAndMonth(QDate(2026, 4, 1), QStringLiteral("en")),
                 QStringLiteral("1 April"));
    }
};

QTEST_GUILESS_MAIN(TestPeriodText)
#include "tst_periodtext.moc"

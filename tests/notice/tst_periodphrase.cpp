#include "PeriodPhrase.h"
#include "PeriodText.h"

#include <QTest>

Q_DECLARE_METATYPE(std::optional<QDateTime>)

namespace {

const QTimeZone kParis("Europe/Paris");

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

// The phrases of a text that the period (13:00–17:00 on 2 December 2026, Paris) contradicts.
QStringList stale(const QString &text, const QString &language, const QDateTime &start,
                  const std::optional<QDateTime> &end)
{
    QStringList result;
    for (const PeriodPhrase &p : PeriodPhrase::find(text, language)) {
        if (!p.agrees(start, end, kParis))
            result.append(p.text);
    }
    return result;
}

QStringList found(const QString &text, const QString &language)
{
    QStringList result;
    for (const PeriodPhrase &p : PeriodPhrase::find(text, language))
        result.append(p.text);
    return result;
}

} // namespace

class TestPeriodPhrase : public QObject
{
    Q_OBJECT

private slots:
    void find_recognisesPeriodPhrases_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("phrases");
        const auto row = [](const char *name, const char *lang, const char *text,
                            QStringList phrases) {
            QTest::newRow(name) << QString::fromLatin1(lang) << QString::fromUtf8(text) << phrases;
        };
        row("fr range", "fr", "Torchage de 13 h à 17 h sur le site.", {"de 13 h à 17 h"});
        row("fr range without spaces", "fr", "Torchage de 13h à 17h30.", {"de 13h à 17h30"});
        row("fr entre", "fr", "Travaux entre 9 heures et 12 heures.",
            {"entre 9 heures et 12 heures"});
        row("fr dash", "fr", "Essai 13 h – 17 h.", {"13 h – 17 h"});
        row("fr until", "fr", "Fumées visibles jusqu'à 17 h.", {"jusqu'à 17 h"});
        row("fr until, typographic apostrophe", "fr", "Fumées jusqu’à midi.", {"jusqu’à midi"});
        row("fr until a day", "fr", "Arrêt jusqu'au 28 mars à 19 h.", {"jusqu'au 28 mars à 19 h"});
        row("fr until further notice", "fr", "Odeur jusqu'à nouvel ordre.",
            {"jusqu'à nouvel ordre"});
        row("fr from", "fr", "Sirène à partir de 12 h.", {"à partir de 12 h"});
        row("fr days", "fr", "Maintenance du 27 au 28 mars sur notre site.", {"du 27 au 28 mars"});
        row("fr a day with times", "fr", "Essai le 3 décembre de 13 h à 17 h.",
            {"le 3 décembre de 13 h à 17 h"});
        row("fr a day", "fr", "Essai le 3 décembre.", {"le 3 décembre"});
        row("fr a weekday and a day", "fr", "Essai de la sirène mardi 21 avril à 12 h.",
            {"mardi 21 avril"});
        row("en range", "en", "Flaring from 1 pm to 5 pm today.", {"from 1 pm to 5 pm"});
        row("en until", "en", "Smoke until 5:00 p.m. today.", {"until 5:00 p.m"});
        row("en 24 hours", "en", "Work between 13:00 and 17:00.", {"between 13:00 and 17:00"});
        row("en days", "en", "Maintenance from 27 to 28 March.", {"from 27 to 28 March"});
        row("en a day", "en", "Test on 3 December.", {"on 3 December"});
        row("en american day", "en", "Test on December 3, 2026 from 1 pm to 5 pm.",
            {"on December 3, 2026 from 1 pm to 5 pm"});
        row("en until further notice", "en", "Odour until further notice.",
            {"until further notice"});
        // Not the period: another moment, daily hours, numbers that are no times.
        row("fr next update", "fr", "Prochain point d'information à 18 h 00.", {});
        row("fr next update with a day", "fr", "Prochain point d'information le 4 décembre à 18 h.",
            {});
        row("fr a meeting", "fr", "Une réunion publique aura lieu le 10 décembre de 18 h à 20 h.",
            {});
        row("fr daily hours", "fr", "Travaux du 3 au 5 décembre, chaque jour de 8 h à 18 h.",
            {"du 3 au 5 décembre"});
        row("fr a time alone", "fr", "Le feu a été maîtrisé à 14 h 30.", {});
        row("fr not an hour", "fr", "Environ 13 habitants à 17 heures de marche.", {});
        row("fr impossible time", "fr", "Code de 25 h à 26 h.", {});
        row("en next update", "en", "Next update at 6 pm, from 6 pm to 7 pm.", {});
        row("en a time alone", "en", "The fire was put out at 2:30 pm.", {});
    }

    void find_recognisesPeriodPhrases()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, phrases);
        QCOMPARE(found(text, language), phrases);
    }

    void agrees_readsWhatThePhraseSays()
    {
        const QDateTime start = at("2026-12-02T13:00:00+01:00");
        const auto end = std::optional(at("2026-12-02T17:00:00+01:00"));
        const QString ok = QStringLiteral("Le 2 décembre de 13 h à 17 h, jusqu'à 17 h, à partir "
                                          "de 13 h, le mercredi 2 décembre, 13h-17h.");
        QCOMPARE(found(ok, QStringLiteral("fr")).size(), 5);
        QCOMPARE(stale(ok, QStringLiteral("fr"), start, end), QStringList());
        QCOMPARE(stale(QStringLiteral("From 1 pm to 5 pm, until 5:00 pm, on 2 December."),
                       QStringLiteral("en"), start, end),
                 QStringList());
        // Extended to 18:00: every phrase that says the end is stale, those of the start not.
        const auto later = std::optional(at("2026-12-02T18:00:00+01:00"));
        QCOMPARE(stale(ok, QStringLiteral("fr"), start, later),
                 QStringList({QStringLiteral("Le 2 décembre de 13 h à 17 h"),
                              QStringLiteral("jusqu'à 17 h"), QStringLiteral("13h-17h")}));
        QCOMPARE(
            stale(QStringLiteral("From 1 pm to 5 pm, until 5:00 pm, on 2 December."),
                  QStringLiteral("en"), start, later),
            QStringList({QStringLiteral("From 1 pm to 5 pm"), QStringLiteral("until 5:00 pm")}));
        // Moved to the next day; made open-ended.
        QCOMPARE(stale(QStringLiteral("Essai le 2 décembre."), QStringLiteral("fr"),
                       start.addDays(1), std::optional(end->addDays(1))),
                 QStringList({QStringLiteral("le 2 décembre")}));
        QCOMPARE(stale(QStringLiteral("Fumées jusqu'à 17 h puis jusqu'à nouvel ordre."),
                       QStringLiteral("fr"), start, std::nullopt),
                 QStringList({QStringLiteral("jusqu'à 17 h")}));
        QCOMPARE(
            stale(QStringLiteral("Fumées jusqu'à nouvel ordre."), QStringLiteral("fr"), start, end),
            QStringList({QStringLiteral("jusqu'à nouvel ordre")}));
        // Times are the territory's: 12:00 UTC is 13 h in Paris.
        QCOMPARE(stale(QStringLiteral("de 13 h à 17 h"), QStringLiteral("fr"),
                       at("2026-12-02T12:00:00Z"), std::optional(at("2026-12-02T16:00:00Z"))),
                 QStringList());
        // Midnight ends the day: "le 2 décembre de 20 h à minuit".
        QCOMPARE(stale(QStringLiteral("le 2 décembre de 20 h à minuit"), QStringLiteral("fr"),
                       at("2026-12-02T20:00:00+01:00"),
                       std::optional(at("2026-12-03T00:00:00+01:00"))),
                 QStringList());
    }

    // What the templates write (PeriodText::written) is recognised and agrees with its period;
    // after any change of the period, it no longer does.
    void templatePeriod_agreesAndGoesStale_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<std::optional<QDateTime>>("end");
        QTest::newRow("one day") << at("2026-12-02T13:00:00+01:00")
                                 << std::optional(at("2026-12-02T17:00:00+01:00"));
        QTest::newRow("minutes") << at("2026-05-12T09:30:00+02:00")
                                 << std::optional(at("2026-05-12T12:00:00+02:00"));
        QTest::newRow("two days") << at("2026-03-27T07:00:00+01:00")
                                  << std::optional(at("2026-03-28T19:00:00+01:00"));
        QTest::newRow("first of the month")
            << at("2026-09-01T05:00:00+02:00") << std::optional(at("2026-09-02T23:00:00+02:00"));
        QTest::newRow("across the year")
            << at("2026-12-31T22:00:00+01:00") << std::optional(at("2027-01-01T02:00:00+01:00"));
        QTest::newRow("open") << at("2026-10-14T16:42:00+02:00") << std::optional<QDateTime>();
    }

    void templatePeriod_agreesAndGoesStale()
    {
        QFETCH(QDateTime, start);
        QFETCH(std::optional<QDateTime>, end);
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            const QString text = QStringLiteral("Torchage %1. Aucun risque.")
                                     .arg(PeriodText::written(start, end, kParis, language));
            const QList<PeriodPhrase> phrases = PeriodPhrase::find(text, language);
            QVERIFY2(!phrases.isEmpty(), qPrintable(text));
            QCOMPARE(stale(text, language, start, end), QStringList());
            const auto later =
                end ? std::optional(end->addSecs(3600)) : std::optional(start.addSecs(3600));
            QVERIFY2(!stale(text, language, start, later).isEmpty(), qPrintable(text));
            QVERIFY2(!stale(text, language, start.addDays(1),
                            end ? std::optional(end->addDays(1)) : std::nullopt)
                          .isEmpty(),
                     qPrintable(text));
        }
    }

    void rewrite_replacesOnlyStalePhrases()
    {
        const QDateTime start = at("2026-12-02T13:00:00+01:00");
        const auto end = std::optional(at("2026-12-02T18:00:00+01:00"));
        const QString fr = QStringLiteral("Torchage de 13 h à 17 h. Fumées jusqu’à 17 h. "
                                          "Prochain point d'information à 18 h 00.");
        QCOMPARE(PeriodPhrase::rewrite(fr, QStringLiteral("fr"), start, end, kParis),
                 QStringLiteral("Torchage de 13 h à 18 h. Fumées jusqu’à 18 h. "
                                "Prochain point d'information à 18 h 00."));
        QCOMPARE(PeriodPhrase::rewrite(QStringLiteral("Flaring from 1 pm to 5 pm."),
                                       QStringLiteral("en"), start, end, kParis),
                 QStringLiteral("Flaring from 13:00 to 18:00."));
        // To the next day: the shape changes, the date comes in.
        const auto tomorrow = std::optional(at("2026-12-03T02:00:00+01:00"));
        QCOMPARE(PeriodPhrase::rewrite(QStringLiteral("Fumées jusqu'à 17 h."), QStringLiteral("fr"),
                                       start, tomorrow, kParis),
                 QStringLiteral("Fumées jusqu'au 3 décembre à 2 h."));
        QCOMPARE(PeriodPhrase::rewrite(QStringLiteral("Maintenance du 27 au 28 mars."),
                                       QStringLiteral("fr"), at("2026-03-27T07:00:00+01:00"),
                                       std::optional(at("2026-03-30T19:00:00+02:00")), kParis),
                 QStringLiteral("Maintenance du 27 mars au 30 mars."));
        QCOMPARE(PeriodPhrase::rewrite(QStringLiteral("Odeur jusqu'à nouvel ordre."),
                                       QStringLiteral("fr"), start, end, kParis),
                 QStringLiteral("Odeur jusqu'au 2 décembre à 18 h."));
        QCOMPARE(PeriodPhrase::rewrite(QStringLiteral("Le 1er décembre de 13 h à 17 h, essai."),
                                       QStringLiteral("fr"), start, end, kParis),
                 QStringLiteral("Le 2 décembre de 13 h à 18 h, essai."));
        QCOMPARE(PeriodPhrase::rewrite(QStringLiteral("Essai mardi 1er décembre."),
                                       QStringLiteral("fr"), start, end, kParis),
                 QStringLiteral("Essai mercredi 2 décembre."));
    }

    // Whatever the phrase and the new period, the rewritten text says the period.
    void rewrite_alwaysAgreesAfterwards()
    {
        const QStringList fr = {QStringLiteral("de 13 h à 17 h"),
                                QStringLiteral("jusqu'à 17 h"),
                                QStringLiteral("le 2 décembre de 13 h à 17 h"),
                                QStringLiteral("du 2 au 3 décembre"),
                                QStringLiteral("à partir de 13 h"),
                                QStringLiteral("jusqu'à nouvel ordre"),
                                QStringLiteral("le 2 décembre"),
                                QStringLiteral("jusqu'au 2 décembre"),
                                QStringLiteral("à partir du 2 décembre à 13 h")};
        const QStringList en = {QStringLiteral("from 1 pm to 5 pm"),
                                QStringLiteral("until 5 pm"),
                                QStringLiteral("on 2 December from 1 pm to 5 pm"),
                                QStringLiteral("from 2 to 3 December"),
                                QStringLiteral("from 1 pm"),
                                QStringLiteral("until further notice"),
                                QStringLiteral("on 2 December"),
                                QStringLiteral("until 2 December")};
        const QDateTime start = at("2026-12-04T08:30:00+01:00");
        const QList<std::optional<QDateTime>> ends = {
            std::optional(at("2026-12-04T11:00:00+01:00")),
            std::optional(at("2026-12-06T20:00:00+01:00")), std::nullopt};
        for (const auto &end : ends) {
            for (const auto &[language, phrases] :
                 {std::pair(QStringLiteral("fr"), fr), std::pair(QStringLiteral("en"), en)}) {
                for (const QString &phrase : phrases) {
                    const QString text = QStringLiteral("Avis %1 ici.").arg(phrase);
                    QCOMPARE(found(text, language), QStringList{phrase});
                    const QString fixed = PeriodPhrase::rewrite(text, language, start, end, kParis);
                    QVERIFY2(stale(fixed, language, start, end).isEmpty(),
                             qPrintable(phrase + QStringLiteral(" → ") + fixed));
                    QVERIFY2(!found(fixed, language).isEmpty(), qPrintable(fixed));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPeriodPhrase)
#include "tst_periodphrase.moc"

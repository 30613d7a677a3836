#include "ChannelRenderer.h"
#include "HotlineScript.h"
#include "TerritoryCatalog.h"
#include "TestData.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace {

RenderContext context(const QString &territory = QStringLiteral("rouen-metropole"))
{
    RenderContext c;
    c.territory = TerritoryCatalog::builtIn().find(territory);
    c.sentAt = TestData::sampleNow();
    return c;
}

} // namespace

class TestHotlineScript : public QObject
{
    Q_OBJECT

private slots:
    void spoken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("expected");
        QTest::newRow("8h30") << "Début à 8h30." << 0 << "Début à 8 heures 30.";
        QTest::newRow("8 h 30") << "Début à 8 h 30." << 0 << "Début à 8 heures 30.";
        QTest::newRow("08:30") << "Début à 08:30." << 0 << "Début à 8 heures 30.";
        QTest::newRow("18 h 00") << "Point à 18 h 00." << 0 << "Point à 18 heures.";
        QTest::newRow("1 h") << "Fin à 1 h." << 0 << "Fin à 1 heure.";
        QTest::newRow("12 h is midi") << "Essai à 12 h." << 0 << "Essai à midi.";
        QTest::newRow("0 h is minuit") << "Jusqu'à 0 h." << 0 << "Jusqu'à minuit.";
        QTest::newRow("12:15") << "Essai à 12:15." << 0 << "Essai à midi 15.";
        QTest::newRow("a duration is not midi")
            << "Arrêt pendant 12 h." << 0 << "Arrêt pendant 12 heures.";
        QTest::newRow("h before a letter stays") << "Sur 5 hectares." << 0 << "Sur 5 hectares.";
        // 27 March 2026 is a Friday; without a year, no weekday rather than a wrong one.
        QTest::newRow("date with known year")
            << "Le 27/03 au matin." << 2026 << "Le vendredi 27 mars au matin.";
        QTest::newRow("date without year") << "Le 27/03 au matin." << 0 << "Le 27 mars au matin.";
        QTest::newRow("date with its year")
            << "Le 01/04/2026." << 0 << "Le mercredi 1er avril 2026.";
        QTest::newRow("not a date") << "Ratio 45/99." << 2026 << "Ratio 45/99.";
        QTest::newRow("POI after its expansion")
            << "Exercice de notre plan d'opération interne (POI)." << 0
            << "Exercice de notre plan d'opération interne.";
        QTest::newRow("POI alone")
            << "Exercice POI ce matin." << 0 << "Exercice plan d'opération interne ce matin.";
        QTest::newRow("PPI") << "Zone PPI." << 0 << "Zone plan particulier d'intervention.";
        QTest::newRow("env.") << "Durée env. 2 heures." << 0 << "Durée environ 2 heures.";
        QTest::newRow("n°") << "Dépôt n°2." << 0 << "Dépôt numéro 2.";
        QTest::newRow("km/h") << "Vent de 50 km/h." << 0 << "Vent de 50 kilomètres heure.";
        QTest::newRow("°C glued") << "Il fait 20°C." << 0 << "Il fait 20 degrés Celsius.";
        QTest::newRow("percent") << "Baisse de 30 %." << 0 << "Baisse de 30 pour cent.";
        QTest::newRow("percent glued") << "Baisse de 30%." << 0 << "Baisse de 30 pour cent.";
        QTest::newRow("POIX is a word") << "Route de POIX." << 0 << "Route de POIX.";
        QTest::newRow("url") << "Détails sur https://www.allo-industrie.com/rouen." << 0
                             << "Détails sur le site internet d'Allo Industrie.";
        QTest::newRow("scheme-less url") << "Détails sur allo-industrie.com." << 0
                                         << "Détails sur le site internet d'Allo Industrie.";
        QTest::newRow("e-mail") << "Écrivez à contact@exemple.fr." << 0
                                << "Écrivez au site internet d'Allo Industrie.";
        QTest::newRow("emoji and symbols")
            << "Torchage 🔥 prévu 👩🏽‍💻 ✅ ©." << 0 << "Torchage prévu.";
        QTest::newRow("French spaces")
            << "Attention\u00A0: bruit\u202F!" << 0 << "Attention : bruit !";
    }

    void spoken()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(QString, expected);
        QCOMPARE(HotlineScript::spoken(text, QStringLiteral("fr"), year), expected);
    }

    void spoken_english()
    {
        QCOMPARE(HotlineScript::spoken(QStringLiteral("From 8:30 to 12:00, approx. 20°C."),
                                       QStringLiteral("en")),
                 QStringLiteral("From 8:30 a.m. to noon, approximately 20 degrees Celsius."));
    }

    void render_seed_introPeriodTextAndMarks()
    {
        const QString script = HotlineScript::render(
            TestData::sample(QStringLiteral("seed-test-message")), context(), QStringLiteral("fr"));
        // Test first and last, then the service, company, site and commune, the period in the
        // territory's time (8:00+01:00 is 8 heures in Paris; 27 March 2019 is a Wednesday).
        QVERIFY2(script.startsWith(QStringLiteral("Ceci est un message de test. ")),
                 qPrintable(script));
        QVERIFY2(script.endsWith(QStringLiteral(" Fin du message de test.")), qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("Allo Industrie Rouen Métropole")),
                 qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("Message d'ENTREPRISE TEST, Site test, à Rouen.")),
                 qPrintable(script));
        QVERIFY2(script.contains(
                     QStringLiteral("du mercredi 27 mars à 8 heures au jeudi 28 mars à 18 heures")),
                 qPrintable(script));
        QVERIFY(script.contains(QStringLiteral("Incident fictif.")));
        QVERIFY(!script.contains(QStringLiteral("https://")));
    }

    void render_exercise_saysSoFirstAndLast()
    {
        const QString script = HotlineScript::render(
            TestData::sample(QStringLiteral("exercise-status")), context(), QStringLiteral("fr"));
        QVERIFY(script.startsWith(QStringLiteral("Ceci est un message d'exercice.")));
        QVERIFY(script.endsWith(QStringLiteral("Fin du message d'exercice.")));
    }

    void render_periodInTheTerritoryZone_notTheMachines()
    {
        Notice notice = TestData::sample(QStringLiteral("poi-drill"));
        // 10:00 UTC on 27 March 2026 is 11:00 in Paris (winter time); 11:00 UTC on the 29th,
        // after the clock change, is 13:00.
        notice.setStart(QDateTime(QDate(2026, 3, 27), QTime(10, 0), QTimeZone::utc()));
        notice.setEnd(QDateTime(QDate(2026, 3, 29), QTime(11, 0), QTimeZone::utc()));
        const QString script = HotlineScript::render(notice, context(), QStringLiteral("fr"));
        QVERIFY2(script.contains(QStringLiteral(
                     "Prévu du vendredi 27 mars à 11 heures au dimanche 29 mars à 13 heures.")),
                 qPrintable(script));
        // Midday and midnight are spoken as words.
        notice.setStart(QDateTime(QDate(2026, 5, 12), QTime(12, 0), QTimeZone(7200)));
        notice.setEnd(QDateTime(QDate(2026, 5, 13), QTime(0, 0), QTimeZone(7200)));
        QVERIFY(
            HotlineScript::render(notice, context(), QStringLiteral("fr"))
                .contains(QStringLiteral("du mardi 12 mai à midi au mercredi 13 mai à minuit")));
        notice.setEnd(std::nullopt);
        QVERIFY(HotlineScript::render(notice, context(), QStringLiteral("fr"))
                    .contains(
                        QStringLiteral("à partir du mardi 12 mai à midi et jusqu'à nouvel ordre")));
    }

    void render_english_onlyWithEnglishText()
    {
        const Notice flaring = TestData::sample(QStringLiteral("flaring-maintenance"));
        const QString en = HotlineScript::render(flaring, context(QStringLiteral("le-havre")),
                                                 QStringLiteral("en"));
        QVERIFY2(en.contains(QStringLiteral(
                     "from Friday 27 March at 7 a.m. to Saturday 28 March at 7 p.m.")),
                 qPrintable(en));
        QVERIFY(en.contains(QStringLiteral("Maintenance work is scheduled")));
        QCOMPARE(HotlineScript::render(TestData::sample(QStringLiteral("poi-drill")), context(),
                                       QStringLiteral("en")),
                 QString());
    }

    void override_replacesTheText_keepsIntroductionPeriodAndMarks()
    {
        Notice notice = TestData::sample(QStringLiteral("seed-test-message"));
        const QString composed = HotlineScript::render(notice, context(), QStringLiteral("fr"));
        notice.setOverride(QStringLiteral("hotline"),
                           QStringLiteral("Exercice POI à 8h30 le 27/03, détails sur "
                                          "https://www.allo-industrie.com/rouen 🔥"));
        const QString script = HotlineScript::render(notice, context(), QStringLiteral("fr"));
        // Rewritten for the ear: abbreviation, time and date spelled out (27 March 2019 is a
        // Wednesday, the notice's year), the URL named, the emoji gone, a final full stop.
        QVERIFY2(script.contains(QStringLiteral(
                     "Exercice plan d'opération interne à 8 heures 30 le mercredi 27 mars, "
                     "détails sur le site internet d'Allo Industrie Rouen Métropole. ")),
                 qPrintable(script));
        QVERIFY2(!script.contains(QStringLiteral("Incident fictif")), qPrintable(script));
        QVERIFY(!script.contains(QStringLiteral("://")));
        // Everything around the text is the composed script's.
        const qsizetype textStart = composed.indexOf(QStringLiteral("Incident fictif"));
        QVERIFY(textStart > 0);
        QVERIFY(script.startsWith(composed.left(textStart)));
        QVERIFY(script.startsWith(QStringLiteral("Ceci est un message de test. ")));
        QVERIFY(script.endsWith(QStringLiteral(". Fin du message de test.")));

        // A blank override is no override.
        notice.setOverride(QStringLiteral("hotline"), QStringLiteral("  \n "));
        QCOMPARE(HotlineScript::render(notice, context(), QStringLiteral("fr")), composed);
        // Another channel's override leaves the hotline alone.
        notice.setOverride(QStringLiteral("x"), QStringLiteral("Court."));
        QCOMPARE(HotlineScript::render(notice, context(), QStringLiteral("fr")), composed);
    }

    void override_isTheFrenchScriptsOnly()
    {
        // A voice reads the script: the English one keeps the notice's English text, never the
        // French override read by an English voice.
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        const RenderContext havre = context(QStringLiteral("le-havre"));
        const QString englishBefore = HotlineScript::render(notice, havre, QStringLiteral("en"));
        QVERIFY(!englishBefore.isEmpty());
        notice.setOverride(QStringLiteral("hotline"),
                           QStringLiteral("Torchage jusqu'à 18h, à env. 2 km du site"));
        QCOMPARE(HotlineScript::render(notice, havre, QStringLiteral("en")), englishBefore);
        const QString fr = HotlineScript::render(notice, havre, QStringLiteral("fr"));
        QVERIFY2(fr.contains(QStringLiteral("Torchage jusqu'à 18 heures")), qPrintable(fr));
        QVERIFY(!fr.contains(QStringLiteral("Une intervention")));
        // Without text in a language there is no script in it, override or not.
        Notice french = TestData::sample(QStringLiteral("poi-drill"));
        french.setOverride(QStringLiteral("hotline"), QStringLiteral("Exercice."));
        QCOMPARE(HotlineScript::render(french, context(), QStringLiteral("en")), QString());
    }

    void override_isMeasuredAgainstTheLimit()
    {
        using Unit = ChannelOutput::Unit;
        Notice notice = TestData::sample(QStringLiteral("seed-test-message"));
        const RenderContext c = ChannelRenderer::context(notice, TestData::sampleNow());
        const QString hotline = QStringLiteral("hotline");
        // A notice text of 200 words is over 60 s at 150 words a minute...
        notice.setText(QStringLiteral("fr"), QStringLiteral("Torchage prévu. ").repeated(100));
        ChannelOutput out = ChannelRenderer::render(notice, c, hotline, QStringLiteral("fr"));
        QVERIFY(out.ok());
        QCOMPARE(out.unit, Unit::Seconds);
        QVERIFY2(out.overLimit, qPrintable(QString::number(out.measure)));
        // ...a short hotline text brings the script under it, and is what the measure counts.
        notice.setOverride(hotline, QStringLiteral("Torchage visible jusqu'à 18 h."));
        out = ChannelRenderer::render(notice, c, hotline, QStringLiteral("fr"));
        QVERIFY(!out.overLimit);
        QVERIFY(out.text.contains(QStringLiteral("Torchage visible jusqu'à 18 heures.")));
        QCOMPARE(out.measure, HotlineScript::seconds(out.text, c.wordsPerMinute));
        QVERIFY(out.measure < HotlineScript::maximumSeconds);
        // A long hotline text is over the limit even when the notice's text is short.
        notice.setText(QStringLiteral("fr"), QStringLiteral("Court."));
        notice.setOverride(hotline, QStringLiteral("Torchage prévu. ").repeated(100));
        out = ChannelRenderer::render(notice, c, hotline, QStringLiteral("fr"));
        QVERIFY(out.overLimit);
        QCOMPARE(out.measure, HotlineScript::seconds(out.text, c.wordsPerMinute));
    }

    void everySample_rendersAScriptWithoutUrls()
    {
        for (const QString &path : TestData::samplePaths()) {
            const QString name = QFileInfo(path).baseName();
            const Notice notice = TestData::sample(name);
            const QString script =
                HotlineScript::render(notice, context(notice.territory()), QStringLiteral("fr"));
            QVERIFY2(HotlineScript::words(script) > 20, qPrintable(name));
            QVERIFY2(!script.contains(QStringLiteral("://")), qPrintable(name));
            QVERIFY2(!script.contains(QRegularExpression(QStringLiteral(R"(\d ?h\b)"))),
                     qPrintable(script));
        }
    }

    void words_and_seconds()
    {
        QCOMPARE(HotlineScript::words(QString()), 0);
        // Punctuation alone is no word; "d'exercice" is one.
        QCOMPARE(HotlineScript::words(QStringLiteral("Un message d'exercice : fin .")), 4);
        // 150 words at 150 a minute: 60 s, not above the limit; 151 words are.
        const QString words150 = QStringLiteral("mot ").repeated(150);
        QCOMPARE(HotlineScript::seconds(words150, 150), 60.0);
        QVERIFY(!HotlineScript::tooLong(words150, 150));
        QVERIFY(HotlineScript::tooLong(words150 + QStringLiteral("encore"), 150));
        QCOMPARE(HotlineScript::seconds(words150, 100), 90.0);
    }
};

QTEST_GUILESS_MAIN(TestHotlineScript)
#include "tst_hotlinescript.moc"

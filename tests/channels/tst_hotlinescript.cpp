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
    void render_seed_introPeriodTextAndMarks()
    {
        const QString script = HotlineScript::render(
            TestData::sample(QStringLiteral("seed-test-message")), context(), QStringLiteral("fr"));
        // Test first and last, then the service, company, site and commune, the period in the
        // territory's time (8:00+01:00 is huit heures in Paris; 27 March 2019 is a Wednesday),
        // over by the render clock (2026).
        QVERIFY2(script.startsWith(QStringLiteral("Ceci est un message de test. ")),
                 qPrintable(script));
        QVERIFY2(script.endsWith(QStringLiteral(" Fin du message de test.")), qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("Allo Industrie Rouen Métropole")),
                 qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("Message d'ENTREPRISE TEST, Site test, à Rouen.")),
                 qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("Terminé. C'était du mercredi 27 mars à huit "
                                                "heures au jeudi 28 mars à dix-huit heures.")),
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
                     "Prévu du vendredi 27 mars à onze heures au dimanche 29 mars à treize "
                     "heures.")),
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
                     "Planned from Friday 27 March at seven a.m. to Saturday 28 March at seven "
                     "p.m. Maintenance")),
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
                     "Exercice du plan d'opération interne à huit heures trente le mercredi 27 "
                     "mars, "
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
        QVERIFY2(fr.contains(QStringLiteral("Torchage jusqu'à dix-huit heures")), qPrintable(fr));
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
        QVERIFY(out.text.contains(QStringLiteral("Torchage visible jusqu'à dix-huit heures.")));
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

    // The period as it stands when the message is played (the render clock, context.sentAt):
    // planned, under way or over; never "planned" for an incident already under way.
    void render_periodSentence_followsTheRenderClock_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("expected");
        QTest::newRow("incident under way, fr")
            << "incident-smoke"
            << "fr"
            << "2026-10-14T17:00:00+02:00"
            << "En cours depuis le mercredi 14 octobre à seize heures quarante-deux et jusqu'à "
               "nouvel ordre.";
        QTest::newRow("incident before its start, fr")
            << "incident-smoke"
            << "fr"
            << "2026-10-14T16:00:00+02:00"
            << "Prévu à partir du mercredi 14 octobre à seize heures quarante-deux et jusqu'à "
               "nouvel ordre.";
        QTest::newRow("flaring under way, en")
            << "flaring-maintenance"
            << "en"
            << "2026-03-27T09:00:00+01:00"
            << "Under way since Friday 27 March at seven a.m. until Saturday 28 March at seven "
               "p.m. Maintenance";
        QTest::newRow("flaring over, en")
            << "flaring-maintenance"
            << "en"
            << "2026-03-29T09:00:00+01:00"
            << "Now over. It was from Friday 27 March at seven a.m. to Saturday 28 March at seven "
               "p.m. Maintenance";
        QTest::newRow("drill under way the same day, fr")
            << "poi-drill"
            << "fr"
            << "2026-05-12T10:00:00+02:00"
            << "En cours depuis le mardi 12 mai à neuf heures trente et jusqu'à midi.";
        QTest::newRow("drill over, fr")
            << "poi-drill"
            << "fr"
            << "2026-05-12T12:00:00+02:00"
            << "Terminé. C'était le mardi 12 mai de neuf heures trente à midi.";
    }

    void render_periodSentence_followsTheRenderClock()
    {
        QFETCH(QString, sample);
        QFETCH(QString, language);
        QFETCH(QString, now);
        QFETCH(QString, expected);
        const Notice notice = TestData::sample(sample);
        RenderContext c = context(notice.territory());
        c.sentAt = QDateTime::fromString(now, Qt::ISODate);
        const QString script = HotlineScript::render(notice, c, language);
        QVERIFY2(script.contains(expected), qPrintable(script));
        QVERIFY2(!script.contains(QStringLiteral("Prévu")) || expected.startsWith(u"Prévu"),
                 qPrintable(script));
        QVERIFY2(!script.contains(QStringLiteral("Planned")), qPrintable(script));
    }

    // The issue's case: a link with a protocol is never spelled out, whatever its domain, nor
    // an e-mail address; each is replaced by where to find it, in the script's language.
    void render_linksAndEmails_namedNotRead_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << "fr"
                            << "Détails au site internet d'Allo Industrie Rouen Métropole ou à "
                               "l'adresse électronique indiquée sur le site internet d'Allo "
                               "Industrie Rouen Métropole.";
        QTest::newRow("en")
            << "en"
            << "Details at the Allo Industrie Rouen Métropole website or the "
               "e-mail address given on the Allo Industrie Rouen Métropole website.";
    }

    void render_linksAndEmails_namedNotRead()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        Notice notice = TestData::sample(QStringLiteral("seed-test-message"));
        notice.setText(language, language == QLatin1String("fr")
                                     ? QStringLiteral("Détails à https://allo-industrie.example/x "
                                                      "ou à contact@usine.example.")
                                     : QStringLiteral("Details at https://allo-industrie.example/x "
                                                      "or contact@usine.example."));
        const QString script = HotlineScript::render(notice, context(), language);
        QVERIFY2(script.contains(expected), qPrintable(script));
        QVERIFY2(!script.contains(QStringLiteral("example")), qPrintable(script));
    }

    // Whatever the sample and language, the script gives the voice nothing it would misread.
    void everySample_saysNothingAVoiceMisreads()
    {
        static const QRegularExpression misread(QStringLiteral(
            R"(://|@|#|\d ?h\b|\d:\d|[<>*_\x{00A0}\x{202F}]|\b(?:am|pm)\b|a\.m\. ?a\.?m)"));
        for (const QString &path : TestData::samplePaths()) {
            const Notice notice = TestData::sample(QFileInfo(path).baseName());
            for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
                const QString script =
                    HotlineScript::render(notice, context(notice.territory()), language);
                const QRegularExpressionMatch m = misread.match(script);
                QVERIFY2(!m.hasMatch(),
                         qPrintable(m.captured(0) + QStringLiteral(" in ") + script));
                for (const QChar c : script)
                    QVERIFY2(!c.isSurrogate() && c.category() != QChar::Symbol_Other,
                             qPrintable(script));
            }
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

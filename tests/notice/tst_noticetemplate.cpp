#include "NoticeTemplate.h"
#include "NoticeValidator.h"
#include "TerritoryCatalog.h"
#include "TestData.h"
#include "Vocabulary.h"

#include <QTest>

class TestNoticeTemplate : public QObject
{
    Q_OBJECT

private slots:
    void everyType_givesAValidDraftInBothLanguages_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString &type : Vocabulary::types())
            QTest::newRow(qPrintable(type)) << type;
    }

    void everyType_givesAValidDraftInBothLanguages()
    {
        QFETCH(QString, type);
        const QTimeZone paris("Europe/Paris");
        QVERIFY(NoticeTemplate::builtIn().hasType(type));
        Notice n = draft();
        NoticeTemplate::builtIn().apply(n, type, paris);
        QCOMPARE(n.type(), type);
        for (const QString &language : Vocabulary::languages()) {
            const QString text = n.text(language);
            QVERIFY2(text.size() > 40, qPrintable(text));
            QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("  ")), qPrintable(text));
            QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
        }
        const ValidationIssues issues =
            NoticeValidator(TerritoryCatalog::builtIn(), TestData::sampleNow())
                .validate(n.toJson());
        QVERIFY(!hasErrors(issues));
    }

    void flaring_readsNaturally()
    {
        Notice n = draft();
        n.setIntermittent(true);
        NoticeTemplate::builtIn().apply(n, QStringLiteral("flaring"), QTimeZone("Europe/Paris"));
        QCOMPARE(n.effects(), QStringList({"flaring", "noise", "light"}));
        QCOMPARE(
            n.text(QStringLiteral("fr")),
            QStringLiteral("Des opérations de torchage auront lieu sur notre site du vendredi "
                           "27 mars à 7 h au samedi 28 mars 2026 à 19 h. Les riverains pourront "
                           "percevoir, par intermittence, des flammes de torche, du bruit et une "
                           "lueur visible la nuit. Il n'y a aucun risque pour la population."));
        QCOMPARE(
            n.text(QStringLiteral("en")),
            QStringLiteral("Flaring will take place on our site from Friday 27 March at 07:00 "
                           "to Saturday 28 March 2026 at 19:00. Residents may notice, from time "
                           "to time, flames from the flare, noise and a glow at night. There is "
                           "no risk to the public."));
    }

    void refreshText_followsThePeriodAndEffects()
    {
        Notice n = draft();
        const QTimeZone paris("Europe/Paris");
        NoticeTemplate::builtIn().apply(n, QStringLiteral("steam"), paris);
        n.setEnd(std::nullopt);
        n.setEffects({QStringLiteral("steam"), QStringLiteral("noise")});
        NoticeTemplate::builtIn().refreshText(n, paris);
        const QString fr = n.text(QStringLiteral("fr"));
        QVERIFY2(fr.contains(QStringLiteral("jusqu'à nouvel ordre")), qPrintable(fr));
        QVERIFY2(fr.contains(QLatin1String("des panaches de vapeur d'eau et du bruit")),
                 qPrintable(fr));
    }

    void noEffects_leavesNoEmptySentence()
    {
        Notice n = draft();
        NoticeTemplate::builtIn().apply(n, QStringLiteral("other"), QTimeZone("Europe/Paris"));
        QVERIFY(n.effects().isEmpty());
        QVERIFY(!n.text(QStringLiteral("fr")).contains(QLatin1String("riverains")));
    }

private:
    static Notice draft()
    {
        Notice n = Notice::create();
        n.setTerritory(QStringLiteral("rouen-metropole"));
        n.setCompany(QStringLiteral("Chimie de la Vallée"));
        n.setSite({QStringLiteral("cv"), QStringLiteral("Usine"), QStringLiteral("Rouen"), {}, {}});
        n.setStart(QDateTime::fromString(QStringLiteral("2026-03-27T07:00:00+01:00"), Qt::ISODate));
        n.setEnd(QDateTime::fromString(QStringLiteral("2026-03-28T19:00:00+01:00"), Qt::ISODate));
        return n;
    }
};

QTEST_GUILESS_MAIN(TestNoticeTemplate)
#include "tst_noticetemplate.moc"

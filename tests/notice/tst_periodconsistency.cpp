#include "NoticeTemplate.h"
#include "PeriodConsistency.h"
#include "TestData.h"

#include <QTest>

namespace {

const QTimeZone kParis("Europe/Paris");

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

// A 13–17 h flaring notice written by hand, with per-channel texts.
Notice sentNotice()
{
    Notice n = TestData::sample(QStringLiteral("flaring-maintenance"));
    n.setStart(at("2026-12-02T13:00:00+01:00"));
    n.setEnd(at("2026-12-02T17:00:00+01:00"));
    n.setText(QStringLiteral("fr"), QStringLiteral("Torchage de 13 h à 17 h. Prochain point "
                                                   "d'information à 18 h 00."));
    n.setText(QStringLiteral("en"), QStringLiteral("Flaring from 1 pm to 5 pm."));
    n.setOverride(QStringLiteral("x"), QStringLiteral("Torchage jusqu'à 17 h."));
    n.setOverride(QStringLiteral("hotline"), QStringLiteral("Torchage jusqu'à 17 heures."));
    return n;
}

QStringList paths(const ValidationIssues &issues)
{
    QStringList result;
    for (const ValidationIssue &i : issues) {
        if (i.code == QLatin1String("period_text_mismatch"))
            result.append(i.path);
    }
    return result;
}

} // namespace

class TestPeriodConsistency : public QObject
{
    Q_OBJECT

private slots:
    void check_samplesSayTheirPeriod()
    {
        // Realistic texts, with other moments in them ("Prochain point d'information à 18 h
        // 00"), dates that agree ("du 27 au 28 mars", "mardi 21 avril à 12 h"): no warning.
        for (const QString &path : TestData::samplePaths()) {
            const Notice n = TestData::sample(QFileInfo(path).baseName());
            QCOMPARE(paths(PeriodConsistency::check(n, kParis)), QStringList());
        }
    }

    void check_extendedPeriod_warnsInEveryTextAndChannel()
    {
        Notice n = sentNotice();
        QCOMPARE(PeriodConsistency::check(n, kParis), ValidationIssues());
        n.setEnd(at("2026-12-02T18:00:00+01:00"));
        const ValidationIssues issues = PeriodConsistency::check(n, kParis);
        QCOMPARE(paths(issues),
                 QStringList({"text.fr", "text.en", "overrides.x.fr", "overrides.hotline.fr"}));
        for (const ValidationIssue &i : issues)
            QVERIFY(!i.isError());
        QCOMPARE(issues.first().args,
                 QStringList({QStringLiteral("de 13 h à 17 h"), QStringLiteral("de 13 h à 18 h")}));
        QVERIFY(issues.first().message().contains(QStringLiteral("de 13 h à 18 h")));
    }

    void rewrite_fixesEveryChannel()
    {
        Notice n = sentNotice();
        n.setEnd(at("2026-12-02T18:00:00+01:00"));
        const Notice fixed = PeriodConsistency::rewrite(n, kParis);
        QCOMPARE(PeriodConsistency::check(fixed, kParis), ValidationIssues());
        QCOMPARE(
            fixed.text(QStringLiteral("fr")),
            QStringLiteral("Torchage de 13 h à 18 h. Prochain point d'information à 18 h 00."));
        QCOMPARE(fixed.text(QStringLiteral("en")), QStringLiteral("Flaring from 13:00 to 18:00."));
        QCOMPARE(fixed.override(QStringLiteral("x"), QStringLiteral("fr")),
                 QStringLiteral("Torchage jusqu'à 18 h."));
        QCOMPARE(fixed.override(QStringLiteral("hotline"), QStringLiteral("fr")),
                 QStringLiteral("Torchage jusqu'à 18 h."));
        // Nothing else moves.
        Notice expected = fixed;
        expected.setText(QStringLiteral("fr"), n.text(QStringLiteral("fr")));
        expected.setText(QStringLiteral("en"), n.text(QStringLiteral("en")));
        expected.setOverride(QStringLiteral("x"),
                             n.override(QStringLiteral("x"), QStringLiteral("fr")));
        expected.setOverride(QStringLiteral("hotline"),
                             n.override(QStringLiteral("hotline"), QStringLiteral("fr")));
        QCOMPARE(expected.toJson(), n.toJson());
    }

    void templatePhrase_followsThePeriodUntilTheUserChangesIt()
    {
        Notice n = TestData::sample(QStringLiteral("flaring-maintenance"));
        n.setStart(at("2026-12-02T13:00:00+01:00"));
        n.setEnd(at("2026-12-02T17:00:00+01:00"));
        NoticeTemplate::builtIn().apply(n, QStringLiteral("flaring"), kParis);
        QCOMPARE(n.linkedPeriodPhrase(QStringLiteral("fr")),
                 QStringLiteral("le mercredi 2 décembre 2026 de 13 h à 17 h"));
        // The officer adds a sentence of their own: the text no longer is the template's, but
        // its period phrase still follows the period.
        n.setText(QStringLiteral("fr"),
                  n.text(QStringLiteral("fr")) + QStringLiteral(" Fermez vos fenêtres."));
        n.setEnd(at("2026-12-02T18:00:00+01:00"));
        NoticeTemplate::followPeriod(n, kParis);
        QVERIFY(n.text(QStringLiteral("fr"))
                    .contains(QStringLiteral("le mercredi 2 décembre 2026 de 13 h à 18 h")));
        QVERIFY(n.text(QStringLiteral("fr")).endsWith(QStringLiteral("Fermez vos fenêtres.")));
        QVERIFY(n.text(QStringLiteral("en"))
                    .contains(QLatin1String("on Wednesday 2 December 2026 from 13:00 to 18:00")));
        QCOMPARE(PeriodConsistency::check(n, kParis), ValidationIssues());
        // Then rewrites the phrase itself: it is theirs, the period no longer touches it.
        n.setText(QStringLiteral("fr"),
                  n.text(QStringLiteral("fr"))
                      .replace(QStringLiteral("le mercredi 2 décembre 2026 de 13 h à 18 h"),
                               QStringLiteral("cet après-midi")));
        n.setEnd(at("2026-12-02T19:00:00+01:00"));
        NoticeTemplate::followPeriod(n, kParis);
        QVERIFY(n.text(QStringLiteral("fr")).contains(QStringLiteral("cet après-midi")));
        QCOMPARE(n.linkedPeriodPhrase(QStringLiteral("fr")), QString());
        QCOMPARE(n.linkedPeriodPhrase(QStringLiteral("en")),
                 QStringLiteral("on Wednesday 2 December 2026 from 13:00 to 19:00"));
    }
};

QTEST_GUILESS_MAIN(TestPeriodConsistency)
#include "tst_periodconsistency.moc"

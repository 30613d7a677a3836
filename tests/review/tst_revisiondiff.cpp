#include "RevisionDiff.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using Kind = RevisionDiff::Segment::Kind;

namespace {

Notice notice(const QString &fr)
{
    Notice n;
    n.setTerritory(QStringLiteral("rouen-metropole"));
    n.setType(QStringLiteral("flaring"));
    n.setStatus(QStringLiteral("actual"));
    n.setStart(QDateTime(QDate(2026, 3, 27), QTime(7, 0), QTimeZone("Europe/Paris")));
    n.setEnd(QDateTime(QDate(2026, 3, 28), QTime(19, 0), QTimeZone("Europe/Paris")));
    n.setEffects({QStringLiteral("flaring"), QStringLiteral("noise")});
    n.setText(QStringLiteral("fr"), fr);
    return n;
}

QString join(const QList<RevisionDiff::Segment> &segments, Kind skipped)
{
    QString out;
    for (const auto &s : segments) {
        if (s.kind != skipped)
            out += s.text;
    }
    return out;
}

} // namespace

// The difference a coordinator reads before deciding on an update.
class TestRevisionDiff : public QObject
{
    Q_OBJECT

private slots:
    void words_markOnlyTheChangedWords()
    {
        const auto segments =
            RevisionDiff::words(QStringLiteral("Des épisodes de torche ponctuels."),
                                QStringLiteral("Des épisodes de torche brefs."));
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments.at(0),
                 (RevisionDiff::Segment{Kind::Same, QStringLiteral("Des épisodes de torche ")}));
        QCOMPARE(segments.at(1),
                 (RevisionDiff::Segment{Kind::Removed, QStringLiteral("ponctuels.")}));
        QCOMPARE(segments.at(2), (RevisionDiff::Segment{Kind::Added, QStringLiteral("brefs.")}));
        QCOMPARE(RevisionDiff::marked(segments),
                 QStringLiteral("Des épisodes de torche [-ponctuels.-]{+brefs.+}"));
    }

    void words_giveBackBothTexts_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("insert") << "un deux trois"
                                << "un deux et demi trois";
        QTest::newRow("delete") << "un deux trois"
                                << "un trois";
        QTest::newRow("spaces") << "un  deux\ntrois"
                                << "un deux trois";
        QTest::newRow("empty before") << ""
                                      << "tout neuf";
        QTest::newRow("empty after") << "tout vieux"
                                     << "";
        QTest::newRow("reordered") << "a b c d e"
                                   << "e d c b a";
    }

    void words_giveBackBothTexts()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const auto segments = RevisionDiff::words(before, after);
        QCOMPARE(join(segments, Kind::Added), before);
        QCOMPARE(join(segments, Kind::Removed), after);
        for (qsizetype i = 1; i < segments.size(); ++i)
            QVERIFY(segments.at(i).kind != segments.at(i - 1).kind);
    }

    void identicalTexts_areOneSameSegment()
    {
        const auto segments =
            RevisionDiff::words(QStringLiteral("pareil"), QStringLiteral("pareil"));
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.first().kind, Kind::Same);
        const RevisionDiff diff(notice(QStringLiteral("x")), notice(QStringLiteral("x")));
        QVERIFY(diff.isEmpty());
        QVERIFY(diff.changes().isEmpty());
    }

    void periodAndEffects_areListedAsChanges()
    {
        const Notice before = notice(QStringLiteral("Texte."));
        Notice after = before;
        after.setEnd(QDateTime(QDate(2026, 3, 29), QTime(19, 0), QTimeZone("Europe/Paris")));
        after.setEffects({QStringLiteral("flaring"), QStringLiteral("light")});
        const RevisionDiff diff(before, after);
        QVERIFY(!diff.isEmpty());
        QVERIFY(diff.periodChanged());
        QVERIFY(!diff.textChanged(QStringLiteral("fr")));
        QCOMPARE(diff.addedEffects(), QStringList{QStringLiteral("light")});
        QCOMPARE(diff.removedEffects(), QStringList{QStringLiteral("noise")});
        QCOMPARE(diff.changes().size(), 2);
        QCOMPARE(diff.changes().at(0).field, QStringLiteral("period"));
        QVERIFY(diff.changes().at(0).before.contains(QStringLiteral("28")));
        QVERIFY(diff.changes().at(0).after.contains(QStringLiteral("29")));
        QCOMPARE(diff.changes().at(1).field, QStringLiteral("effects"));
    }

    // The texts the hotline says and the posts publish instead of the notice's text.
    void overrides_addedChangedRemoved_areChangesWithBothSides()
    {
        Notice before = notice(QStringLiteral("Texte."));
        before.setOverride(QStringLiteral("hotline"), QStringLiteral("Torchage ce matin."));
        before.setOverride(QStringLiteral("x"), QStringLiteral("Torchage à Grand-Quevilly."));
        before.setOverride(QStringLiteral("sms"), QStringLiteral("Torchage, pas de danger."));
        Notice after = before;
        after.setOverride(QStringLiteral("hotline"), QStringLiteral("Torchage toute la journée."));
        after.setOverride(QStringLiteral("x"), QString());
        after.setOverride(QStringLiteral("mastodon"), QStringLiteral("Torchage en cours."));
        const RevisionDiff diff(before, after);
        QVERIFY(!diff.isEmpty());
        QVERIFY(!diff.textChanged(QStringLiteral("fr")));
        const auto changes = diff.changes();
        QCOMPARE(changes.size(), 3); // the SMS, unchanged, is not among them
        QCOMPARE(changes.at(0).field, QStringLiteral("override:hotline"));
        QCOMPARE(changes.at(0).before, QStringLiteral("Torchage ce matin."));
        QCOMPARE(changes.at(0).after, QStringLiteral("Torchage toute la journée."));
        QCOMPARE(changes.at(1).field, QStringLiteral("override:x"));
        QCOMPARE(changes.at(1).before, QStringLiteral("Torchage à Grand-Quevilly."));
        QCOMPARE(changes.at(1).after, QString());
        QCOMPARE(changes.at(2).field, QStringLiteral("override:mastodon"));
        QCOMPARE(changes.at(2).before, QString());
        QCOMPARE(changes.at(2).after, QStringLiteral("Torchage en cours."));
    }

    // A revision sent before API 1.2.0 and the same texts written by language: no change.
    void sameTexts_inBothShapes_areNoChange()
    {
        Notice before = notice(QStringLiteral("Texte."));
        before.setOverride(QStringLiteral("x"), QStringLiteral("Torchage."));
        before.setOverride(QStringLiteral("hotline"), QStringLiteral("Torchage ce matin."));
        QJsonObject json = before.toJson();
        json.insert(QStringLiteral("overrides"),
                    QJsonObject{{QStringLiteral("x"),
                                 QJsonObject{{QStringLiteral("fr"), QStringLiteral("Torchage.")},
                                             {QStringLiteral("en"), QStringLiteral("Torchage.")}}},
                                {QStringLiteral("hotline"),
                                 QJsonObject{{QStringLiteral("fr"),
                                              QStringLiteral("Torchage ce matin.")}}}});
        const Notice after(json);
        QVERIFY(before.toJson() != after.toJson());
        QVERIFY(RevisionDiff(before, after).isEmpty());
        QVERIFY(RevisionDiff(after, before).isEmpty());
    }

    // Only the English X text changed: said so, and named with its language.
    void oneLanguagesText_isAChangeNamedWithItsLanguage()
    {
        Notice before = notice(QStringLiteral("Texte."));
        before.setOverride(QStringLiteral("x"), QStringLiteral("Torchage."));
        Notice after = before;
        after.setOverride(QStringLiteral("x"), QStringLiteral("en"), QStringLiteral("Flaring."));
        const auto changes = RevisionDiff(before, after).changes();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).field, QStringLiteral("override:x:en"));
        QCOMPARE(changes.at(0).before, QStringLiteral("Torchage."));
        QCOMPARE(changes.at(0).after, QStringLiteral("Flaring."));
        QCOMPARE(RevisionDiff::fieldLabel(changes.at(0).field), QStringLiteral("X post (English)"));
    }

    void unchangedOverrides_linkAndContact_giveNoChange()
    {
        Notice before = notice(QStringLiteral("Texte."));
        before.setOverride(QStringLiteral("hotline"), QStringLiteral("Torchage ce matin."));
        before.setOverride(QStringLiteral("sms"), QStringLiteral("Torchage, pas de danger."));
        before.setLink(QStringLiteral("https://chimie.example/torchage"));
        before.setContact(QStringLiteral("0800 00 00 00"));
        Notice after = before;
        after.setText(QStringLiteral("fr"), QStringLiteral("Texte revu."));
        const RevisionDiff diff(before, after);
        QVERIFY(diff.textChanged(QStringLiteral("fr")));
        QVERIFY(diff.changes().isEmpty());
        QVERIFY(RevisionDiff(before, before).isEmpty());
    }

    void linkAndContact_areChangesWithBothSides()
    {
        Notice before = notice(QStringLiteral("Texte."));
        before.setLink(QStringLiteral("https://chimie.example/torchage"));
        Notice after = before;
        after.setLink(QStringLiteral("https://chimie.example/torchage-2"));
        after.setContact(QStringLiteral("0800 00 00 00"));
        const RevisionDiff diff(before, after);
        QVERIFY(!diff.isEmpty());
        const auto changes = diff.changes();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).field, QStringLiteral("link"));
        QCOMPARE(changes.at(0).before, QStringLiteral("https://chimie.example/torchage"));
        QCOMPARE(changes.at(0).after, QStringLiteral("https://chimie.example/torchage-2"));
        QCOMPARE(changes.at(1).field, QStringLiteral("contact"));
        QCOMPARE(changes.at(1).before, QString());
        QCOMPARE(changes.at(1).after, QStringLiteral("0800 00 00 00"));
    }

    // The rhythm, the company and the territory: rarely changed, so easily overlooked.
    void rhythmCompanyAndTerritory_showWhenChanged_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("intermittent") << "intermittent"
                                      << "Rhythm"
                                      << "Continuous"
                                      << "Intermittent";
        QTest::newRow("company") << "company"
                                 << "Company"
                                 << "Chimie de la Vallée"
                                 << "Chimie de la Vallée SAS";
        QTest::newRow("territory") << "territory"
                                   << "Territory"
                                   << "Allo Industrie Rouen Métropole"
                                   << "Allo Industrie Le Havre";
    }

    void rhythmCompanyAndTerritory_showWhenChanged()
    {
        QFETCH(QString, field);
        QFETCH(QString, label);
        QFETCH(QString, before);
        QFETCH(QString, after);
        Notice was = notice(QStringLiteral("Texte."));
        was.setCompany(QStringLiteral("Chimie de la Vallée"));
        Notice is = was;
        if (field == QLatin1String("intermittent"))
            is.setIntermittent(true);
        else if (field == QLatin1String("company"))
            is.setCompany(QStringLiteral("Chimie de la Vallée SAS"));
        else
            is.setTerritory(QStringLiteral("le-havre"));
        const RevisionDiff diff(was, is);
        QVERIFY(!diff.isEmpty());
        const auto changes = diff.changes();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).field, field);
        QCOMPARE(changes.at(0).before, before);
        QCOMPARE(changes.at(0).after, after);
        QCOMPARE(RevisionDiff::fieldLabel(field), label);
        // Back the other way: the same field, both sides swapped.
        const auto back = RevisionDiff(is, was).changes();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0).before, after);
        QCOMPARE(back.at(0).after, before);
    }

    void rhythmCompanyAndTerritory_unchanged_giveNoChange()
    {
        Notice before = notice(QStringLiteral("Texte."));
        before.setIntermittent(true);
        before.setCompany(QStringLiteral("Chimie de la Vallée"));
        before.setTerritory(QStringLiteral("le-havre"));
        Notice after = before;
        after.setText(QStringLiteral("fr"), QStringLiteral("Texte revu."));
        const RevisionDiff diff(before, after);
        QVERIFY(diff.textChanged(QStringLiteral("fr")));
        QVERIFY(diff.changes().isEmpty());
    }

    // allo-cli review show and the view print these, never the raw field names.
    void everyField_hasAReadableLabel()
    {
        const QStringList fields = {QStringLiteral("period"),
                                    QStringLiteral("effects"),
                                    QStringLiteral("intermittent"),
                                    QStringLiteral("type"),
                                    QStringLiteral("status"),
                                    QStringLiteral("territory"),
                                    QStringLiteral("company"),
                                    QStringLiteral("site"),
                                    QStringLiteral("override:hotline"),
                                    QStringLiteral("override:x"),
                                    QStringLiteral("override:mastodon"),
                                    QStringLiteral("override:sms"),
                                    QStringLiteral("link"),
                                    QStringLiteral("contact")};
        QStringList labels;
        for (const QString &field : fields)
            labels.append(RevisionDiff::fieldLabel(field));
        for (const QString &label : std::as_const(labels)) {
            QVERIFY2(!label.front().isLower(), qPrintable(label));
            QVERIFY2(!label.contains(QLatin1Char(':')), qPrintable(label));
        }
        QCOMPARE(RevisionDiff::fieldLabel(QStringLiteral("override:x")), QStringLiteral("X post"));
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    }

    void languages_coverTextsOnEitherSide()
    {
        Notice before = notice(QStringLiteral("Texte."));
        Notice after = before;
        after.setText(QStringLiteral("en"), QStringLiteral("Text."));
        const RevisionDiff diff(before, after);
        QCOMPARE(diff.languages(), (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
        QVERIFY(diff.textChanged(QStringLiteral("en")));
        QCOMPARE(diff.text(QStringLiteral("en")),
                 (QList<RevisionDiff::Segment>{{Kind::Added, QStringLiteral("Text.")}}));
    }
};

QTEST_GUILESS_MAIN(TestRevisionDiff)
#include "tst_revisiondiff.moc"

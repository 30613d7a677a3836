#include "Localization.h"
#include "RevisionDiff.h"
#include "RevisionDiffView.h"
#include "TestData.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// What the view marks under each bold heading: "-words" on red (before), "+words" on green
// (after), in reading order, as the coordinator sees them.
QMap<QString, QStringList> marks(const RevisionDiffView &view)
{
    QMap<QString, QStringList> result;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        QString heading;
        QStringList marked;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString text = fragment.text().trimmed();
            if (format.fontWeight() >= QFont::Bold)
                heading += text;
            else if (format.background().color() == QColor(0xf8, 0xd0, 0xd0))
                marked.append(QLatin1Char('-') + text);
            else if (format.background().color() == QColor(0xc8, 0xf0, 0xc8))
                marked.append(QLatin1Char('+') + text);
        }
        if (!heading.isEmpty())
            result.insert(heading, marked);
    }
    return result;
}

} // namespace

// The changes a coordinator reads before approving: the channels' own texts, the link and the
// contact among them, each under the name the composer gives it.
class TestRevisionDiffView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Localization::apply(QStringLiteral("en")); }

    void overrides_linkAndContact_areShownWithTheirNames()
    {
        Notice before = TestData::sample(QStringLiteral("flaring-maintenance"));
        before.setOverride(QStringLiteral("hotline"), QStringLiteral("Torchage ce matin."));
        before.setOverride(QStringLiteral("x"), QStringLiteral("Torchage visible."));
        before.setOverride(QStringLiteral("sms"), QStringLiteral("Torchage, pas de danger."));
        before.setLink(QStringLiteral("https://chimie.example/torchage"));
        before.setContact(QString());
        Notice after = before;
        after.setOverride(QStringLiteral("hotline"), QStringLiteral("Torchage tout le jour."));
        after.setOverride(QStringLiteral("x"), QString());
        after.setOverride(QStringLiteral("mastodon"), QStringLiteral("Torchage en cours."));
        after.setLink(QStringLiteral("https://chimie.example/torchage-2"));
        after.setContact(QStringLiteral("0800 00 00 00"));

        RevisionDiffView view;
        view.showDiff(RevisionDiff(before, after), 1, 2, true);
        const auto shown = marks(view);
        QCOMPARE(shown.value(QStringLiteral("Hotline script")),
                 (QStringList{QStringLiteral("-ce matin."), QStringLiteral("+tout le jour.")}));
        QCOMPARE(shown.value(QStringLiteral("X post")),
                 QStringList{QStringLiteral("-Torchage visible.")});
        QCOMPARE(shown.value(QStringLiteral("Mastodon post")),
                 QStringList{QStringLiteral("+Torchage en cours.")});
        QCOMPARE(shown.value(QStringLiteral("Link")),
                 (QStringList{QStringLiteral("-https://chimie.example/torchage"),
                              QStringLiteral("+https://chimie.example/torchage-2")}));
        QCOMPARE(shown.value(QStringLiteral("Contact")),
                 (QStringList{QStringLiteral("-(none)"), QStringLiteral("+0800 00 00 00")}));
        QVERIFY2(!shown.contains(QStringLiteral("SMS")), qPrintable(view.toPlainText()));
        QVERIFY2(!view.toPlainText().contains(QStringLiteral("override")),
                 qPrintable(view.toPlainText()));
    }

    void rhythmCompanyAndTerritory_areShownWithTheirNames()
    {
        const Notice before = TestData::sample(QStringLiteral("flaring-maintenance"));
        Notice after = before;
        after.setIntermittent(false);
        after.setCompany(QStringLiteral("Raffinerie de Gonfreville SAS"));
        after.setTerritory(QStringLiteral("rouen-metropole"));

        RevisionDiffView view;
        view.showDiff(RevisionDiff(before, after), 1, 2, true);
        const auto shown = marks(view);
        QCOMPARE(shown.value(QStringLiteral("Rhythm")),
                 (QStringList{QStringLiteral("-Intermittent"), QStringLiteral("+Continuous")}));
        QCOMPARE(shown.value(QStringLiteral("Company")),
                 (QStringList{QStringLiteral("-Raffinerie de Gonfreville"),
                              QStringLiteral("+Raffinerie de Gonfreville SAS")}));
        QCOMPARE(shown.value(QStringLiteral("Territory")),
                 (QStringList{QStringLiteral("-Allo Industrie Le Havre"),
                              QStringLiteral("+Allo Industrie Rouen Métropole")}));
    }

    void unchangedOverride_nothingChanged()
    {
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        notice.setOverride(QStringLiteral("hotline"), QStringLiteral("Torchage ce matin."));
        RevisionDiffView view;
        view.showDiff(RevisionDiff(notice, notice), 1, 2, true);
        QVERIFY2(view.toPlainText().contains(QStringLiteral("Nothing changed.")),
                 qPrintable(view.toPlainText()));
        QVERIFY(!view.toPlainText().contains(QStringLiteral("Hotline script")));
    }
};

QTEST_MAIN(TestRevisionDiffView)
#include "tst_revisiondiffview.moc"

#include "ChannelOutput.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "PreviewPanel.h"
#include "TempProfile.h"
#include "TempSettings.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

namespace {

const Clock kClock(QDateTime::fromString(QStringLiteral("2026-03-26T10:12:00+01:00"), Qt::ISODate));

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_temp.isValid());
        m_profile.emplace(kClock);
        QVERIFY2(m_profile->isOpen(), qPrintable(m_profile->errorString()));
        Localization::apply(QStringLiteral("fr"));
    }

    // kClock is 10:12 in Paris; a new notice runs 11:00–15:00.
    void quickChoices_extendTheEnd()
    {
        NoticeEditor editor(kClock);
        const auto end = [&editor] { return editor.notice().end()->toUTC(); };
        const auto button = [&editor](const char *name) {
            return editor.findChild<QPushButton *>(QLatin1String(name));
        };
        button("quick1h")->click();
        QCOMPARE(end(), at("2026-03-26T16:00:00+01:00"));
        button("quick4h")->click();
        QCOMPARE(end(), at("2026-03-26T20:00:00+01:00"));
        // A notice under way whose end has passed: from now.
        Notice n = editor.notice();
        n.setStart(at("2026-03-26T08:00:00+01:00"));
        n.setEnd(at("2026-03-26T09:00:00+01:00"));
        editor.setNotice(n);
        button("quick1h")->click();
        QCOMPARE(end(), at("2026-03-26T11:12:00+01:00"));
        // This evening in Paris, 20:00 (19:00 UTC), not 23:00 UTC.
        button("quickTonight")->click();
        QCOMPARE(end(), at("2026-03-26T20:00:00+01:00"));
    }

    // An event under way starts now, at this minute: at 06:40:37, 06:40 (not 07:00, the next
    // hour a new notice starts at, nor 06:41).
    void now_startsTheNoticeAtThisMinute()
    {
        NoticeEditor editor(Clock(at("2026-03-26T06:40:37.500+01:00")));
        QCOMPARE(editor.notice().start().toUTC(), at("2026-03-26T07:00:00+01:00"));
        editor.findChild<QPushButton *>(QStringLiteral("startNow"))->click();
        QCOMPARE(editor.notice().start().toUTC(), at("2026-03-26T06:40:00+01:00"));
        QCOMPARE(editor.findChild<QDateTimeEdit *>(QStringLiteral("start"))->text(),
                 QStringLiteral("26/03/2026 06:40"));
        QVERIFY(editor.isTouched());
    }

    // One site of the account in the notice's territory: filled in, the notice untouched (so
    // not a draft yet). Two: the officer chooses.
    void singleSiteInTheTerritory_isPreselected()
    {
        NoticeEditor editor(kClock);
        const QString territory = editor.notice().territory();
        const auto site = [](const char *id, const char *name, const QString &where) {
            return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                               {QStringLiteral("name"), QString::fromUtf8(name)},
                               {QStringLiteral("commune"), QStringLiteral("Le Grand-Quevilly")},
                               {QStringLiteral("company"), QStringLiteral("Chimie de la Vallée")},
                               {QStringLiteral("territory"), where}};
        };
        editor.setAccount(QStringLiteral("Chimie de la Vallée"),
                          {site("cv-usine", "Usine", territory),
                           site("cv-ailleurs", "Dépôt", QStringLiteral("elsewhere"))});
        QCOMPARE(editor.notice().site().id, QStringLiteral("cv-usine"));
        QCOMPARE(editor.notice().site().commune, QStringLiteral("Le Grand-Quevilly"));
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("siteName"))->text(),
                 QStringLiteral("Usine"));
        QVERIFY(!editor.isTouched());
        QVERIFY(!editor.canUndo());
        editor.startNew(QStringLiteral("noise"));
        QCOMPARE(editor.notice().site().id, QStringLiteral("cv-usine"));

        editor.setAccount(
            QStringLiteral("Chimie de la Vallée"),
            {site("cv-usine", "Usine", territory), site("cv-port", "Port", territory)});
        editor.startNew(QStringLiteral("noise"));
        QVERIFY(editor.notice().site().name.isEmpty());
    }

    void templatePhrase_followsThePeriodAfterTheUserWrites()
    {
        NoticeEditor editor(kClock);
        auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" Fermez les volets."));
        editor.findChild<QPushButton *>(QStringLiteral("quick1h"))->click();
        const QString fr = editor.notice().text(QStringLiteral("fr"));
        QVERIFY2(fr.contains(QStringLiteral("jeudi 26 mars 2026 de 11 h à 16 h")), qPrintable(fr));
        QVERIFY(fr.endsWith(QStringLiteral(" Fermez les volets.")));
        QCOMPARE(text->toPlainText(), fr);
    }

    void stalePeriodPhrases_areRewrittenInOneUndoableStep()
    {
        NoticeEditor editor(kClock);
        Notice n = editor.notice();
        n.setText(QStringLiteral("fr"), QStringLiteral("Torchage de 11 h à 15 h. Prochain point à "
                                                       "18 h."));
        n.setText(QStringLiteral("en"), QStringLiteral("Flaring until 3 pm."));
        n.setOverride(QStringLiteral("x"), QStringLiteral("Torchage jusqu'à 15 h."));
        editor.setNotice(n);
        auto *rewrite = editor.findChild<QPushButton *>(QStringLiteral("rewritePeriod"));
        auto *problem = editor.findChild<QLabel *>(QStringLiteral("problem_text.fr"));
        QVERIFY(rewrite && problem);
        QVERIFY(rewrite->isHidden());
        editor.findChild<QPushButton *>(QStringLiteral("quick1h"))->click();
        QVERIFY(!rewrite->isHidden());
        QVERIFY2(problem->text().contains(QStringLiteral("de 11 h à 16 h")),
                 qPrintable(problem->text()));
        const Notice extended = editor.notice();

        rewrite->click();
        QCOMPARE(editor.notice().text(QStringLiteral("fr")),
                 QStringLiteral("Torchage de 11 h à 16 h. Prochain point à 18 h."));
        QCOMPARE(editor.notice().text(QStringLiteral("en")),
                 QStringLiteral("Flaring until 16:00."));
        QCOMPARE(editor.notice().override(QStringLiteral("x"), QStringLiteral("fr")),
                 QStringLiteral("Torchage jusqu'à 16 h."));
        QVERIFY(rewrite->isHidden());
        QCOMPARE(editor.findChild<QPlainTextEdit *>(QStringLiteral("textFr"))->toPlainText(),
                 editor.notice().text(QStringLiteral("fr")));

        editor.undo();
        QCOMPARE(editor.notice().toJson(), extended.toJson());
        QVERIFY(!rewrite->isHidden());
    }

    void newNotice_isATemplateStartingAtTheNextHour()
    {
        NoticeEditor editor(kClock);
        const Notice &n = editor.notice();
        QCOMPARE(n.type(), QStringLiteral("flaring"));
        QCOMPARE(n.toJson().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-03-26T11:00:00+01:00"));
        QCOMPARE(n.toJson().value(QStringLiteral("end")).toString(),
                 QStringLiteral("2026-03-26T15:00:00+01:00"));
        QVERIFY(n.text(QStringLiteral("fr"))
                    .contains(QStringLiteral("jeudi 26 mars 2026 de 11 h à 15 h")));
    }

    void typing_updatesNoticeProblemsAndPreviews()
    {
        MainWindow window(m_temp.settings(), kClock, m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *editor = window.findChild<NoticeEditor *>();
        auto *previews = window.findChild<PreviewPanel *>();
        auto *company = window.findChild<QLineEdit *>(QStringLiteral("company"));
        auto *companyProblem = window.findChild<QLabel *>(QStringLiteral("problem_company"));
        QVERIFY(editor && previews && company && companyProblem);
        QVERIFY(!companyProblem->text().isEmpty()); // required, still empty
        // Untouched, the notice is only unfinished: the required fields are listed in grey.
        QVERIFY2(companyProblem->text().contains(QLatin1String("#5f6368")),
                 qPrintable(companyProblem->text()));
        auto *siteProblem = window.findChild<QLabel *>(QStringLiteral("problem_site.name"));
        QVERIFY(siteProblem);
        QTest::keyClicks(company, QStringLiteral("Raffinerie de Gonfreville"));
        // Once the user has started, what is still missing is an error.
        QVERIFY2(!siteProblem->text().isEmpty() &&
                     siteProblem->text().contains(QLatin1String("#b00020")),
                 qPrintable(siteProblem->text()));
        QCOMPARE(editor->notice().company(), QStringLiteral("Raffinerie de Gonfreville"));
        QVERIFY(companyProblem->text().isEmpty());

        const double before = previews->outputs().at(2).measure; // x
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" Merci."));
        QCOMPARE(previews->outputs().at(2).measure, before + 7);
        QVERIFY(editor->notice().text(QStringLiteral("fr")).endsWith(QLatin1String(" Merci.")));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("previewTabs"));
        QVERIFY2(tabs->tabText(2).contains(QString::number(before + 7)),
                 qPrintable(tabs->tabText(2)));
        const QString card =
            window.findChild<QWidget *>(QStringLiteral("preview_web"))->property("html").toString();
        QVERIFY(card.contains(QLatin1String("Raffinerie de Gonfreville")));
    }

    void overTheLimit_isUnmistakable()
    {
        MainWindow window(m_temp.settings(), kClock, m_profile->store());
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        text->setPlainText(QString(400, QLatin1Char('a')));
        auto *previews = window.findChild<PreviewPanel *>();
        QVERIFY(previews->outputs().at(2).overLimit);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("previewTabs"));
        QVERIFY(!tabs->tabIcon(2).isNull());
        QCOMPARE(tabs->tabBar()->tabTextColor(2), QColor(0xb0, 0x00, 0x20));
    }

    void userText_isNoLongerRewrittenByTheTemplate()
    {
        NoticeEditor editor(kClock);
        auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        text->setPlainText(QStringLiteral("Notre propre texte."));
        editor.findChild<QToolButton *>(QStringLiteral("effect_dust"))->click();
        QCOMPARE(editor.notice().text(QStringLiteral("fr")), QStringLiteral("Notre propre texte."));
        QVERIFY(editor.notice().effects().contains(QStringLiteral("dust")));
    }

    void requiredComingAndGoing_movesNoFieldBelow()
    {
        NoticeEditor editor(kClock);
        editor.resize(600, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *company = editor.findChild<QLineEdit *>(QStringLiteral("company"));
        auto *problem = editor.findChild<QLabel *>(QStringLiteral("problem_company"));
        const QList<QWidget *> below = {editor.findChild<QLineEdit *>(QStringLiteral("siteName")),
                                        editor.findChild<QDateTimeEdit *>(QStringLiteral("start")),
                                        editor.findChild<QDateTimeEdit *>(QStringLiteral("end"))};
        const auto places = [&] {
            QApplication::processEvents();
            QList<QRect> rects;
            for (QWidget *w : below)
                rects.append(QRect(w->mapTo(&editor, QPoint(0, 0)), w->size()));
            return rects;
        };
        QVERIFY(!problem->text().isEmpty()); // "required", in grey
        const QList<QRect> withProblem = places();
        QTest::keyClicks(company, QStringLiteral("Raffinerie"));
        QVERIFY(problem->text().isEmpty());
        QCOMPARE(places(), withProblem);
        company->selectAll();
        QTest::keyClick(company, Qt::Key_Backspace);
        QVERIFY(problem->text().contains(QStringLiteral("obligatoire")));
        QCOMPARE(places(), withProblem);
    }

    void endBeforeStart_isShownNextToTheEnd()
    {
        NoticeEditor editor(kClock);
        auto *start = editor.findChild<QDateTimeEdit *>(QStringLiteral("start"));
        auto *end = editor.findChild<QDateTimeEdit *>(QStringLiteral("end"));
        end->setDateTime(start->dateTime().addSecs(-3600));
        auto *problem = editor.findChild<QLabel *>(QStringLiteral("problem_end"));
        QVERIFY2(problem->text().contains(QStringLiteral("La fin doit être postérieure au début.")),
                 qPrintable(problem->text()));
    }

    void wallClockTimes_areTheTerritorys_acrossTheClockChange()
    {
        NoticeEditor editor(kClock);
        auto *start = editor.findChild<QDateTimeEdit *>(QStringLiteral("start"));
        auto *end = editor.findChild<QDateTimeEdit *>(QStringLiteral("end"));
        start->setDateTime(QDateTime(QDate(2026, 3, 28), QTime(22, 0), Qt::UTC));
        end->setDateTime(QDateTime(QDate(2026, 3, 29), QTime(10, 0), Qt::UTC));
        QCOMPARE(editor.notice().toJson().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-03-28T22:00:00+01:00"));
        QCOMPARE(editor.notice().toJson().value(QStringLiteral("end")).toString(),
                 QStringLiteral("2026-03-29T10:00:00+02:00"));
    }

    void exercise_putsABandAcrossTheWindow()
    {
        MainWindow window(m_temp.settings(), kClock, m_profile->store());
        window.show();
        auto *band = window.findChild<QLabel *>(QStringLiteral("statusBand"));
        QVERIFY(!band->isVisible());
        auto *status = window.findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(status->findData(QStringLiteral("exercise")));
        QVERIFY(band->isVisible());
        QVERIFY(band->text().startsWith(QStringLiteral("EXERCICE")));
        window.grab().save(QDir::currentPath() + QLatin1String("/composer-exercise.png"));
    }

    void ctrlDigits_switchThePreviews()
    {
        MainWindow window(m_temp.settings(), kClock, m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("previewTabs"));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 5);
    }

private:
    TempSettings m_temp;
    std::optional<TempProfile> m_profile; // a fresh one for each test
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"

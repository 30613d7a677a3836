#include "ChannelRenderer.h"
#include "ConflictDialog.h"
#include "DecisionDialog.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "PreviewPanel.h"
#include "ReviewWorkspace.h"
#include "SendConfirmationDialog.h"
#include "SettingsDialog.h"
#include "TempProfile.h"
#include "TempSettings.h"
#include "TestData.h"
#include "TrainingConsole.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

QString accessibleName(QObject *object)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(object);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

// Every control the keyboard reaches, and every row of every list, without a name a screen
// reader can say: "class objectName" each, empty when there is none.
QStringList unnamed(QWidget *window)
{
    QStringList missing;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->focusPolicy() == Qt::NoFocus || w->focusProxy())
            continue;
        if (accessibleName(w).isEmpty())
            missing.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                           w->objectName());
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                if (index.data(Qt::AccessibleTextRole).toString().isEmpty() &&
                    index.data(Qt::DisplayRole).toString().trimmed().isEmpty())
                    missing.append(QStringLiteral("row %1 of %2").arg(row).arg(w->objectName()));
            }
        }
    }
    return missing;
}

} // namespace

// A screen reader names every control, preview and list row of every window, in French and in
// English; the test lists what it would leave unnamed.
class TestAccessibleNames : public QObject
{
    Q_OBJECT

    static void checkNamed(QWidget *window)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QStringList missing = unnamed(window);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(
                QStringLiteral("Without an accessible name in %1:\n").arg(Localization::current()) +
                missing.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        // Two submissions wait for review; the incident is published at once, so live too.
        QCOMPARE(TrainingTest::submitForReview(
                     m_temp.settings(), m_clock, m_temp.filePath(QStringLiteral("sandbox")),
                     {QStringLiteral("flaring-maintenance"), QStringLiteral("incident-smoke")}),
                 QString());
    }

    void windows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void windows()
    {
        QFETCH(QString, language);
        Localization::apply(language);
        const Notice notice = TestData::sample(QStringLiteral("siren-test"));
        {
            TempProfile profile{Clock(TestData::sampleNow())};
            QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
            profile.store().drafts().save(notice, QStringLiteral("test"));
            MainWindow window(m_temp.settings(), Clock(TestData::sampleNow()), profile.store());
            window.findChild<NoticeEditor *>()->setNotice(notice);
            checkNamed(&window);
        }
        {
            SendConfirmationDialog dialog(notice,
                                          ChannelRenderer::context(notice, TestData::sampleNow()));
            checkNamed(&dialog);
        }
        {
            DecisionDialog dialog(QStringLiteral("Terminer"), QStringLiteral("Terminer l'avis ?"),
                                  QStringLiteral("Motif :"), true);
            checkNamed(&dialog);
        }
        {
            SettingsDialog dialog(m_temp.settings());
            checkNamed(&dialog);
        }
        {
            Notice theirs = notice;
            theirs.setText(QStringLiteral("fr"), QStringLiteral("Autre texte."));
            ConflictDialog dialog(notice, theirs);
            checkNamed(&dialog);
        }
    }

    // A coordinator's review page, signed in to the training sandbox: the queue, a submission's
    // changes and previews, the decision buttons, the same with nothing selected, then the
    // notices live now.
    void reviewPage_data() { windows_data(); }
    void reviewPage()
    {
        QFETCH(QString, language);
        Localization::apply(language);
        TrainingConsole coordinator(m_temp.settings(), m_clock,
                                    m_temp.filePath(QStringLiteral("sandbox")),
                                    QStringLiteral("coord.anne"));
        QCOMPARE(coordinator.start(), QString());
        MainWindow &window = coordinator.window();
        ReviewWorkspace *review = coordinator.showReview();
        QVERIFY(review);
        checkNamed(&window);
        // Nothing selected: the previews are empty, and still named.
        review->queueView()->clearSelection();
        QVERIFY(review->findChild<PreviewPanel *>()->outputs().isEmpty());
        checkNamed(&window);
        review->findChild<QTabWidget *>(QStringLiteral("reviewTabs"))->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(review->liveNowModel().rowCount() > 0, 20000);
        checkNamed(&window);
    }

private:
    TempSettings m_temp;
    Clock m_clock{TestData::sampleNow()};
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"

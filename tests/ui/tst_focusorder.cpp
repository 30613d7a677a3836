#include "ChannelRenderer.h"
#include "ConflictDialog.h"
#include "DecisionDialog.h"
#include "EffectButtons.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ReviewWorkspace.h"
#include "SendConfirmationDialog.h"
#include "SettingsDialog.h"
#include "TempProfile.h"
#include "TempSettings.h"
#include "TestData.h"
#include "TrainingConsole.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <optional>

namespace {

// The child of splitter that holds widget: its pane, counted from the left or the top.
int paneIn(const QSplitter *splitter, const QWidget *widget)
{
    while (widget->parentWidget() != splitter)
        widget = widget->parentWidget();
    return splitter->indexOf(const_cast<QWidget *>(widget));
}

// The panes of the innermost splitter that holds both widgets (splitters nest: the review
// page's queue above its details, the changes above the previews); nothing when none does.
std::optional<std::pair<int, int>> panesOf(const QWidget *a, const QWidget *b)
{
    for (const QWidget *w = a->parentWidget(); w; w = w->parentWidget()) {
        if (const auto *splitter = qobject_cast<const QSplitter *>(w);
            splitter && splitter->isAncestorOf(b))
            return std::pair(paneIn(splitter, a), paneIn(splitter, b));
    }
    return std::nullopt;
}

bool inSplitter(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QSplitter *>(w))
            return true;
    }
    return false;
}

QRect globalRect(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

QString describe(const QWidget *widget)
{
    const QRect r = globalRect(widget);
    return QStringLiteral("%1 %2 at (%3,%4) %5×%6")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

// Whether "next" shows before "previous" when the window is read row by row, left to right
// (a pane of a splitter at a time). Two widgets are on one row when either one's height spans
// the other's middle, so a tall field and the buttons beside it count as one row.
bool showsBefore(const QWidget *next, const QWidget *previous)
{
    const auto panes = panesOf(next, previous);
    if (panes && panes->first != panes->second)
        return panes->first < panes->second;
    if (!panes && inSplitter(next) != inSplitter(previous))
        return false; // one inside the panes, one around them (bands, status bar): no order
    const QRect a = globalRect(previous);
    const QRect b = globalRect(next);
    constexpr int tolerance = 4;
    const bool oneRow = (a.top() <= b.center().y() && b.center().y() <= a.bottom()) ||
                        (b.top() <= a.center().y() && a.center().y() <= b.bottom());
    return oneRow ? b.left() < a.left() - tolerance : b.center().y() < a.center().y();
}

// The widgets Tab visits from the first, with the real key, until it comes back round. A
// date-time field takes a Tab per part before it lets go: it is one stop all the same.
QList<QWidget *> tabWalk(QWidget *window)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return {};
    if (QWidget *focused = window->focusWidget())
        focused->clearFocus();
    QList<QWidget *> walk;
    QTest::keyClick(window, Qt::Key_Tab);
    for (int i = 0; i < 300; ++i) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused || (walk.contains(focused) && focused != walk.constLast()))
            break;
        if (walk.isEmpty() || focused != walk.constLast())
            walk.append(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return walk;
}

// Every control a keyboard user can reach by Tab in the window as it shows now.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisibleTo(window) &&
            w->isEnabled() && w->window() == window)
            stops.append(w);
    }
    return stops;
}

} // namespace

// Tab goes through every window the way it reads, row by row and pane by pane, and reaches
// every control on the way; a group of toggles (the effects) is one stop moved with the arrows.
class TestFocusOrder : public QObject
{
    Q_OBJECT

    // The walk reaches every stop once and never goes back up the window.
    static void checkOrder(QWidget *window)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QList<QWidget *> walk = tabWalk(window);
        QVERIFY2(!walk.isEmpty(), qPrintable(window->objectName()));
        QStringList order;
        for (const QWidget *w : walk)
            order.append(describe(w));
        for (qsizetype i = 1; i < walk.size(); ++i) {
            QVERIFY2(!showsBefore(walk.at(i), walk.at(i - 1)),
                     qPrintable(QStringLiteral("%1 comes after %2 but shows before it:\n%3")
                                    .arg(describe(walk.at(i)), describe(walk.at(i - 1)),
                                         order.join(QLatin1Char('\n')))));
        }
        for (QWidget *stop : tabStops(window))
            QVERIFY2(walk.contains(stop),
                     qPrintable(QStringLiteral("Tab never reaches %1:\n%2")
                                    .arg(describe(stop), order.join(QLatin1Char('\n')))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        Localization::apply(QStringLiteral("fr"));
        // Two submissions wait for review; the incident is published at once, so live too.
        QCOMPARE(TrainingTest::submitForReview(
                     m_temp.settings(), m_clock, m_temp.filePath(QStringLiteral("sandbox")),
                     {QStringLiteral("flaring-maintenance"), QStringLiteral("incident-smoke")}),
                 QString());
    }

    void composer_readsRowByRow()
    {
        TempProfile profile{Clock(TestData::sampleNow())};
        QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
        MainWindow window(m_temp.settings(), Clock(TestData::sampleNow()), profile.store());
        window.resize(1280, 800);
        checkOrder(&window);
    }

    void effects_areOneStop_movedWithTheArrows_focusDrawnApartFromOn()
    {
        TempProfile profile{Clock(TestData::sampleNow())};
        QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
        MainWindow window(m_temp.settings(), Clock(TestData::sampleNow()), profile.store());
        window.show();
        const QList<QWidget *> walk = tabWalk(&window);
        const auto isEffect = [](const QWidget *w) {
            return w->objectName().startsWith(QLatin1String("effect_"));
        };
        QCOMPARE(std::count_if(walk.cbegin(), walk.cend(), isEffect), 1);
        auto *group = window.findChild<EffectButtons *>();
        auto *first = window.findChild<QToolButton *>(QStringLiteral("effect_flaring"));
        auto *second = window.findChild<QToolButton *>(QStringLiteral("effect_smoke"));
        // The button under the first, however many a row holds at this width (they reflow).
        QToolButton *below = nullptr;
        for (QToolButton *button : group->findChildren<QToolButton *>()) {
            if (button->x() == first->x() && button->y() > first->y() &&
                (!below || button->y() < below->y()))
                below = button;
        }
        QVERIFY(below);
        const QString belowEffect = below->objectName().mid(QStringLiteral("effect_").size());
        first->setFocus(Qt::TabFocusReason);
        QTest::keyClick(first, Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), second);
        QTest::keyClick(second, Qt::Key_Left);
        QTest::keyClick(first, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), below);
        const QStringList before = group->effects();
        QTest::keyClick(below, Qt::Key_Space);
        QCOMPARE(group->effects().contains(belowEffect), !before.contains(belowEffect));
        // Tab leaves the group from the button it is on, and Shift+Tab comes back to that one.
        QTest::keyClick(below, Qt::Key_Tab);
        QVERIFY(!isEffect(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), below);

        // Focused, on, and neither look three different ways.
        second->setChecked(false);
        below->setChecked(false);
        const QImage plain = second->grab().toImage();
        const QImage focused = below->grab().toImage();
        second->setChecked(true);
        const QImage on = second->grab().toImage();
        QVERIFY(plain != focused);
        QVERIFY(plain != on);
        QVERIFY(focused != on);
    }

    void sendConfirmation_readsRowByRow()
    {
        const Notice notice = TestData::sample(QStringLiteral("siren-test"));
        SendConfirmationDialog dialog(notice,
                                      ChannelRenderer::context(notice, TestData::sampleNow()));
        checkOrder(&dialog);
    }

    void decisionDialog_readsRowByRow()
    {
        DecisionDialog dialog(QStringLiteral("Terminer"), QStringLiteral("Terminer l'avis ?"),
                              QStringLiteral("Motif :"), true);
        dialog.setObjectName(QStringLiteral("decisionDialog"));
        checkOrder(&dialog);
    }

    void settingsDialog_readsRowByRow()
    {
        SettingsDialog dialog(m_temp.settings());
        checkOrder(&dialog);
    }

    void conflictDialog_readsRowByRow()
    {
        const Notice mine = TestData::sample(QStringLiteral("siren-test"));
        Notice theirs = mine;
        theirs.setText(QStringLiteral("fr"),
                       mine.text(QStringLiteral("fr")) + QStringLiteral(" !"));
        ConflictDialog dialog(mine, theirs);
        checkOrder(&dialog);
    }

    // A coordinator's review page, signed in to the training sandbox: the queue with a
    // submission and its previews, then the notices live now, in French and English.
    void reviewPage_readsRowByRow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void reviewPage_readsRowByRow()
    {
        QFETCH(QString, language);
        Localization::apply(language);
        TrainingConsole coordinator(m_temp.settings(), m_clock,
                                    m_temp.filePath(QStringLiteral("sandbox")),
                                    QStringLiteral("coord.anne"));
        QCOMPARE(coordinator.start(), QString());
        MainWindow &window = coordinator.window();
        window.resize(1280, 800);
        QVERIFY(TrainingTest::showActive(&window));
        ReviewWorkspace *review = coordinator.showReview();
        QVERIFY(review);
        checkOrder(&window);
        if (QTest::currentTestFailed())
            return;
        review->findChild<QTabWidget *>(QStringLiteral("reviewTabs"))->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(review->liveNowModel().rowCount() > 0, 20000);
        checkOrder(&window);
    }

    // Ctrl+Tab and Ctrl+Shift+Tab go to the other workspace wherever the keyboard is: the review
    // queue, the notice list, a preview, the notices live now, a text being written (which keeps
    // its text). No text field needs the keys itself: every one lets Tab move the focus.
    void ctrlTab_switchesWorkspaces_fromAnywhere()
    {
        Localization::apply(QStringLiteral("fr"));
        TrainingConsole coordinator(m_temp.settings(), m_clock,
                                    m_temp.filePath(QStringLiteral("sandbox")),
                                    QStringLiteral("coord.anne"));
        QCOMPARE(coordinator.start(), QString());
        MainWindow &window = coordinator.window();
        QVERIFY(TrainingTest::showActive(&window));
        ReviewWorkspace *review = coordinator.showReview();
        QVERIFY(review);
        auto *workspaces = window.findChild<QTabWidget *>(QStringLiteral("workspaces"));
        QWidget *composer = workspaces->widget(0);
        const auto find = [](QWidget *area, const char *name) {
            return area->findChild<QWidget *>(QLatin1String(name));
        };
        constexpr auto forward = Qt::ControlModifier;
        const auto back = Qt::ControlModifier | Qt::ShiftModifier;

        switches(workspaces, review->queueView(), Qt::Key_Tab, forward, composer);
        switches(workspaces, find(composer, "noticeList"), Qt::Key_Tab, forward, review);
        switches(workspaces, find(review, "preview_web"), Qt::Key_Backtab, back, composer);
        switches(workspaces, find(composer, "preview_web"), Qt::Key_Backtab, back, review);
        review->findChild<QTabWidget *>(QStringLiteral("reviewTabs"))->setCurrentIndex(1);
        switches(workspaces, find(review, "liveNowTable"), Qt::Key_Tab, forward, composer);
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        const QString written = text->toPlainText();
        switches(workspaces, text, Qt::Key_Tab, forward, review);
        QCOMPARE(text->toPlainText(), written);

        for (const auto *field : window.findChildren<QPlainTextEdit *>())
            QVERIFY2(field->tabChangesFocus(), qPrintable(describe(field)));
        for (const auto *field : window.findChildren<QTextEdit *>())
            QVERIFY2(field->tabChangesFocus(), qPrintable(describe(field)));
    }

private:
    // The keys pressed with the keyboard in from: the other workspace, to, shows with the
    // keyboard in it.
    static void switches(QTabWidget *workspaces, QWidget *from, Qt::Key key,
                         Qt::KeyboardModifiers modifiers, QWidget *to)
    {
        QVERIFY(from);
        from->setFocus(Qt::TabFocusReason);
        QVERIFY2(from->hasFocus(), qPrintable(describe(from)));
        QTest::keyClick(from, key, modifiers);
        QVERIFY2(workspaces->currentWidget() == to, qPrintable(describe(from)));
        QVERIFY2(to->isAncestorOf(QApplication::focusWidget()), qPrintable(describe(from)));
    }

    TempSettings m_temp;
    Clock m_clock{TestData::sampleNow()};
};

QTEST_MAIN(TestFocusOrder)
#include "tst_focusorder.moc"

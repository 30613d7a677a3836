#include "ChannelRenderer.h"
#include "ConsolePlatform.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "NoticeListPanel.h"
#include "PreviewPanel.h"
#include "Profile.h"
#include "ReviewTestSupport.h"
#include "ReviewWorkspace.h"
#include "SendConfirmationDialog.h"
#include "Settings.h"
#include "Store.h"
#include "TempSettings.h"
#include "TestData.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

constexpr int kWaitMs = 20000;

QString describe(const QWidget *widget)
{
    const QRect r(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return QStringLiteral("%1 \"%2\" at (%3,%4) %5×%6")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

// Content of a scroll area may pass its edges: the scroll bars reach it.
bool scrolls(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    const auto *area =
        parent ? qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()) : nullptr;
    return area && area->viewport() == parent;
}

// A tab's whole size, its text not elided: a member of QTabBar's own that only it can call,
// reached through a pointer to it (legal, unlike a cast to a subclass).
struct TabSize : QTabBar
{
    static QSize of(const QTabBar *bar, int index)
    {
        const auto hint = &TabSize::tabSizeHint; // QSize (QTabBar::*)(int) const
        return (bar->*hint)(index);
    }
};

// What a label, button, tab, group title, header or table column cannot show of its text.
QStringList cutText(const QWidget *w, bool larger)
{
    QStringList cut;
    if (const auto *label = qobject_cast<const QLabel *>(w); label && !label->text().isEmpty()) {
        const bool fits = label->wordWrap()
                              ? label->heightForWidth(label->width()) <= label->height()
                              : label->sizeHint().width() <= label->width() &&
                                    label->sizeHint().height() <= label->height();
        if (!fits)
            cut.append(QStringLiteral("label \"%1\" needs %2×%3")
                           .arg(label->text())
                           .arg(label->sizeHint().width())
                           .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                                  : label->sizeHint().height()));
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(w);
        button && !button->text().isEmpty() && button->sizeHint().width() > button->width())
        cut.append(QStringLiteral("button \"%1\" needs %2 px")
                       .arg(button->text())
                       .arg(button->sizeHint().width()));
    if (const auto *box = qobject_cast<const QGroupBox *>(w);
        box && box->minimumSizeHint().width() > box->width())
        cut.append(QStringLiteral("group \"%1\" needs %2 px")
                       .arg(box->title())
                       .arg(box->minimumSizeHint().width()));
    if (const auto *bar = qobject_cast<const QTabBar *>(w)) {
        const auto arrows = bar->findChildren<QToolButton *>();
        // Below 1280 pixels, or with larger text, the composer takes the room and the previews'
        // tabs may scroll (the issue asks them whole at 1280); every other tab bar shows all its
        // tabs everywhere.
        const bool mayScroll = bar->parentWidget()->objectName() == QLatin1String("previewTabs") &&
                               (bar->screen()->availableGeometry().width() < 1280 || larger);
        if (!mayScroll && std::any_of(arrows.cbegin(), arrows.cend(), [](const QToolButton *arrow) {
                return arrow->isVisible();
            })) {
            int needed = 0;
            for (int i = 0; i < bar->count(); ++i)
                needed += bar->isTabVisible(i) ? TabSize::of(bar, i).width() : 0;
            cut.append(QStringLiteral("tabs behind scroll arrows: they need %1 px").arg(needed));
        }
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabVisible(i) && bar->tabRect(i).width() < TabSize::of(bar, i).width())
                cut.append(QStringLiteral("tab \"%1\" elided: %2 px for %3")
                               .arg(bar->tabText(i))
                               .arg(bar->tabRect(i).width())
                               .arg(TabSize::of(bar, i).width()));
        }
    }
    if (const auto *header = qobject_cast<const QHeaderView *>(w)) {
        for (int i = 0; i < header->count(); ++i) {
            if (!header->isSectionHidden(i) && header->sectionSize(i) < header->sectionSizeHint(i))
                cut.append(QStringLiteral("header \"%1\" elided")
                               .arg(header->model()
                                        ->headerData(i, header->orientation(), Qt::DisplayRole)
                                        .toString()));
        }
    }
    if (const auto *table = qobject_cast<const QTableView *>(w)) {
        const QAbstractItemView *view = table; // sizeHintForColumn is public here
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (!table->isColumnHidden(c) && view->sizeHintForColumn(c) > table->columnWidth(c))
                cut.append(QStringLiteral("column \"%1\" cut: %2 px for %3")
                               .arg(table->model()->headerData(c, Qt::Horizontal).toString())
                               .arg(table->columnWidth(c))
                               .arg(view->sizeHintForColumn(c)));
        }
        // A cell's text on two lines (a narrow screen) needs its row that tall.
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (!table->isRowHidden(r) && view->sizeHintForRow(r) > table->rowHeight(r))
                cut.append(QStringLiteral("row %1 cut: %2 px high for %3")
                               .arg(r + 1)
                               .arg(table->rowHeight(r))
                               .arg(view->sizeHintForRow(r)));
        }
        if (table->horizontalScrollBar()->isVisible())
            cut.append(QStringLiteral("columns past the right edge"));
    }
    // A form scrolled sideways is cut on the right all the same.
    if (const auto *area = qobject_cast<const QScrollArea *>(w);
        area && area->horizontalScrollBar()->isVisible())
        cut.append(QStringLiteral("scrolls sideways"));
    return cut;
}

// Every visible widget of the window: within the screen, within its parent (or in a scroll
// area), and showing its whole text.
QStringList problems(QWidget *window, bool larger)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QStringList found;
    const QRect screen = window->screen()->availableGeometry();
    if (!screen.contains(window->frameGeometry()))
        found.append(QStringLiteral("%1 at (%2,%3) %4×%5 is not within the screen (%6×%7)")
                         .arg(QString::fromLatin1(window->metaObject()->className()))
                         .arg(window->frameGeometry().x())
                         .arg(window->frameGeometry().y())
                         .arg(window->frameGeometry().width())
                         .arg(window->frameGeometry().height())
                         .arg(screen.width())
                         .arg(screen.height()));
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() || w->width() == 0 || w->height() == 0)
            continue;
        if (!scrolls(w) && !w->parentWidget()->rect().contains(w->geometry()))
            found.append(describe(w) + QStringLiteral(" is cut by its parent ") +
                         describe(w->parentWidget()));
        for (const QString &cut : cutText(w, larger))
            found.append(describe(w) + QStringLiteral(": ") + cut);
    }
    return found;
}

} // namespace

// The console on the screen this run has (ctest runs it at 1024×768, 1280×800 and 1536×1152
// with QT_SCALE_FACTOR=1.5: see CMakeLists.txt), in French and English, with normal and larger
// text: the main window (composer, lists, review queue) and the send confirmation fit the
// screen, and every visible label, button, tab, group title, header and column shows its text.
class TestScreenSizes : public QObject
{
    Q_OBJECT

    Clock m_clock{TestData::sampleNow()};
    TempSettings m_temp;
    QString m_sandboxDir;

    // The training sandbox holds two submissions awaiting review, sent by an issuer.
    void submit()
    {
        Store store(Profile(m_temp.filePath(QStringLiteral("issuer"))), m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        ConsolePlatform platform(m_temp.settings(), store, m_clock);
        QCOMPARE(platform.connectTraining(m_sandboxDir, QStringLiteral("issuer.chimie"),
                                          QStringLiteral(ALLO_SANDBOX_BIN)),
                 QString());
        QStringList ids;
        for (const QString &sample :
             {QStringLiteral("flaring-maintenance"), QStringLiteral("steam-startup")}) {
            const Notice notice(
                ReviewTest::notice(sample, ReviewTest::chimie(), ReviewTest::chimieSite()));
            QVERIFY(store.drafts().save(notice, QStringLiteral("officer")) > 0);
            QVERIFY(store.outbox().enqueue(notice, QStringLiteral("officer")));
            ids.append(notice.id());
        }
        for (const QString &id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(store.drafts().summary(id)->state, NoticeState::Published,
                                      kWaitMs);
    }

    QStringList m_found;   // every problem of the row, said at its end
    bool m_larger = false; // the row's text is the larger one (Ctrl++)

    void check(QWidget *window, const QString &what)
    {
        // Judge the layout as drawn: pending layout requests (a notice just opened) first.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        for (const QString &problem : problems(window, m_larger))
            m_found.append(what + QStringLiteral(": ") + problem);
    }

    // `./dev.sh screenshots` keeps the French pictures at each screen size in docs/screenshots/
    // (ALLO_SCREENSHOT_DIR); under ctest they go to the build folder.
    static void photograph(QWidget *window, const QString &what)
    {
        if (QTest::currentDataTag() != QLatin1String("fr"))
            return;
        const QSize screen = window->screen()->size();
        const QString dir = qEnvironmentVariable("ALLO_SCREENSHOT_DIR", QDir::currentPath());
        QDir().mkpath(dir);
        const QString name =
            QStringLiteral("%1x%2%3-%4.png")
                .arg(screen.width())
                .arg(screen.height())
                .arg(qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? QStringLiteral("-scaled")
                                                                  : QString(),
                     what);
        QVERIFY(window->grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_sandboxDir = m_temp.filePath(QStringLiteral("sandbox"));
        qInfo("screen %dx%d, scale %s", QGuiApplication::primaryScreen()->size().width(),
              QGuiApplication::primaryScreen()->size().height(),
              qPrintable(qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
        submit();
    }

    void everyWindow_showsItsWholeText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("larger");
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            QTest::addRow("%s", qPrintable(language)) << language << false;
            QTest::addRow("%s, larger text", qPrintable(language)) << language << true;
        }
    }

    void everyWindow_showsItsWholeText()
    {
        QFETCH(QString, language);
        QFETCH(bool, larger);
        m_found.clear();
        m_larger = larger;
        Localization::apply(language);
        Settings &settings = m_temp.settings();
        settings.setValue(Settings::Key::LargerText, false);
        static int run = 0; // a profile of its own for each row
        Store store(Profile(m_temp.filePath(QStringLiteral("coordinator-%1").arg(++run))), m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        ConsolePlatform platform(settings, store, m_clock);
        QSignalSpy account(&platform, &ConsolePlatform::accountChanged);
        QCOMPARE(platform.connectTraining(m_sandboxDir, QStringLiteral("coord.anne"),
                                          QStringLiteral(ALLO_SANDBOX_BIN)),
                 QString());
        // A draft and a sent notice: the lists have rows.
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        QVERIFY(store.drafts().save(notice, QStringLiteral("officer")) > 0);
        const Notice sent = TestData::sample(QStringLiteral("siren-test"));
        QVERIFY(store.drafts().save(sent, QStringLiteral("officer")) > 0);
        const auto op = store.outbox().enqueue(sent, QStringLiteral("officer"));
        QVERIFY(op && store.outbox().markSending(op->id));
        QVERIFY(store.outbox().markSent(op->id, 1, QStringLiteral("\"1\"")));
        MainWindow window(settings, m_clock, store);
        window.attachPlatform(platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(account.wait(kWaitMs));
        // A coordinator lands on the queue once it holds submissions: wait for that, then
        // come back to the composer, which is checked first.
        auto *workspaces = window.findChild<QTabWidget *>(QStringLiteral("workspaces"));
        auto *review = window.findChild<ReviewWorkspace *>();
        QTRY_COMPARE_WITH_TIMEOUT(review->queueView()->model()->rowCount(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(workspaces->currentWidget(), review, kWaitMs);
        workspaces->setCurrentIndex(0);
        const qreal normal = QApplication::font().pointSizeF();
        if (larger) // as Ctrl++ does
            window.findChild<QAction *>(QStringLiteral("largerTextAction"))->trigger();
        window.findChild<NoticeEditor *>()->setNotice(notice);
        if (larger) {
            // Every widget's text, not the composer's only.
            QCoreApplication::processEvents();
            for (const QWidget *w : window.findChildren<QWidget *>()) {
                if (w->isVisible() && w->font().pointSizeF() < normal * 1.2)
                    m_found.append(
                        describe(w) +
                        QStringLiteral(" keeps its %1 pt text").arg(w->font().pointSizeF()));
            }
        }
        auto *list = window.findChild<NoticeListPanel *>();
        list->model().refresh();
        list->showSection(NoticeListModel::Section::Drafts);
        check(&window, QStringLiteral("composer"));
        photograph(&window, QStringLiteral("composer"));
        QVERIFY(list->selectNotice(sent.id()));
        emit list->noticeOpened(sent.id());
        QCOMPARE(list->section(), NoticeListModel::Section::History);
        check(&window, QStringLiteral("history"));
        photograph(&window, QStringLiteral("history"));

        QVERIFY(workspaces->tabBar()->isVisible());
        workspaces->setCurrentWidget(review);
        review->queueView()->selectRow(0);
        auto *previews = review->findChild<PreviewPanel *>();
        QTRY_VERIFY_WITH_TIMEOUT(!previews->outputs().isEmpty(), kWaitMs);
        check(&window, QStringLiteral("review queue"));
        photograph(&window, QStringLiteral("review-queue"));
        auto *reviewTabs = review->findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
        reviewTabs->setCurrentIndex(1);
        check(&window, QStringLiteral("live now"));

        SendConfirmationDialog dialog(notice, ChannelRenderer::context(notice, m_clock.now()),
                                      false, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        check(&dialog, QStringLiteral("send confirmation"));
        photograph(&dialog, QStringLiteral("confirmation"));
        dialog.reject();
        window.hide();
        settings.setValue(Settings::Key::LargerText, false);
        const QStringList found = std::exchange(m_found, {});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestScreenSizes)
#include "tst_screensizes.moc"

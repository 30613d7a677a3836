#include "ConnectionIndicator.h"
#include "ConsolePlatform.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "NoticeListPanel.h"
#include "PlatformStanding.h"
#include "PreviewPanel.h"
#include "Profile.h"
#include "SendConfirmationDialog.h"
#include "Settings.h"
#include "Store.h"
#include "TempSettings.h"
#include "TestData.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

// The console's main states, checked and photographed: `./dev.sh screenshots` writes the
// pictures into docs/screenshots/ (ALLO_SCREENSHOT_DIR) for the README; under ctest they go to
// the build folder. Each state is asserted before its picture is taken.
class TestScreenshots : public QObject
{
    Q_OBJECT

    Clock m_clock{QDateTime::fromString(QStringLiteral("2026-03-26T10:12:00+01:00"), Qt::ISODate)};
    std::unique_ptr<TempSettings> m_temp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ConsolePlatform> m_platform;
    std::unique_ptr<MainWindow> m_window;

    static QString shotDir()
    {
        const QString dir = qEnvironmentVariable("ALLO_SCREENSHOT_DIR", QDir::currentPath());
        QDir().mkpath(dir);
        return dir;
    }

    void save(const QString &name)
    {
        QCoreApplication::processEvents();
        // A label whose text just changed (the autosave time) is only widened by the layout
        // request it posted: without it the picture shows it clipped to one letter.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(m_window->grab().save(QDir(shotDir()).filePath(name + QLatin1String(".png"))));
    }

    NoticeEditor *editor() { return m_window->findChild<NoticeEditor *>(); }
    PreviewPanel *previews()
    {
        return m_window->findChild<PreviewPanel *>(QStringLiteral("previews"));
    }

    void openWindow(const QString &profile, bool training)
    {
        m_window.reset();
        m_platform.reset();
        m_store.reset();
        m_temp = std::make_unique<TempSettings>();
        QVERIFY(m_temp->isValid());
        Settings &settings = m_temp->settings();
        m_store = std::make_unique<Store>(Profile(m_temp->filePath(profile)), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        m_platform = std::make_unique<ConsolePlatform>(settings, *m_store, m_clock);
        QSignalSpy account(m_platform.get(), &ConsolePlatform::accountChanged);
        if (training) {
            QCOMPARE(m_platform->connectTraining(
                         m_temp->filePath(profile + QLatin1String("-sandbox")),
                         QStringLiteral("issuer.chimie"), QStringLiteral(ALLO_SANDBOX_BIN)),
                     QString());
        } else {
            // A platform nobody answers for: the console is offline.
            settings.setValue(Settings::Key::PlatformUrl, QStringLiteral("https://127.0.0.1:9"));
            QCOMPARE(m_platform->connectConfigured(), QString());
        }
        m_window = std::make_unique<MainWindow>(settings, m_clock, *m_store);
        m_window->attachPlatform(*m_platform);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (training)
            QVERIFY(account.wait(10000));
    }

    void fill(const QString &siteName, const QString &siteId, const QString &commune)
    {
        Notice notice = editor()->notice();
        Site site = notice.site();
        site.id = siteId;
        site.name = siteName;
        site.commune = commune;
        notice.setSite(site);
        editor()->setNotice(notice);
    }

private slots:
    void initTestCase() { Localization::apply(QStringLiteral("fr")); }

    void emptyAndComposing()
    {
        openWindow(QStringLiteral("training"), true);
        auto *indicator = m_window->findChild<ConnectionIndicator *>();
        QTRY_COMPARE_WITH_TIMEOUT(indicator->state(), OutboxSender::Connection::Online, 10000);
        editor()->startNew(QStringLiteral("flaring"));
        save(QStringLiteral("1-empty"));

        fill(QStringLiteral("Usine de Grand-Quevilly"), QStringLiteral("cv-grand-quevilly"),
             QStringLiteral("Le Grand-Quevilly"));
        for (const ValidationIssue &issue : editor()->issues())
            QVERIFY2(!issue.isError(), qPrintable(issue.message()));
        save(QStringLiteral("2-composing"));
    }

    void overTheLimit()
    {
        auto *text = m_window->findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        text->setPlainText(text->toPlainText() +
                           QStringLiteral(" Les équipes de la raffinerie surveillent la torchère "
                                          "en continu et restent joignables à tout moment. Merci "
                                          "de votre compréhension pendant ces opérations."));
        const ChannelOutput x = previews()->outputs().at(2);
        QVERIFY(x.overLimit);
        previews()->showChannel(2);
        save(QStringLiteral("3-over-the-limit"));
    }

    void exercise()
    {
        auto *status = m_window->findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(status->findData(QStringLiteral("exercise")));
        auto *band = m_window->findChild<QLabel *>(QStringLiteral("statusBand"));
        QVERIFY(band->isVisible());
        QVERIFY(band->text().startsWith(QStringLiteral("EXERCICE")));
        previews()->showChannel(0);
        save(QStringLiteral("4-exercise"));
    }

    void sent()
    {
        editor()->startNew(QStringLiteral("noise"));
        fill(QStringLiteral("Usine de Grand-Quevilly"), QStringLiteral("cv-grand-quevilly"),
             QStringLiteral("Le Grand-Quevilly"));
        const QString id = editor()->notice().id();
        QTimer::singleShot(0, this, [] {
            if (auto *dialog =
                    qobject_cast<SendConfirmationDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->drafts().summary(id)->state, NoticeState::Published,
                                  20000);
        auto *list = m_window->findChild<NoticeListPanel *>();
        list->model().refresh();
        QVERIFY(list->selectNotice(id));
        QCOMPARE(list->section(), NoticeListModel::Section::History);
        save(QStringLiteral("6-sent"));
    }

    void offlineQueue()
    {
        openWindow(QStringLiteral("offline"), false);
        auto *indicator = m_window->findChild<ConnectionIndicator *>();
        QTRY_COMPARE_WITH_TIMEOUT(indicator->state(), OutboxSender::Connection::Offline, 10000);
        const Notice notice = TestData::sample(QStringLiteral("steam-startup"));
        QVERIFY(m_store->outbox().enqueue(notice, QStringLiteral("officer")));
        auto *list = m_window->findChild<NoticeListPanel *>();
        list->model().refresh();
        QVERIFY(list->selectNotice(notice.id()));
        QCOMPARE(list->section(), NoticeListModel::Section::Outbox);
        editor()->setNotice(notice);
        save(QStringLiteral("5-offline-queue"));
        m_window->hide(); // closing would ask about the unsent work, which is the point here
    }

    // The issuer's list with each state a sent notice can have on the platform, and the
    // coordinator's comment above the notice to revise.
    void platformStates()
    {
        openWindow(QStringLiteral("decisions"), false);
        const QList<std::pair<QString, QString>> states = {
            {QStringLiteral("siren-test"), QStringLiteral("cancelled")},
            {QStringLiteral("poi-drill"), QStringLiteral("ended")},
            {QStringLiteral("odour-mercaptan"), QStringLiteral("rejected")},
            {QStringLiteral("incident-smoke"), QStringLiteral("published")},
            {QStringLiteral("steam-startup"), QStringLiteral("pending_review")},
            {QStringLiteral("flaring-maintenance"), QStringLiteral("changes_requested")}};
        auto *list = m_window->findChild<NoticeListPanel *>();
        QString toRevise;
        for (const auto &[sample, state] : states) {
            m_clock.setFixed(m_clock.now().addSecs(60)); // the list is newest first
            const Notice notice = TestData::sample(sample);
            QVERIFY(m_store->drafts().save(notice, QStringLiteral("officer")) > 0);
            const auto op = m_store->outbox().enqueue(notice, QStringLiteral("officer"));
            QVERIFY(op && m_store->outbox().markSending(op->id));
            QVERIFY(m_store->outbox().markSent(op->id, 1, QStringLiteral("\"1\"")));
            PlatformStanding standing;
            standing.state = state;
            standing.revision = 1;
            standing.publishedRevision = state == QLatin1String("pending_review") ||
                                                 state == QLatin1String("changes_requested") ||
                                                 state == QLatin1String("rejected")
                                             ? 0
                                             : 1;
            if (state != QLatin1String("pending_review")) {
                standing.decision = state == QLatin1String("changes_requested") ? "request_changes"
                                    : state == QLatin1String("rejected")        ? "reject"
                                                                                : "approve";
                standing.decisionRevision = 1;
                standing.decidedBy = QStringLiteral("coord.anne");
            }
            if (state == QLatin1String("changes_requested"))
                standing.comment = QStringLiteral("Précisez les horaires de torchage.");
            if (state == QLatin1String("rejected"))
                standing.comment = QStringLiteral("Doublon de l'avis de 9 h.");
            if (state == QLatin1String("ended") || state == QLatin1String("cancelled"))
                standing.reason = QStringLiteral("L'événement est terminé.");
            QVERIFY(m_store->drafts().recordStanding(notice.id(), standing));
            if (state == QLatin1String("changes_requested"))
                toRevise = notice.id();
        }
        list->model().refresh();
        list->showSection(NoticeListModel::Section::History);
        QCOMPARE(list->model().count(NoticeListModel::Section::History), 6);
        const QModelIndex row = list->model().indexOf(toRevise);
        QCOMPARE(row.data(NoticeListModel::StateWordRole).toString(),
                 QStringLiteral("Modifications demandées par coord.anne\u00a0: Précisez les "
                                "horaires de torchage."));
        QVERIFY(list->selectNotice(toRevise));
        emit list->noticeOpened(toRevise);
        auto *band = m_window->findChild<QLabel *>(QStringLiteral("decisionBand"));
        QVERIFY(band->isVisible());
        QVERIFY(band->text().contains(QStringLiteral("Précisez les horaires de torchage.")));
        save(QStringLiteral("7-platform-states"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"

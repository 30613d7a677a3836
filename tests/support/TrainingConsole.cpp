#include "TrainingConsole.h"

#include "MainWindow.h"
#include "PreviewPanel.h"
#include "ReviewTestSupport.h"
#include "ReviewWorkspace.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

TrainingConsole::TrainingConsole(Settings &settings, const Clock &clock, const QString &sandboxDir,
                                 const QString &user)
    : m_settings(settings)
    , m_clock(clock)
    , m_sandboxDir(sandboxDir)
    , m_user(user)
    , m_profile(clock)
    , m_platform(settings, m_profile.store(), clock)
{}

TrainingConsole::~TrainingConsole() = default;

QString TrainingConsole::start()
{
    if (!m_profile.isOpen())
        return m_profile.errorString();
    QSignalSpy account(&m_platform, &ConsolePlatform::accountChanged);
    const QString problem =
        m_platform.connectTraining(m_sandboxDir, m_user, QStringLiteral(ALLO_SANDBOX_BIN));
    if (!problem.isEmpty())
        return problem;
    if (account.isEmpty() && !account.wait(20000))
        return QStringLiteral("The account of %1 was not fetched within 20 s.").arg(m_user);
    m_window = std::make_unique<MainWindow>(m_settings, m_clock, m_profile.store());
    m_window->attachPlatform(m_platform);
    return {};
}

bool TrainingConsole::submit(const Notice &notice)
{
    Store &profile = store();
    if (profile.drafts().save(notice, m_user) <= 0 || !profile.outbox().enqueue(notice, m_user))
        return false;
    m_platform.sender().sendNow(); // as Send does: not at the sender's next round, 10 s on
    return QTest::qWaitFor(
        [&] {
            const auto summary = profile.drafts().summary(notice.id());
            return summary && summary->state == NoticeState::Published;
        },
        20000);
}

ReviewWorkspace *TrainingConsole::showReview()
{
    auto *review = m_window->findChild<ReviewWorkspace *>();
    if (!QTest::qWaitFor([review] { return review->queueModel().rowCount() > 0; }, 20000))
        return nullptr;
    m_window->findChild<QTabWidget *>(QStringLiteral("workspaces"))->setCurrentWidget(review);
    review->focusQueue();
    const auto *previews = review->findChild<PreviewPanel *>();
    if (!QTest::qWaitFor([previews] { return !previews->outputs().isEmpty(); }, 20000))
        return nullptr;
    return review;
}

bool TrainingTest::showActive(QWidget *window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

QString TrainingTest::submitForReview(Settings &settings, const Clock &clock,
                                      const QString &sandboxDir, const QStringList &samples)
{
    TrainingConsole issuer(settings, clock, sandboxDir, QStringLiteral("issuer.chimie"));
    if (const QString problem = issuer.start(); !problem.isEmpty())
        return problem;
    for (const QString &sample : samples) {
        const Notice notice(
            ReviewTest::notice(sample, ReviewTest::chimie(), ReviewTest::chimieSite()));
        if (!issuer.submit(notice))
            return QStringLiteral("The sample %1 did not reach the sandbox.").arg(sample);
    }
    return {};
}

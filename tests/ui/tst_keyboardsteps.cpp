#include "ApiCall.h"
#include "ConnectionIndicator.h"
#include "ConsolePlatform.h"
#include "DecisionDialog.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "PlatformNotice.h"
#include "ReviewWorkspace.h"
#include "SendConfirmationDialog.h"
#include "Store.h"
#include "TempSettings.h"
#include "TrainingConsole.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(ApiCall::Result)

namespace {

// The keyboard as a user has it: each key or chord goes where the focus is, and is counted,
// as is each value typed into a field.
class Keyboard
{
public:
    int actions = 0;

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++actions;
        QTest::keyClick(target(), key, modifiers);
    }

    void type(const QString &value)
    {
        ++actions;
        QTest::keyClicks(target(), value);
    }

    // A key for the modal dialog the next key opens: pressed once it shows, from its own loop.
    template<typename Dialog> void pressInDialog(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        auto *poll = new QTimer;
        poll->setInterval(50);
        QObject::connect(poll, &QTimer::timeout, poll, [this, poll, key, modifiers] {
            if (!qobject_cast<Dialog *>(QApplication::activeModalWidget()))
                return;
            poll->stop();
            poll->deleteLater();
            TrainingTest::showActive(QApplication::activeModalWidget());
            press(key, modifiers);
        });
        poll->start();
    }

private:
    // A modal dialog takes every key: the window behind it is blocked.
    static QWidget *target()
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            return modal->focusWidget() ? modal->focusWidget() : modal;
        if (QWidget *focused = QApplication::focusWidget())
            return focused;
        return QApplication::activeWindow();
    }
};

std::optional<PlatformNotice> onPlatform(PlatformConnection &connection, const QString &id)
{
    auto *call = new ApiCall(connection, "GET", QStringLiteral("/v1/notices/") + id);
    QSignalSpy finished(call, &ApiCall::finished);
    call->start();
    if (!finished.wait(10000))
        return std::nullopt;
    const auto result = finished.first().first().value<ApiCall::Result>();
    if (!result.succeeded())
        return std::nullopt;
    return PlatformNotice::fromJson(result.json.object());
}

// Whether a decision dialog opened, active as a desktop makes a new window.
bool showsDialog()
{
    if (!QTest::qWaitFor(
            [] { return qobject_cast<DecisionDialog *>(QApplication::activeModalWidget()); }))
        return false;
    return TrainingTest::showActive(QApplication::activeModalWidget());
}

} // namespace

// The steps the issue counts, sent as real keys to the real window over a real training
// sandbox (HTTPS on loopback): an officer's standard flaring notice from a cold start to queued
// in at most 10 actions; a coordinator lands on the queue, approves the selected submission in
// at most 3 keys, and requests changes in as many plus the comment typed.
class TestKeyboardSteps : public QObject
{
    Q_OBJECT

    TempSettings m_temp;
    Clock m_clock{QDateTime::fromString(QStringLiteral("2026-03-26T10:12:00+01:00"), Qt::ISODate)};
    QStringList m_sent; // the officer's notices, in the order sent

    // Alt+Start, the start, Alt+End, the end, Ctrl+Enter, Ctrl+Enter (in the confirmation).
    void sendFlaring(MainWindow &window, const QString &start, const QString &end)
    {
        auto *editor = window.findChild<NoticeEditor *>();
        Keyboard keys;
        keys.press(Qt::Key_U, Qt::AltModifier); // Déb&ut
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("start"));
        keys.type(start);
        keys.press(Qt::Key_N, Qt::AltModifier); // Fi&n
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("end"));
        keys.type(end);
        const Notice typed = editor->notice();
        QCOMPARE(typed.type(), QStringLiteral("flaring"));
        QCOMPARE(typed.start().toString(QStringLiteral("dd/MM/yyyy HH:mm")), start);
        QVERIFY(typed.end().has_value());
        QCOMPARE(typed.end()->toString(QStringLiteral("dd/MM/yyyy HH:mm")), end);
        for (const ValidationIssue &issue : editor->issues())
            QVERIFY2(!issue.isError(), qPrintable(issue.path + ": " + issue.message()));
        keys.pressInDialog<SendConfirmationDialog>(Qt::Key_Return, Qt::ControlModifier);
        keys.press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(editor->notice().id() != typed.id()); // queued: a new notice starts
        // The keyboard goes on in the new notice.
        QVERIFY(TrainingTest::showActive(&window));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("type"));
        qInfo("An officer's flaring notice, cold start to queued: %d actions", keys.actions);
        QVERIFY2(keys.actions <= 10, qPrintable(QString::number(keys.actions)));
        m_sent.append(typed.id());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        qRegisterMetaType<ApiCall::Result>();
        Localization::apply(QStringLiteral("fr"));
    }

    void officer_flaringNotice_inTenActions()
    {
        TrainingConsole officer(m_temp.settings(), m_clock,
                                m_temp.filePath(QStringLiteral("sandbox")),
                                QStringLiteral("issuer.chimie"));
        QCOMPARE(officer.start(), QString());
        MainWindow &window = officer.window();
        QVERIFY(TrainingTest::showActive(&window));
        auto *indicator = window.findChild<ConnectionIndicator *>();
        QTRY_COMPARE_WITH_TIMEOUT(indicator->state(), OutboxSender::Connection::Online, 10000);

        sendFlaring(window, QStringLiteral("26/03/2026 10:05"), QStringLiteral("26/03/2026 14:00"));
        if (QTest::currentTestFailed())
            return;
        sendFlaring(window, QStringLiteral("26/03/2026 10:20"), QStringLiteral("26/03/2026 16:30"));
        if (QTest::currentTestFailed())
            return;
        for (const QString &id : std::as_const(m_sent)) {
            QTRY_COMPARE_WITH_TIMEOUT(officer.store().drafts().summary(id)->state,
                                      NoticeState::Published, 20000);
            const auto held = onPlatform(officer.platform().connection(), id);
            QVERIFY(held);
            QCOMPARE(held->state, QStringLiteral("pending_review"));
            QCOMPARE(held->notice.site().name, QStringLiteral("Usine de Grand-Quevilly"));
        }
    }

    void coordinator_landsOnTheQueue_decidesInThreeKeys()
    {
        QCOMPARE(m_sent.size(), 2);
        TrainingConsole coordinator(m_temp.settings(), m_clock,
                                    m_temp.filePath(QStringLiteral("sandbox")),
                                    QStringLiteral("coord.anne"));
        QCOMPARE(coordinator.start(), QString());
        MainWindow &window = coordinator.window();
        QVERIFY(TrainingTest::showActive(&window));

        // Submissions wait: the console opens on the queue, a submission selected, keys in it.
        auto *review = window.findChild<ReviewWorkspace *>();
        auto *workspaces = window.findChild<QTabWidget *>(QStringLiteral("workspaces"));
        QTRY_COMPARE_WITH_TIMEOUT(workspaces->currentWidget(), review, 15000);
        QTRY_COMPARE(review->queueModel().rowCount(), 2);
        QCOMPARE(QApplication::focusWidget(), review->queueView());
        const QString approved = review->selectedId();
        QVERIFY(m_sent.contains(approved));

        QSignalSpy settled(review, &ReviewWorkspace::operationSettled);
        Keyboard keys;
        keys.press(Qt::Key_A);
        QVERIFY(showsDialog());
        keys.press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 20000);
        qInfo("A coordinator's approval of the selected submission: %d keys", keys.actions);
        QVERIFY2(keys.actions <= 3, qPrintable(QString::number(keys.actions)));
        // The result names the notice, as the confirmation did.
        const QString result = settled.first().at(1).toString();
        QVERIFY2(result.contains(QStringLiteral("approuvée")) &&
                     result.contains(QStringLiteral("Torchage — Chimie de la Vallée, Usine de "
                                                    "Grand-Quevilly")),
                 qPrintable(result));
        auto held = onPlatform(coordinator.platform().connection(), approved);
        QVERIFY(held);
        QCOMPARE(held->state, QStringLiteral("published"));

        // The other one: back to changes, with the comment typed; the keyboard still in the queue.
        QVERIFY(TrainingTest::showActive(&window));
        QCOMPARE(QApplication::focusWidget(), review->queueView());
        QTRY_COMPARE_WITH_TIMEOUT(review->queueModel().rowCount(), 1, 20000);
        Keyboard more;
        if (review->selectedId().isEmpty())
            more.press(Qt::Key_Down);
        const QString returned = review->selectedId();
        QVERIFY(m_sent.contains(returned) && returned != approved);
        more.press(Qt::Key_C);
        QVERIFY(showsDialog());
        more.type(QStringLiteral("Donner la duree du torchage.")); // QTest types ASCII only
        more.press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 2, 20000);
        QVERIFY2(settled.last().at(1).toString().contains(QStringLiteral("modifications")),
                 qPrintable(settled.last().at(1).toString()));
        qInfo("A coordinator's request for changes: %d keys and the comment", more.actions - 1);
        QVERIFY2(more.actions - 1 <= 3, qPrintable(QString::number(more.actions)));
        held = onPlatform(coordinator.platform().connection(), returned);
        QVERIFY(held);
        QCOMPARE(held->state, QStringLiteral("changes_requested"));
    }
};

QTEST_MAIN(TestKeyboardSteps)
#include "tst_keyboardsteps.moc"

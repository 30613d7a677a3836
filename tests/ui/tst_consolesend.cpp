#include "ApiCall.h"
#include "ConnectionIndicator.h"
#include "ConsolePlatform.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "PreviewPanel.h"
#include "SendConfirmationDialog.h"
#include "Store.h"
#include "TempSettings.h"
#include "TrainingConsole.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(ApiCall::Result)

// The officer's whole path on the real window and a real training sandbox over HTTPS: type a
// notice, watch the previews follow, send it through the confirmation, and see it sent.
class TestConsoleSend : public QObject
{
    Q_OBJECT

    TempSettings m_temp;
    Clock m_clock{QDateTime::fromString(QStringLiteral("2026-03-26T10:12:00+01:00"), Qt::ISODate)};

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        qRegisterMetaType<ApiCall::Result>();
        Localization::apply(QStringLiteral("fr"));
    }

    void typedNotice_isPreviewed_sent_andOnThePlatform()
    {
        TrainingConsole officer(m_temp.settings(), m_clock,
                                m_temp.filePath(QStringLiteral("sandbox")),
                                QStringLiteral("issuer.chimie"));
        QCOMPARE(officer.start(), QString());
        Store &store = officer.store();
        ConsolePlatform &platform = officer.platform();
        MainWindow &window = officer.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *indicator = window.findChild<ConnectionIndicator *>();
        QTRY_COMPARE_WITH_TIMEOUT(indicator->state(), OutboxSender::Connection::Online, 10000);

        auto *editor = window.findChild<NoticeEditor *>();
        editor->startNew(QStringLiteral("noise"));
        // The account's company fills a new notice; the site comes from the account's sites.
        QCOMPARE(editor->notice().company(), QStringLiteral("Chimie de la Vallée"));
        // The account's only site in the territory is filled in; typing still offers the sites.
        QCOMPARE(editor->notice().site().id, QStringLiteral("cv-grand-quevilly"));
        QVERIFY(!editor->isTouched());
        auto *site = window.findChild<QLineEdit *>(QStringLiteral("siteName"));
        site->setFocus();
        site->selectAll();
        QTest::keyClicks(site, QStringLiteral("Grand-Q"));
        QAbstractItemView *popup = site->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(editor->notice().site().id, QStringLiteral("cv-grand-quevilly"));
        QCOMPARE(editor->notice().site().commune, QStringLiteral("Le Grand-Quevilly"));

        auto *previews = window.findChild<PreviewPanel *>(QStringLiteral("previews"));
        const qsizetype before = previews->outputs().at(2).text.size(); // x
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" Merci de votre comprehension."));
        QVERIFY(previews->outputs().at(2).text.contains(QLatin1String("comprehension")) ||
                previews->outputs().at(2).text.size() != before);
        QVERIFY(previews->outputs().at(0).text.contains(QLatin1String("comprehension")));
        for (const ValidationIssue &issue : editor->issues())
            QVERIFY2(!issue.isError(),
                     qPrintable(issue.path + QLatin1String(": ") + issue.message()));

        const QString id = editor->notice().id();
        bool confirmed = false;
        QTimer::singleShot(0, this, [&confirmed] {
            auto *dialog =
                qobject_cast<SendConfirmationDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            confirmed = dialog->canSend();
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QVERIFY(confirmed);
        QVERIFY(editor->notice().id() != id); // a new notice starts once the last is queued
        QTRY_COMPARE_WITH_TIMEOUT(store.drafts().summary(id)->state, NoticeState::Published, 20000);

        // The platform holds it, with the text typed in the window.
        auto *call = new ApiCall(platform.connection(), "GET", QStringLiteral("/v1/notices/") + id);
        QSignalSpy finished(call, &ApiCall::finished);
        call->start();
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<ApiCall::Result>();
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QVERIFY(result.json.object()
                    .value(QStringLiteral("notice"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toObject()
                    .value(QStringLiteral("fr"))
                    .toString()
                    .endsWith(QLatin1String("Merci de votre comprehension.")));
    }
};

QTEST_MAIN(TestConsoleSend)
#include "tst_consolesend.moc"

#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "Profile.h"
#include "Settings.h"
#include "Store.h"
#include "TempSettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

// The console on a real profile: what the officer types is in the store, and comes back after
// the window is closed and opened again.
class TestConsoleDrafts : public QObject
{
    Q_OBJECT

private slots:
    void typedNotice_isSaved_andResumedAfterARestart()
    {
        TempSettings temp;
        QVERIFY(temp.isValid());
        Localization::apply(QStringLiteral("fr"));
        Settings &settings = temp.settings();
        const Clock clock(
            QDateTime::fromString(QStringLiteral("2026-03-26T10:12:00+01:00"), Qt::ISODate));
        const Profile profile(temp.filePath(QStringLiteral("profile")));
        QString id;
        {
            Store store(profile, clock);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            MainWindow window(settings, clock, store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *company = window.findChild<QLineEdit *>(QStringLiteral("company"));
            QTest::keyClicks(company, QStringLiteral("Chimie du Val"));
            id = window.findChild<NoticeEditor *>()->notice().id();
            QVERIFY(window.close()); // flushes the pending change at once
            QVERIFY2(
                window.findChild<QLabel *>(QStringLiteral("autosaveState"))
                    ->text()
                    .startsWith(QStringLiteral("Brouillon enregistré")),
                qPrintable(window.findChild<QLabel *>(QStringLiteral("autosaveState"))->text()));
        }
        Store store(profile, clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const auto saved = store.drafts().load(id);
        QVERIFY(saved);
        QCOMPARE(saved->company(), QStringLiteral("Chimie du Val"));
        MainWindow again(settings, clock, store);
        QCOMPARE(again.findChild<NoticeEditor *>()->notice().id(), id);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("company"))->text(),
                 QStringLiteral("Chimie du Val"));
    }
};

QTEST_MAIN(TestConsoleDrafts)
#include "tst_consoledrafts.moc"

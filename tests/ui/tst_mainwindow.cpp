#include "ConsolePlatform.h"
#include "Localization.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TempProfile.h"
#include "TempSettings.h"
#include "TestData.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_temp.isValid());
        m_profile.emplace(Clock());
        QVERIFY2(m_profile->isOpen(), qPrintable(m_profile->errorString()));
        Localization::apply(QStringLiteral("fr"));
    }

    void window_showsFrenchMenus_andPaints()
    {
        MainWindow window(m_temp.settings(), Clock(), m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Allo Industrie — Console de publication"));
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus, QStringList({"&Fichier", "É&dition", "A&vis", "&Affichage", "A&ide"}));
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
        // The screenshot for people to look at (not compared: fonts differ between machines).
        shot.save(QDir::currentPath() + QLatin1String("/mainwindow-fr.png"));
    }

    void window_opensWithinTheScreen()
    {
        MainWindow window(m_temp.settings(), Clock(), m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    // Closing with notices still in the outbox asks first; the buttons say which way each goes
    // (not Close and Cancel, beside "Cancel the notice"), and Enter or Escape keeps it open.
    void closingWithUnsentWork_asks_withButtonsThatSayWhatTheyDo()
    {
        Localization::apply(QStringLiteral("en"));
        QVERIFY(m_profile->store().outbox().enqueue(TestData::sample(QStringLiteral("siren-test")),
                                                    QStringLiteral("officer")));
        MainWindow window(m_temp.settings(), Clock(), m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const Qt::Key key : {Qt::Key_Escape, Qt::Key_Return}) {
            QStringList buttons;
            QString drawnDefault;
            QTimer::singleShot(0, &window, [&] {
                auto *box = window.findChild<QMessageBox *>();
                if (!box)
                    return;
                for (const QAbstractButton *button : box->buttons())
                    buttons.append(button->text());
                drawnDefault = box->defaultButton()->text();
                QTest::keyClick(box, key);
            });
            QVERIFY(!window.close());
            QVERIFY(window.isVisible());
            buttons.sort();
            QCOMPARE(buttons, QStringList({"Close the console", "Keep the console open"}));
            QCOMPARE(drawnDefault, QStringLiteral("Keep the console open"));
        }
        // The other button closes.
        QTimer::singleShot(0, &window, [&] {
            auto *box = window.findChild<QMessageBox *>();
            if (!box)
                return;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QLatin1String("Close the console"))
                    button->click();
            }
        });
        QVERIFY(window.close());
    }

    void languageSwitch_retranslates_andIsRemembered()
    {
        MainWindow window(m_temp.settings(), Clock(), m_profile->store());
        auto *english = window.findChild<QAction *>(QStringLiteral("language_en"));
        QVERIFY(english);
        english->trigger();
        // Qt delivers LanguageChange to the widgets through the event loop.
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("Allo Industrie — Publishing console"));
        QCOMPARE(m_temp.settings().value(Settings::Key::Language).toString(), QStringLiteral("en"));
        window.findChild<QAction *>(QStringLiteral("language_fr"))->trigger();
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("connection"))->text(),
                     QStringLiteral("Profil local — aucune plateforme configurée"));
    }

    // Kiosk and auto-login sessions have no Secret Service: the window says so in the session's
    // own sentence, once, not wrapped in a second one that repeats it. In a child process with no
    // session bus, so the real keychain answer comes through the real restore at start.
    void noKeychain_saidInOneSentence()
    {
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QStringLiteral("ALLO_TEST_NO_KEYCHAIN"), QStringLiteral("1"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainChild")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestMainWindow::noKeychainChild"), output.constData());
    }

    void noKeychainChild()
    {
        if (qEnvironmentVariableIsEmpty("ALLO_TEST_NO_KEYCHAIN"))
            QSKIP("run by noKeychain_saidInOneSentence without D-Bus");
        Localization::apply(QStringLiteral("en"));
        Settings &settings = m_temp.settings();
        // Nothing listens on port 9: only the keychain's answer matters here.
        settings.setValue(Settings::Key::PlatformUrl, QStringLiteral("https://127.0.0.1:9"));
        settings.setValue(Settings::Key::PlatformUser, QStringLiteral("issuer.chimie"));
        ConsolePlatform platform(settings, m_profile->store(), Clock());
        MainWindow window(settings, Clock(), m_profile->store());
        window.attachPlatform(platform);
        QCOMPARE(platform.connectConfigured(), QString());
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>()) != nullptr, 20000);
        const QString text = box->text();
        QVERIFY2(text.startsWith(QLatin1String("No secure storage is available (")),
                 qPrintable(text));
        QVERIFY2(text.count(QLatin1String("nothing is written to disk")) == 1, qPrintable(text));
        QVERIFY2(text.count(QLatin1String("You stay signed in")) == 1, qPrintable(text));
    }

private:
    TempSettings m_temp;
    std::optional<TempProfile> m_profile; // a fresh one for each test
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

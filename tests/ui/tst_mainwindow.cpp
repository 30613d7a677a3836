#include "Localization.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TempProfile.h"
#include "TempSettings.h"

#include <QLabel>
#include <QMenuBar>
#include <QTest>

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
        QCOMPARE(menus, QStringList({"&Fichier", "É&dition", "A&vis", "&Affichage", "Aid&e"}));
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
        // The screenshot for people to look at (not compared: fonts differ between machines).
        shot.save(QDir::currentPath() + QLatin1String("/mainwindow-fr.png"));
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

private:
    TempSettings m_temp;
    std::optional<TempProfile> m_profile; // a fresh one for each test
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

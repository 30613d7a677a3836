#include "Localization.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("user.conf")),
                                                m_dir.filePath(QStringLiteral("machine.conf")));
        Localization::apply(QStringLiteral("fr"));
    }

    void window_showsFrenchMenus_andPaints()
    {
        MainWindow window(*m_settings, Clock());
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
        MainWindow window(*m_settings, Clock());
        auto *english = window.findChild<QAction *>(QStringLiteral("language_en"));
        QVERIFY(english);
        english->trigger();
        // Qt delivers LanguageChange to the widgets through the event loop.
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("Allo Industrie — Publishing console"));
        QCOMPARE(m_settings->value(Settings::Key::Language).toString(), QStringLiteral("en"));
        window.findChild<QAction *>(QStringLiteral("language_fr"))->trigger();
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("connection"))->text(),
                     QStringLiteral("Profil local — aucune plateforme configurée"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

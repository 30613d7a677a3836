#include "Localization.h"
#include "PlatformAddress.h"
#include "SettingsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Localization::apply(QStringLiteral("fr"));
        QFile::remove(machineFile());
        QFile::remove(userFile());
    }

    void lockedKey_isShownReadOnly_andNotWritten()
    {
        {
            QSettings machine(machineFile(), QSettings::IniFormat);
            machine.setValue(QStringLiteral("platform/url"),
                             QStringLiteral("https://cci.example.fr"));
        }
        Settings settings(userFile(), machineFile());
        SettingsDialog dialog(settings);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("setting_platform_url"));
        QVERIFY(url);
        QCOMPARE(url->text(), QStringLiteral("https://cci.example.fr"));
        QVERIFY(!url->isEnabled());
        QCOMPARE(url->toolTip(),
                 QStringLiteral("Défini par votre administrateur pour cet ordinateur."));
        dialog.accept();
        QSettings user(userFile(), QSettings::IniFormat);
        QVERIFY(!user.contains(QStringLiteral("platform/url")));
    }

    void editedValues_areSaved()
    {
        Settings settings(userFile(), machineFile());
        SettingsDialog dialog(settings);
        auto *hours = dialog.findChild<QSpinBox *>(
            QStringLiteral("setting_ui_untilFurtherNoticeReminderHours"));
        QVERIFY(hours && hours->isEnabled());
        hours->setValue(12);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("setting_platform_url"));
        url->setText(QStringLiteral("https://plateforme.example.fr"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.value(Settings::Key::ReminderHours).toInt(), 12);
        QCOMPARE(settings.value(Settings::Key::PlatformUrl).toString(),
                 QStringLiteral("https://plateforme.example.fr"));
    }

    void plainHttpAddress_isExplained_andNothingSaved()
    {
        Settings settings(userFile(), machineFile());
        SettingsDialog dialog(settings);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("setting_platform_url"))
            ->setText(QStringLiteral("http://plateforme.example.fr"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("settingsProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("https://")), qPrintable(problem->text()));
        QVERIFY(settings.value(Settings::Key::PlatformUrl).toString().isEmpty());
    }

    void addressWithPassword_isRefused_andNothingSaved()
    {
        Settings settings(userFile(), machineFile());
        SettingsDialog dialog(settings);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("setting_platform_url"))
            ->setText(QStringLiteral("https://anne:s3cret-pw@plateforme.example.fr"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("settingsProblem"));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), PlatformAddress(QStringLiteral("https://a:b@x.fr")).error());
        QVERIFY(!problem->text().contains(QLatin1String("s3cret-pw")));
        QVERIFY(settings.value(Settings::Key::PlatformUrl).toString().isEmpty());
        QVERIFY(!QFile::exists(userFile()) || !readAll(userFile()).contains("s3cret-pw"));
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString userFile() const { return m_dir.filePath(QStringLiteral("user.conf")); }
    QString machineFile() const { return m_dir.filePath(QStringLiteral("machine.conf")); }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

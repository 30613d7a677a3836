#include "CertificateFactory.h"
#include "CredentialStore.h"
#include "Localization.h"
#include "PlatformConnection.h"
#include "SandboxHarness.h"
#include "Session.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "TempSettings.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

// Sign-in against the real training sandbox over HTTPS: errors appear in the dialog, the
// address and user are remembered, the password never reaches the settings.
class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Localization::apply(QStringLiteral("en"));
        m_temp = std::make_unique<TempSettings>();
        QVERIFY(m_temp->isValid());
        QVERIFY(m_sandbox.isReady());
        // Memory only: a test never touches a keychain.
        m_credentials.setMemoryOnly(true);
    }

    void wrongPassword_showsTheErrorInline_thenRightOne_signsIn_andRemembers()
    {
        SignInDialog dialog(m_temp->settings(), m_connection, m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("signInUrl"));
        auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("signInCaFile"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("signInUser"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("signInPassword"));
        QTest::keyClicks(url, address());
        ca->setText(caFile());
        QTest::keyClicks(user, QStringLiteral("issuer.chimie"));
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isBusy());
        QVERIFY(!password->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY2(dialog.problem().contains(QStringLiteral("refused the user name or password")),
                 qPrintable(dialog.problem()));
        QVERIFY(dialog.isVisible());
        QVERIFY(password->isEnabled());
        dialog.grab().save(QStringLiteral("signindialog-error.png"));

        password->clear();
        QTest::keyClicks(password, SandboxHarness::passwordOf(QStringLiteral("issuer.chimie")));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
        QCOMPARE(m_session.state(), Session::State::SignedIn);
        QCOMPARE(m_temp->settings().value(Settings::Key::PlatformUrl).toString(), address());
        QCOMPARE(m_temp->settings().value(Settings::Key::PlatformCaFile).toString(), caFile());
        QCOMPARE(m_temp->settings().value(Settings::Key::PlatformUser).toString(),
                 QStringLiteral("issuer.chimie"));
        QVERIFY(password->text().isEmpty());
        QFile file(m_temp->settings().userFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("training-chimie"));
    }

    void badAddress_isExplained_withoutCallingThePlatform()
    {
        SignInDialog dialog(m_temp->settings(), m_connection, m_session);
        dialog.findChild<QLineEdit *>(QStringLiteral("signInUrl"))
            ->setText(QStringLiteral("http://plateforme.example.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("signInUser"))->setText(QStringLiteral("u"));
        dialog.findChild<QLineEdit *>(QStringLiteral("signInPassword"))
            ->setText(QStringLiteral("p"));
        dialog.signIn();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.problem().contains(QStringLiteral("must use https://")),
                 qPrintable(dialog.problem()));
        QVERIFY(m_temp->settings().value(Settings::Key::PlatformUrl).toString().isEmpty());
    }

    void lockedAddress_isReadOnly_withANote()
    {
        {
            QSettings machine(m_temp->settings().machineFile(), QSettings::IniFormat);
            machine.setValue(Settings::name(Settings::Key::PlatformUrl), address());
        }
        Settings settings(m_temp->settings().userFile(), m_temp->settings().machineFile());
        SignInDialog dialog(settings, m_connection, m_session);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("signInUrl"));
        QVERIFY(url->isReadOnly());
        QCOMPARE(url->text(), address());
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("signInLockedNote"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("the platform address")));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("signInUser"))->isReadOnly());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QStringLiteral("signindialog-locked.png"));
    }

private:
    QString address() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_sandbox.port()); }
    QString caFile() const
    {
        return QDir(m_sandbox.dataDir()).filePath(QLatin1String(CertificateFactory::caFile));
    }

    SandboxHarness m_sandbox;
    PlatformConnection m_connection;
    CredentialStore m_credentials{QStringLiteral("allo-test-signin")};
    Session m_session{m_connection, m_credentials};
    std::unique_ptr<TempSettings> m_temp;
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"

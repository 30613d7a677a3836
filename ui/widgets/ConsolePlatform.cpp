#include "ConsolePlatform.h"

#include "Settings.h"
#include "Store.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ConsolePlatform::ConsolePlatform(Settings &settings, Store &store, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_clock(clock)
    , m_access(settings)
    , m_sender(store.outbox(), m_access.connection(), m_access.session(), m_clock)
    , m_accounts(m_access.connection(), m_access.session(), store.accountCache())
{
    m_access.setProxyAsk(&ConsolePlatform::askProxy);
    m_sender.setBackoff(settings.value(Settings::Key::RetryBaseSeconds).toInt() * 1000,
                        settings.value(Settings::Key::RetryCapSeconds).toInt() * 1000);
    connect(&m_access.session(), &Session::stateChanged, this, &ConsolePlatform::sessionChanged);
    connect(&m_accounts, &AccountSync::finished, this, &ConsolePlatform::accountChanged);
}

ConsolePlatform::~ConsolePlatform()
{
    m_sender.stop();
}

QString ConsolePlatform::connectConfigured()
{
    if (const QString error = m_access.configureSaved(); !error.isEmpty())
        return error;
    if (m_settings.value(Settings::Key::PlatformUrl).toString().isEmpty())
        return {}; // the outbox waits; File → Sign in sets a platform and starts sending
    m_sender.start();
    m_access.session().restore(m_settings.value(Settings::Key::PlatformUser).toString());
    return {};
}

QString ConsolePlatform::connectTraining(const QString &dataDir, const QString &user,
                                         const QString &program)
{
    const QString password = SandboxRunner::trainingPassword(user);
    if (password.isEmpty())
        return QCoreApplication::translate("ConsolePlatform",
                                           "%1 is not a training account. Use issuer.chimie, "
                                           "issuer.raffinerie, coord.anne or coord.bruno.")
            .arg(user);
    m_sandbox.emplace(m_clock, program);
    m_training = true;
    if (const QString error = m_sandbox->start(dataDir); !error.isEmpty())
        return error;
    m_access.credentials().setMemoryOnly(true);
    // The sandbox runs on this machine's loopback: no proxy, no pin.
    if (const QString error =
            m_access.connection().configure(m_sandbox->url(), m_sandbox->caFile(), {});
        !error.isEmpty())
        return error;
    m_sender.start();
    m_access.session().signIn(user, password);
    return {};
}

std::optional<ProxyPolicy::Credentials> ConsolePlatform::askProxy(const QNetworkProxy &proxy,
                                                                  const QString &problem)
{
    QDialog dialog(QApplication::activeWindow());
    dialog.setWindowTitle(QCoreApplication::translate("ConsolePlatform", "Proxy sign-in"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(
        QCoreApplication::translate("ConsolePlatform",
                                    "The proxy %1:%2 asks for a user name and a password. They are "
                                    "kept in the system keychain, never in a file.")
            .arg(proxy.hostName())
            .arg(proxy.port()));
    intro->setWordWrap(true);
    form->addRow(intro);
    if (!problem.isEmpty()) {
        auto *refused = new QLabel(problem);
        refused->setWordWrap(true);
        refused->setStyleSheet(QStringLiteral("color:#b00020"));
        form->addRow(refused);
    }
    auto *user = new QLineEdit;
    user->setAccessibleName(QCoreApplication::translate("ConsolePlatform", "Proxy user"));
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    password->setAccessibleName(QCoreApplication::translate("ConsolePlatform", "Proxy password"));
    form->addRow(QCoreApplication::translate("ConsolePlatform", "User"), user);
    form->addRow(QCoreApplication::translate("ConsolePlatform", "Password"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ProxyPolicy::Credentials{user->text(), password->text()};
}

void ConsolePlatform::sessionChanged(Session::State state)
{
    // A fresh sign-in refreshes the account's sites, so the composer offers real ones offline.
    if (state == Session::State::SignedIn) {
        m_sender.start(); // at once after a first sign-in; a no-op when already sending
        m_accounts.fetch();
    }
}

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
    , m_credentials(CredentialStore::standardService())
    , m_session(m_connection, m_credentials)
    , m_sender(store.outbox(), m_connection, m_session, m_clock)
    , m_accounts(m_connection, m_session, store.accountCache())
    , m_proxy(m_connection.network(), m_credentials)
{
    m_proxy.setAsk(&ConsolePlatform::askProxy);
    m_sender.setBackoff(settings.value(Settings::Key::RetryBaseSeconds).toInt() * 1000,
                        settings.value(Settings::Key::RetryCapSeconds).toInt() * 1000);
    connect(&m_session, &Session::stateChanged, this, &ConsolePlatform::sessionChanged);
    connect(&m_accounts, &AccountSync::finished, this, &ConsolePlatform::accountChanged);
}

ConsolePlatform::~ConsolePlatform()
{
    m_sender.stop();
}

QString ConsolePlatform::connectConfigured()
{
    const QString url = m_settings.value(Settings::Key::PlatformUrl).toString();
    // Before any request, the first sign-in's included: the proxy applies to every platform.
    if (const QString proxyError =
            m_proxy.configure(m_settings.value(Settings::Key::ProxyUrl).toString(), QUrl(url));
        !proxyError.isEmpty())
        return proxyError;
    if (url.isEmpty())
        return {}; // the outbox waits; File → Sign in sets a platform and starts sending
    const QString error =
        m_connection.configure(url, m_settings.value(Settings::Key::PlatformCaFile).toString(),
                               m_settings.value(Settings::Key::PlatformPin).toString());
    if (!error.isEmpty())
        return error;
    m_sender.start();
    m_session.restore(m_settings.value(Settings::Key::PlatformUser).toString());
    return {};
}

QString ConsolePlatform::connectTraining(const QString &dataDir, const QString &user)
{
    const QString password = SandboxRunner::trainingPassword(user);
    if (password.isEmpty())
        return QCoreApplication::translate("ConsolePlatform",
                                           "%1 is not a training account. Use issuer.chimie, "
                                           "issuer.raffinerie, coord.anne or coord.bruno.")
            .arg(user);
    m_training.emplace(m_clock);
    if (const QString error = m_training->start(dataDir); !error.isEmpty())
        return error;
    m_credentials.setMemoryOnly(true);
    if (const QString error = m_connection.configure(m_training->url(), m_training->caFile(), {});
        !error.isEmpty())
        return error;
    m_sender.start();
    m_session.signIn(user, password);
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

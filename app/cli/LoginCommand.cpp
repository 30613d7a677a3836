#include "LoginCommand.h"

#include "AccountSync.h"
#include "Cli.h"
#include "CliSession.h"
#include "CliStore.h"
#include "ProgramOptions.h"
#include "TerminalInput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LoginCommand", text);
}

// The territories and sites into the profile, so a notice composed offline names a real site.
void cacheAccount(CliOutput &io, CliSession &cli, const QCommandLineParser &parser,
                  const Clock &clock)
{
    const auto store = CliStore::open(io, parser, clock);
    if (!store)
        return;
    AccountSync sync(cli.connection(), cli.session(), store->accountCache());
    QEventLoop loop;
    QString error;
    QObject::connect(&sync, &AccountSync::finished, &loop, [&](bool, const QString &e) {
        error = e;
        loop.quit();
    });
    sync.fetch();
    loop.exec();
    if (!error.isEmpty())
        io.err << error << Qt::endl;
    else
        io.out << QCoreApplication::translate(
                      "LoginCommand",
                      "%n site(s) of the account kept in the profile for offline use.", nullptr,
                      int(store->accountCache().sites().size()))
               << Qt::endl;
}

} // namespace

int LoginCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    const QCommandLineOption api(QStringLiteral("api"),
                                 tr("The platform's address, e.g. https://plateforme.example."),
                                 QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                tr("A PEM file with the platform's CA certificate, if your "
                                   "administrator gave you one."),
                                QStringLiteral("FILE"));
    const QCommandLineOption pin(QStringLiteral("pin"),
                                 tr("The platform key's SPKI SHA-256 (base64 or hexadecimal)."),
                                 QStringLiteral("SHA256"));
    parser.addOptions({api, ca, pin});
    parser.addPositionalArgument(QStringLiteral("USER"), tr("Your user name on the platform."));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    if (parser.positionalArguments().size() != 1) {
        m_io.err << tr("Use: allo-cli login --api URL [--ca FILE] [--pin SHA256] USER") << Qt::endl;
        return Cli::Unusable;
    }
    const QString user = parser.positionalArguments().first().trimmed();
    CliSession cli;
    Settings &settings = cli.settings();
    using K = Settings::Key;
    // Options win; without --api, the saved address with its saved CA file and pin.
    const QString address =
        parser.isSet(api) ? parser.value(api) : settings.value(K::PlatformUrl).toString();
    const bool sameAddress = address == settings.value(K::PlatformUrl).toString();
    const QString caFile =
        parser.isSet(ca) ? QFileInfo(parser.value(ca)).absoluteFilePath()
                         : (sameAddress ? settings.value(K::PlatformCaFile).toString() : QString());
    const QString pinText =
        parser.isSet(pin) ? parser.value(pin)
                          : (sameAddress ? settings.value(K::PlatformPin).toString() : QString());
    for (const auto &[key, value] :
         {std::pair{K::PlatformUrl, address}, std::pair{K::PlatformCaFile, caFile},
          std::pair{K::PlatformPin, pinText}}) {
        if (settings.isLocked(key) && settings.value(key).toString() != value) {
            m_io.err << tr("Your administrator set %1 to \"%2\" for this computer: leave the "
                           "option out, or ask them to change it.")
                            .arg(Settings::name(key), settings.value(key).toString())
                     << Qt::endl;
            return Cli::Unusable;
        }
    }
    if (const QString error = cli.configure(address, caFile, pinText); !error.isEmpty()) {
        m_io.err << error << Qt::endl;
        return Cli::Unusable;
    }
    const QString password = TerminalInput::readLine(
        m_io, tr("Password for %1 on %2: ").arg(user, cli.connection().address().url().toString()),
        true);
    if (password.isEmpty()) {
        m_io.err << tr("No password was given: type it at the prompt, or pipe it on standard "
                       "input.")
                 << Qt::endl;
        return Cli::Unusable;
    }
    if (const QString error = cli.wait([&] { cli.session().signIn(user, password); });
        !error.isEmpty()) {
        m_io.err << error << Qt::endl;
        return Cli::Invalid;
    }
    for (const auto &[key, value] :
         {std::pair{K::PlatformUrl, address}, std::pair{K::PlatformCaFile, caFile},
          std::pair{K::PlatformPin, pinText}, std::pair{K::PlatformUser, user}})
        settings.setValue(key, value);
    if (!cli.session().keychainAvailable()) {
        // A sign-in that cannot outlive this command is revoked at once.
        cli.wait([&] { cli.session().signOut(); });
        m_io.err << cli.session().keychainProblem() << Qt::endl
                 << tr("allo-cli keeps no sign-in without a keychain: unlock or install one "
                       "(GNOME Keyring, KWallet, Windows Credential Manager), then log in again.")
                 << Qt::endl;
        return Cli::Unusable;
    }
    const Session::Account &account = cli.session().account();
    m_io.out << tr("Signed in to %1 as %2 (%3, %4%5).")
                    .arg(cli.connection().address().url().toString(), account.username,
                         account.name, account.role,
                         account.company.isEmpty() ? QString() : ", " + account.company)
             << Qt::endl;
    cacheAccount(m_io, cli, parser, options.clock());
    return Cli::Ok;
}

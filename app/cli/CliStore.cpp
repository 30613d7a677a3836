#include "CliStore.h"

#include "LocalUser.h"

#include <QCoreApplication>

CliStore::Opened CliStore::open(CliOutput &io, const QCommandLineParser &parser, const Clock &clock,
                                JournalAnchor::Mode mode)
{
    Opened opened;
    opened.store = std::make_unique<Store>(Profile::fromParser(parser), clock);
    if (!opened.store->open(Store::Check::Blocking)) {
        io.err << opened.store->errorString() << Qt::endl;
        return {};
    }
    for (const QString &warning : opened.store->warnings())
        io.err << warning << Qt::endl;
    opened.credentials = std::make_unique<CredentialStore>(CredentialStore::standardService());
    opened.anchor = std::make_unique<JournalAnchor>(*opened.store, *opened.credentials, clock);
    // Without a keychain the command still runs; only a journal that no longer matches its
    // anchor is worth a word here (journal verify says the rest).
    if (opened.anchor->attach(mode) == JournalAnchor::State::Mismatch &&
        mode == JournalAnchor::Mode::Write)
        io.err
            << QCoreApplication::translate("CliStore", "Warning: %1.").arg(opened.anchor->problem())
            << Qt::endl;
    return opened;
}

QString CliStore::user()
{
    return LocalUser::name();
}

#include "CliStore.h"

#include "LocalUser.h"

std::unique_ptr<Store> CliStore::open(CliOutput &io, const QCommandLineParser &parser,
                                      const Clock &clock)
{
    auto store = std::make_unique<Store>(Profile::fromParser(parser), clock);
    if (!store->open(Store::Check::Blocking)) {
        io.err << store->errorString() << Qt::endl;
        return nullptr;
    }
    for (const QString &warning : store->warnings())
        io.err << warning << Qt::endl;
    return store;
}

QString CliStore::user()
{
    return LocalUser::name();
}

// The client process tst_soak starts and SIGKILLs: it opens a profile, signs in and runs the
// OutboxSender until nothing in the outbox is left to send, then prints "done SENT OTHER".
// Test-only, like store_kill_driver.
//   outbox_soak_driver PROFILE URL CA_FILE USER BASE_MS CAP_MS   (password in ALLO_SOAK_PASSWORD)

#include "Clock.h"
#include "CredentialStore.h"
#include "OutboxSender.h"
#include "PlatformConnection.h"
#include "Session.h"
#include "Store.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: outbox_soak_driver PROFILE URL CA_FILE USER BASE_MS CAP_MS\n");
        return 2;
    }
    Clock clock;
    Store store(Profile(args.at(1)), clock);
    if (!store.open(Store::Check::Blocking)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 2;
    }
    PlatformConnection connection;
    if (const QString error = connection.configure(args.at(2), args.at(3), {}); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    CredentialStore credentials(QStringLiteral("allo-test-soak"));
    Session session(connection, credentials);
    OutboxSender sender(store.outbox(), connection, session, clock);
    sender.setBackoff(args.at(5).toInt(), args.at(6).toInt());

    const QString user = args.at(4);
    const QString password = qEnvironmentVariable("ALLO_SOAK_PASSWORD");
    // The faults hit the sign-in too: try again until it works.
    QObject::connect(&session, &Session::finished, &app, [&](bool ok, const QString &error) {
        if (!ok) {
            std::fprintf(stderr, "sign-in: %s\n", qPrintable(error));
            QTimer::singleShot(50, &app, [&] { session.signIn(user, password); });
        }
    });
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        Outbox &outbox = store.outbox();
        if (!sender.isIdle() || !outbox.outcomeUnknown().isEmpty() || !outbox.waiting().isEmpty() ||
            !outbox.ready(1).isEmpty())
            return;
        int sent = 0;
        int other = 0;
        for (const Outbox::Operation &op : outbox.list())
            (op.state == Outbox::State::Sent ? sent : other) += 1;
        std::printf("done %d %d\n", sent, other);
        std::fflush(stdout);
        app.quit();
    });
    done.start(100);
    sender.start();
    session.signIn(user, password);
    return app.exec();
}

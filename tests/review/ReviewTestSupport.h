#pragma once

#include "ApiCall.h"
#include "Clock.h"
#include "CredentialStore.h"
#include "OutboxSender.h"
#include "PlatformConnection.h"
#include "PlatformNotice.h"
#include "Session.h"
#include "Store.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

// The allo-sandbox program in its own process, as the platform would run: TZ=UTC and LANG=C,
// whatever the test's own time zone and locale, on a free loopback port, with its training CA.
class SandboxProcess
{
public:
    // Where the sandbox's clock starts (--now): every sample's period is ahead of it.
    static QString now() { return QStringLiteral("2026-03-20T12:00:00+01:00"); }

    SandboxProcess();
    ~SandboxProcess();
    bool isReady() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString caFile() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
};

// One console: its connection, a session signed in (refresh token in memory only), its own
// profile on disk and the outbox sender that sends it.
class ReviewClient
{
public:
    ReviewClient(const SandboxProcess &sandbox, const QString &user);

    bool signIn();
    QString user() const { return m_user; }

    Clock clock;
    PlatformConnection connection;
    CredentialStore credentials;
    Session session;
    QTemporaryDir profileDir;
    Store store;
    OutboxSender sender;

    // Sends what the outbox holds and waits until the operation is settled (sent, conflict,
    // failed, needs sign-in); returns it as it ended.
    Outbox::Operation sendAndWait(const QString &operationId);
    // One plain request as this user, waited for.
    ApiCall::Result call(const QByteArray &method, const QString &path,
                         const QJsonObject &body = {}, const QByteArray &idempotencyKey = {});

private:
    QString m_user;
};

namespace ReviewTest {

// A sample notice for a demo company and site, with a fresh id.
QJsonObject notice(const QString &sample, const QString &company, const QString &site);
// Chimie de la Vallée's site in rouen-metropole.
inline QString chimie()
{
    return QStringLiteral("Chimie de la Vallée");
}
inline QString chimieSite()
{
    return QStringLiteral("cv-grand-quevilly");
}

// GET /v1/notices/{id} as client, with every revision; nothing when it failed.
std::optional<PlatformNotice> details(ReviewClient &client, const QString &id);

// Reads every public endpoint of rouen-metropole (web, hotline, X, Mastodon, CAP) in French and
// English as reader and compares the item of notice.id with what the console renders for that
// revision, byte for byte. Returns how many of the ten matched; why: the first difference.
int servedAsPreviewed(ReviewClient &reader, const PlatformNotice &notice, int revision,
                      QString &why);

} // namespace ReviewTest

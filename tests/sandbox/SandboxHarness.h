#pragma once

#include "Clock.h"
#include "FaultInjector.h"
#include "SandboxApi.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <memory>

// An in-process sandbox on a free loopback port over real HTTPS, and a client that trusts only
// the sandbox's own CA (never ignoreSslErrors). Every answer is recorded for ContractCoverage.
class SandboxHarness
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer (connection cut, TLS failure…)
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QJsonObject json;
        QList<std::pair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const;
        QString problemCode() const { return json.value(QStringLiteral("code")).toString(); }
    };

    // Long, so that tests moving the clock by hours keep their tokens.
    static constexpr int kAccessLifetime = 7 * 86400;

    // The training users, plus "coord.havre" (coordinator of le-havre only), "issuer.quevilly"
    // (Chimie de la Vallée in rouen-metropole only) and "admin".
    SandboxHarness();
    ~SandboxHarness();

    bool isReady() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    // The training CA's certificate, the one a client passes with --ca.
    QString caFile() const;
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    Clock &clock() { return m_clock; }
    FaultInjector &faults() { return m_faults; }
    SandboxStore &store() { return m_store; }
    SandboxApi &api() { return *m_api; }

    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // With a bearer token and, for a change, an Idempotency-Key.
    Reply call(const QString &token, const QByteArray &method, const QString &pathAndQuery,
               const QJsonObject &body = {}, const QByteArray &idempotencyKey = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // An access token for a training user (their password is "training-<name>").
    QString signIn(const QString &username);

    static QString passwordOf(const QString &username);
    // A sample notice rewritten for a demo company, with a fresh id.
    static QJsonObject notice(const QString &sample, const QString &company,
                              const QString &territory, const QString &site);
    static QByteArray newKey();

private:
    QTemporaryDir m_dir;
    Clock m_clock;
    FaultInjector m_faults;
    SandboxStore m_store;
    std::unique_ptr<SandboxApi> m_api;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    quint16 m_port = 0;
};

#include "CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "allo.keychain")

namespace {

CredentialStore::Answer answerFor(const QKeychain::Job &job)
{
    CredentialStore::Answer answer;
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return answer;
    qCWarning(lcKeychain) << "keychain unavailable:" << job.error() << job.errorString();
    answer.available = false;
    answer.detail = job.errorString();
    answer.error =
        QCoreApplication::translate(
            "CredentialStore", "No secure storage is available (%1). You stay signed in until the "
                               "program closes; nothing is written to disk.")
            .arg(job.errorString());
    return answer;
}

template<typename JobType>
JobType *makeJob(const QString &service, const QString &account, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    // Never fall back to a file: a secret is never written to disk in clear.
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString CredentialStore::standardService()
{
    const QString service = qEnvironmentVariable("ALLO_KEYCHAIN_SERVICE");
    return service.isEmpty() ? QStringLiteral("allo-industrie") : service;
}

QString CredentialStore::account(const QString &platform, const QString &user)
{
    return user + QLatin1Char('@') + platform;
}

void CredentialStore::write(const QString &account, const QString &secret, Callback done)
{
    if (m_memoryOnly) {
        m_memory.insert(account, secret);
        return answerLater(std::move(done), {});
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *j) { done(answerFor(*j)); });
    job->start();
}

void CredentialStore::read(const QString &account, Callback done)
{
    if (m_memoryOnly) {
        Answer answer;
        if (m_memory.contains(account))
            answer.secret = m_memory.value(account);
        return answerLater(std::move(done), answer);
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        Answer answer = answerFor(*j);
        if (j->error() == QKeychain::NoError)
            answer.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(answer);
    });
    job->start();
}

void CredentialStore::remove(const QString &account, Callback done)
{
    if (m_memoryOnly) {
        m_memory.remove(account);
        return answerLater(std::move(done), {});
    }
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *j) { done(answerFor(*j)); });
    job->start();
}

void CredentialStore::answerLater(Callback done, const Answer &answer)
{
    // Like the keychain, never inside the caller's own call.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
}

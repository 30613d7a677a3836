#include "CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#if ALLO_WINCRED
#include "WindowsCredentials.h"
#else
#include <qt6keychain/keychain.h>
#endif

Q_LOGGING_CATEGORY(lcKeychain, "allo.keychain")

namespace {

CredentialStore::Answer unavailable(const QString &why)
{
    qCWarning(lcKeychain) << "keychain unavailable:" << why;
    CredentialStore::Answer answer;
    answer.available = false;
    answer.detail = why;
    answer.error =
        QCoreApplication::translate(
            "CredentialStore", "No secure storage is available (%1). You stay signed in until the "
                               "program closes; nothing is written to disk.")
            .arg(why);
    return answer;
}

#if ALLO_WINCRED
CredentialStore::Answer answerFor(const WindowsCredentials::Result &result)
{
    if (!result.error.isEmpty())
        return unavailable(result.error);
    CredentialStore::Answer answer;
    if (result.found)
        answer.secret = result.secret;
    return answer;
}
#else

CredentialStore::Answer answerFor(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return {};
    return unavailable(job.errorString());
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
#endif

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
#if ALLO_WINCRED
    answerLater(std::move(done), answerFor(WindowsCredentials::write(target(account), secret)));
#else
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *j) { done(answerFor(*j)); });
    job->start();
#endif
}

void CredentialStore::read(const QString &account, Callback done)
{
    if (m_memoryOnly) {
        Answer answer;
        if (m_memory.contains(account))
            answer.secret = m_memory.value(account);
        return answerLater(std::move(done), answer);
    }
#if ALLO_WINCRED
    answerLater(std::move(done), answerFor(WindowsCredentials::read(target(account))));
#else
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        Answer answer = answerFor(*j);
        if (j->error() == QKeychain::NoError)
            answer.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(answer);
    });
    job->start();
#endif
}

void CredentialStore::remove(const QString &account, Callback done)
{
    if (m_memoryOnly) {
        m_memory.remove(account);
        return answerLater(std::move(done), {});
    }
#if ALLO_WINCRED
    answerLater(std::move(done), answerFor(WindowsCredentials::remove(target(account))));
#else
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *j) { done(answerFor(*j)); });
    job->start();
#endif
}

QString CredentialStore::target(const QString &account) const
{
    return m_service + QLatin1Char('/') + account;
}

void CredentialStore::answerLater(Callback done, const Answer &answer)
{
    // Like the keychain, never inside the caller's own call.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
}

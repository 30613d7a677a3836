#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ApiRoute.h"
#include "Notice.h"
#include "ReviewPolicy.h"
#include "SandboxStore.h"
#include "SignInLimiter.h"

class Clock;

// The platform's rules, transport aside: one request in, one answer out. docs/api/openapi.yaml
// is the contract; docs/api/README.md says what a schema cannot (policy, idempotency, paging).
class SandboxApi
{
public:
    // The JSON routes' limit; the hotline audio's own is ApiRoute::kMaxAudioBody.
    static constexpr qsizetype kMaxBody = ApiRoute::kMaxJsonBody;
    static constexpr int kMaxIdempotencyKey = 200;
    // docs/api/openapi.yaml's info.version, which /v1/health reports as apiVersion.
    static constexpr const char *apiVersion = "1.3.0";
    // The version before the hotline audio's routes: what a sandbox without them reports.
    static constexpr const char *apiVersionBeforeAudio = "1.2.0";

    // Stored answers are replayed for this long; expired sessions and older answers are purged
    // at the first request and then every hour (of the sandbox's clock).
    static constexpr qint64 kAnswersKeptMs = qint64(30) * 86400 * 1000;
    static constexpr qint64 kPurgeEveryMs = qint64(3600) * 1000;

    struct Outcome
    {
        ApiResponse response;
        // This request applied a change now (not a replay, not a refusal): the moment a
        // drop-after-commit fault cuts the connection.
        bool committed = false;
    };

    SandboxApi(SandboxStore &store, const Clock &clock, const ReviewPolicy &policy = {});

    Outcome handle(const ApiRequest &request);
    // Access tokens last this long (refresh tokens 30 days).
    void setAccessLifetime(int seconds) { m_accessSeconds = seconds; }
    void setSignInLimits(const SignInLimiter::Limits &limits) { m_signIns.setLimits(limits); }
    // The version /v1/health reports instead of apiVersion (allo-sandbox --api-version): to
    // rehearse a console against an older platform. What is accepted does not change.
    void setReportedApiVersion(const QString &version) { m_reportedApiVersion = version; }
    // Off (allo-sandbox --without-hotline-audio): the audio routes answer 404 and /v1/health
    // reports apiVersionBeforeAudio, as a platform from before them would.
    void setHotlineAudio(bool on);

private:
    using User = SandboxStore::User;

    Outcome mutate(const ApiRequest &request, const ApiRoute &route, const User &user);
    ApiResponse dispatch(const ApiRequest &request, const ApiRoute &route, const User &user);
    ApiResponse signIn(const ApiRequest &request);
    ApiResponse refresh(const ApiRequest &request);
    ApiResponse territories(const User &user) const;
    ApiResponse listNotices(const ApiRequest &request, const User &user);
    ApiResponse getNotice(const ApiRequest &request, const QString &id, const User &user);
    ApiResponse submit(const ApiRequest &request, const User &user);
    ApiResponse revise(const ApiRequest &request, const QString &id, const User &user);
    ApiResponse close(const ApiRequest &request, const QString &id, const User &user,
                      const QString &state);
    ApiResponse review(const ApiRequest &request, const QString &id, const User &user);
    ApiResponse putHotlineAudio(const ApiRequest &request, const ApiRoute &route, const User &user);
    ApiResponse publicHotlineAudio(const ApiRequest &request, const QString &id);

    // The rule book's problems (PublicationRules) as field errors: blocking, then warnings.
    std::pair<QJsonArray, QJsonArray> ruleBook(const Notice &notice) const;
    // The notice's checks shared by submit and revise: the rule book, company, territory, site.
    std::optional<ApiResponse> refuseNotice(const QJsonObject &json, const User &user,
                                            QJsonArray &warnings);
    std::optional<SandboxStore::Notice> visibleNotice(const QString &id, const User &user);
    QJsonObject resource(const SandboxStore::Notice &notice, bool withRevisions);
    ApiResponse tokens(const SandboxStore::Session &session);
    ApiResponse change(const SandboxStore::Notice &notice, int status,
                       const QJsonArray &warnings = {});

    SandboxStore &m_store;
    const Clock &m_clock;
    ReviewPolicy m_policy;
    int m_accessSeconds = 900;
    QString m_reportedApiVersion = QLatin1String(apiVersion);
    bool m_hotlineAudio = true;
    SignInLimiter m_signIns;
    qint64 m_now = 0; // the clock read once per request
    std::optional<qint64> m_lastPurge;
};

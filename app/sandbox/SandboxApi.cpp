#include "SandboxApi.h"

#include "ChannelRenderer.h"
#include "Clock.h"
#include "HotlineAudioCheck.h"
#include "IsoTime.h"
#include "Notice.h"
#include "NoticeValidator.h"
#include "PublicFeed.h"
#include "PublicationRules.h"
#include "TerritoryCatalog.h"
#include "Version.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstdlib>

namespace {

const QStringList &states()
{
    static const QStringList list = {QStringLiteral("pending_review"),
                                     QStringLiteral("published"),
                                     QStringLiteral("changes_requested"),
                                     QStringLiteral("rejected"),
                                     QStringLiteral("ended"),
                                     QStringLiteral("cancelled")};
    return list;
}

bool isClosed(const QString &state)
{
    return state == QLatin1String("ended") || state == QLatin1String("cancelled") ||
           state == QLatin1String("rejected");
}

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxApi", text);
}

QString isoTime(qint64 ms)
{
    return IsoTime::format(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()), QTimeZone::utc());
}

QByteArray etag(const SandboxStore::Notice &n)
{
    return '"' + n.id.toLatin1() + '.' + QByteArray::number(n.version) + '"';
}

// If-None-Match may list several tags, weak or strong.
bool matchesNoneMatch(const QByteArray &header, const QByteArray &tag)
{
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == tag || candidate == "*")
            return true;
    }
    return false;
}

QJsonObject fieldError(const QString &field, const QString &code, const QString &message)
{
    return {{QStringLiteral("field"), field},
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message}};
}

// A comment or a reason is shown to people and printed in terminals as a notice's text is.
void refuseControlCharacters(const QString &value, const QString &field, QJsonArray &errors)
{
    if (const auto issue = NoticeValidator::controlCharacter(value, field, true))
        errors.append(fieldError(field, issue->code, issue->message()));
}

ApiResponse invalid(const QJsonArray &errors)
{
    return ApiResponse::problem(422, QStringLiteral("validation"),
                                tr("The request has errors: see each field."), errors);
}

ApiResponse invalidField(const QString &field, const QString &code, const QString &message)
{
    return invalid({fieldError(field, code, message)});
}

ApiResponse notFound()
{
    return ApiResponse::problem(404, QStringLiteral("not_found"),
                                tr("There is no such notice, or it is not yours to see."));
}

ApiResponse unauthorized(const QString &detail)
{
    ApiResponse r = ApiResponse::problem(401, QStringLiteral("unauthorized"), detail);
    r.setHeader("WWW-Authenticate", "Bearer");
    return r;
}

// The body as a JSON object, or the 400 that refuses it.
std::optional<QJsonObject> jsonBody(const ApiRequest &request, ApiResponse &refusal)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (doc.isObject())
        return doc.object();
    refusal = ApiResponse::problem(
        400, QStringLiteral("invalid_json"),
        doc.isNull() ? tr("The body is not JSON: %1 at byte %2.")
                           .arg(error.errorString(), QString::number(error.offset))
                     : tr("The body must be a JSON object."));
    return std::nullopt;
}

QString requiredString(const QJsonObject &o, const char *key, QJsonArray &errors)
{
    const QString value = o.value(QLatin1String(key)).toString();
    if (value.trimmed().isEmpty())
        errors.append(fieldError(QLatin1String(key), QStringLiteral("required"),
                                 tr("This field is required.")));
    return value;
}

// Who sees which notices: the one rule behind the list and every route on one notice (GET, PUT,
// end, cancel, review), applied by the same query so that they cannot disagree. An admin sees
// every notice, a coordinator those of their territories, an issuer their company's in their
// territories. A notice out of sight answers 404, like one that does not exist.
SandboxStore::Filter scope(const SandboxStore::User &user)
{
    SandboxStore::Filter filter;
    if (user.role == QLatin1String("admin"))
        return filter;
    // No territory sees nothing: "" is no territory's id.
    filter.territories = user.territories.isEmpty() ? QStringList{QString()} : user.territories;
    if (user.role != QLatin1String("coordinator"))
        filter.ownCompany = user.company;
    return filter;
}

bool validKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > SandboxApi::kMaxIdempotencyKey)
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

} // namespace

SandboxApi::SandboxApi(SandboxStore &store, const Clock &clock, const ReviewPolicy &policy)
    : m_store(store)
    , m_clock(clock)
    , m_policy(policy)
{}

SandboxApi::Outcome SandboxApi::handle(const ApiRequest &request)
{
    using Op = ApiRoute::Operation;
    const ApiRoute route = ApiRoute::match(request.method, request.path);
    const bool knownRoute = route.operation != Op::None &&
                            (m_hotlineAudio || (route.operation != Op::PutHotlineAudio &&
                                                route.operation != Op::PublicHotlineAudio));
    // QHttpServer 6.4 has no size limit of its own: each route's limit is enforced here, the
    // hotline audio's (1 MiB) for its route alone, 64 KiB for every other one.
    const qsizetype limit = knownRoute ? route.maxBody() : kMaxBody;
    if (request.body.size() > limit)
        return {
            ApiResponse::problem(
                413, QStringLiteral("too_large"),
                tr("The body has %1 bytes; the limit is %2.").arg(request.body.size()).arg(limit)),
            false};
    if (!knownRoute)
        return {ApiResponse::problem(404, QStringLiteral("no_route"),
                                     tr("There is no %1 %2 in this API.")
                                         .arg(QString::fromLatin1(request.method), request.path)),
                false};
    m_now = m_clock.now().toMSecsSinceEpoch();
    // Notices end by themselves: checked before every answer, so that --now and tests' clocks
    // decide exactly when.
    m_store.begin();
    m_store.endDue(m_now);
    // abs: tests and --now may set the clock back.
    if (!m_lastPurge || std::abs(m_now - *m_lastPurge) >= kPurgeEveryMs) {
        m_store.purge(m_now, kAnswersKeptMs);
        m_lastPurge = m_now;
    }
    m_store.commit();

    Outcome outcome;
    if (route.operation == Op::Health) {
        outcome.response =
            ApiResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("version"), Allo::version()},
                                    {QStringLiteral("apiVersion"), m_reportedApiVersion},
                                    {QStringLiteral("time"), isoTime(m_now)}});
    } else if (route.operation == Op::SignIn) {
        outcome.response = signIn(request);
    } else if (route.operation == Op::Refresh) {
        outcome.response = refresh(request);
    } else if (route.operation == Op::PublicChannel) {
        const QString language = request.query.hasQueryItem(QStringLiteral("lang"))
                                     ? request.query.queryItemValue(QStringLiteral("lang"))
                                     : QStringLiteral("fr");
        outcome.response = PublicFeed::render(m_store, route.territory, route.channel, language);
    } else if (route.operation == Op::PublicHotlineAudio) {
        outcome.response = publicHotlineAudio(request, route.noticeId);
    } else {
        const auto username = m_store.sessionUser(request.bearerToken(), m_now);
        const auto user = username ? m_store.user(*username) : std::nullopt;
        if (!user)
            outcome.response =
                unauthorized(tr("Sign in first: the access token is missing, expired or revoked."));
        else if (route.isMutation())
            outcome = mutate(request, route, *user);
        else
            outcome.response = dispatch(request, route, *user);
    }
    if (m_store.takeFailure())
        outcome = {ApiResponse::problem(500, QStringLiteral("store_failed"),
                                        tr("The platform's database failed; nothing was applied.")),
                   false};
    return outcome;
}

SandboxApi::Outcome SandboxApi::mutate(const ApiRequest &request, const ApiRoute &route,
                                       const User &user)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (!validKey(key))
        return {ApiResponse::problem(400, QStringLiteral("idempotency_key_required"),
                                     tr("A change needs an Idempotency-Key header of 1 to %1 "
                                        "printable characters.")
                                         .arg(kMaxIdempotencyKey)),
                false};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(request.method + ' ' + request.path.toUtf8() + '\n'));
    hash.addData(request.body);
    const QByteArray fingerprint = hash.result();
    const QString keyText = QString::fromLatin1(key);

    // The stored answer comes before any other check (If-Match included): a retry of an
    // applied change must see its success, not a precondition failure it caused itself.
    if (const auto stored = m_store.storedAnswer(user.username, keyText)) {
        if (stored->first != fingerprint)
            return {invalidField(QStringLiteral("Idempotency-Key"),
                                 QStringLiteral("idempotency_key_reused"),
                                 tr("This Idempotency-Key was used for another request: use a "
                                    "new key for a new change.")),
                    false};
        ApiResponse replay = stored->second;
        replay.setHeader("Idempotent-Replayed", "true");
        return {replay, false};
    }

    m_store.begin();
    const ApiResponse response = dispatch(request, route, user);
    m_store.storeAnswer(user.username, keyText, fingerprint, response, m_now);
    if (m_store.takeFailure()) {
        m_store.rollback();
        return {ApiResponse::problem(500, QStringLiteral("store_failed"),
                                     tr("The platform's database failed; nothing was applied.")),
                false};
    }
    m_store.commit();
    return {response, response.status >= 200 && response.status < 300};
}

ApiResponse SandboxApi::dispatch(const ApiRequest &request, const ApiRoute &route, const User &user)
{
    using Op = ApiRoute::Operation;
    switch (route.operation) {
    case Op::SignOut:
        m_store.revokeSession(request.bearerToken());
        return ApiResponse::empty(204);
    case Op::Me:
        return ApiResponse::json(200, user.toJson());
    case Op::Territories:
        return territories(user);
    case Op::Sites: {
        QJsonArray items;
        const bool company = user.role == QLatin1String("issuer");
        for (const QJsonObject &site :
             m_store.sites(company ? user.company : QString(), user.territories))
            items.append(site);
        return ApiResponse::json(200, {{QStringLiteral("items"), items}});
    }
    case Op::ListNotices:
        return listNotices(request, user);
    case Op::GetNotice:
        return getNotice(request, route.noticeId, user);
    case Op::SubmitNotice:
        return submit(request, user);
    case Op::ReviseNotice:
        return revise(request, route.noticeId, user);
    case Op::EndNotice:
        return close(request, route.noticeId, user, QStringLiteral("ended"));
    case Op::CancelNotice:
        return close(request, route.noticeId, user, QStringLiteral("cancelled"));
    case Op::ReviewNotice:
        return review(request, route.noticeId, user);
    case Op::PutHotlineAudio:
        return putHotlineAudio(request, route, user);
    default:
        return notFound();
    }
}

ApiResponse SandboxApi::signIn(const ApiRequest &request)
{
    ApiResponse refusal;
    const auto body = jsonBody(request, refusal);
    if (!body)
        return refusal;
    QJsonArray errors;
    const QString username = requiredString(*body, "username", errors);
    const QString password = requiredString(*body, "password", errors);
    if (!errors.isEmpty())
        return invalid(errors);
    // Checked before the password, so that a right guess gains nothing while the limit holds.
    if (const int wait = m_signIns.retryAfter(username, request.peer, m_now); wait > 0) {
        ApiResponse r = ApiResponse::problem(
            429, QStringLiteral("too_many_sign_ins"),
            tr("Too many failed sign-ins for this user or from this address: try again in %1 "
               "seconds.")
                .arg(wait));
        r.setHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    const auto user = m_store.checkPassword(username, password);
    if (!user) {
        m_signIns.failed(username, request.peer, m_now);
        return unauthorized(tr("Wrong user name or password."));
    }
    m_signIns.succeeded(username);
    return tokens(m_store.createSession(user->username, m_now, m_accessSeconds, 30 * 86400));
}

ApiResponse SandboxApi::refresh(const ApiRequest &request)
{
    ApiResponse refusal;
    const auto body = jsonBody(request, refusal);
    if (!body)
        return refusal;
    QJsonArray errors;
    const QString token = requiredString(*body, "refresh_token", errors);
    if (!errors.isEmpty())
        return invalid(errors);
    const auto session =
        m_store.rotateSession(token.toLatin1(), m_now, m_accessSeconds, 30 * 86400);
    if (!session)
        return unauthorized(tr("The refresh token is unknown, used or expired: sign in again."));
    return tokens(*session);
}

ApiResponse SandboxApi::tokens(const SandboxStore::Session &session)
{
    const auto user = m_store.user(session.username);
    return ApiResponse::json(
        200, {{QStringLiteral("access_token"), QString::fromLatin1(session.accessToken)},
              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
              {QStringLiteral("expires_in"), m_accessSeconds},
              {QStringLiteral("refresh_token"), QString::fromLatin1(session.refreshToken)},
              {QStringLiteral("user"), user ? user->toJson() : QJsonObject()}});
}

ApiResponse SandboxApi::territories(const User &user) const
{
    QJsonArray items;
    for (const Territory &t : TerritoryCatalog::builtIn().all()) {
        if (user.role != QLatin1String("admin") && !user.territories.contains(t.id))
            continue;
        items.append(QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("hotline"), t.hotline},
            {QStringLiteral("x"), t.xAccount},
            {QStringLiteral("mastodon"), t.mastodonAccount},
            {QStringLiteral("web"), t.webSection},
            {QStringLiteral("timezone"), QString::fromLatin1(t.timeZone.id())},
            {QStringLiteral("smsMaxParts"), t.smsMaxParts},
            {QStringLiteral("hotlineWordsPerMinute"), t.hotlineWordsPerMinute},
            {QStringLiteral("publishedAtOnce"), QJsonArray::fromStringList(t.publishedAtOnce)}});
    }
    return ApiResponse::json(200, {{QStringLiteral("items"), items}});
}

std::optional<SandboxStore::Notice> SandboxApi::visibleNotice(const QString &id, const User &user)
{
    SandboxStore::Filter filter = scope(user);
    filter.id = id;
    filter.limit = 1;
    const QList<SandboxStore::Notice> found = m_store.list(filter);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QJsonObject SandboxApi::resource(const SandboxStore::Notice &n, bool withRevisions)
{
    const QList<SandboxStore::Revision> revisions = m_store.revisions(n.id);
    const auto review = [](const SandboxStore::Revision &r) -> QJsonValue {
        if (r.decision.isEmpty())
            return QJsonValue::Null;
        return QJsonObject{{QStringLiteral("revision"), r.revision},
                           {QStringLiteral("decision"), r.decision},
                           {QStringLiteral("comment"), r.comment},
                           {QStringLiteral("decided_by"), r.decidedBy},
                           {QStringLiteral("decided_at"), isoTime(r.decidedAt)}};
    };
    QJsonValue latestReview = QJsonValue::Null;
    QJsonArray list;
    for (const SandboxStore::Revision &r : revisions) {
        if (!r.decision.isEmpty())
            latestReview = review(r);
        list.append(QJsonObject{
            {QStringLiteral("revision"), r.revision},
            {QStringLiteral("notice"), r.json},
            {QStringLiteral("submitted_by"), r.submittedBy},
            {QStringLiteral("submitted_at"), isoTime(r.submittedAt)},
            {QStringLiteral("published_at"),
             r.publishedAt ? QJsonValue(isoTime(*r.publishedAt)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("review"), review(r)}});
    }
    const SandboxStore::Revision latest =
        revisions.isEmpty() ? SandboxStore::Revision() : revisions.last();
    QJsonObject o{{QStringLiteral("id"), n.id},
                  {QStringLiteral("territory"), n.territory},
                  {QStringLiteral("company"), n.company},
                  {QStringLiteral("type"), n.type},
                  {QStringLiteral("state"), n.state},
                  {QStringLiteral("revision"), n.revision},
                  {QStringLiteral("published_revision"),
                   n.publishedRevision ? QJsonValue(n.publishedRevision) : QJsonValue::Null},
                  {QStringLiteral("submitted_by"), latest.submittedBy},
                  {QStringLiteral("updated_at"), isoTime(n.updatedAt)},
                  {QStringLiteral("notice"), latest.json},
                  {QStringLiteral("review"), latestReview}};
    if (!n.reason.isEmpty())
        o.insert(QStringLiteral("reason"), n.reason);
    if (withRevisions)
        o.insert(QStringLiteral("revisions"), list);
    return o;
}

ApiResponse SandboxApi::listNotices(const ApiRequest &request, const User &user)
{
    const QUrlQuery &q = request.query;
    const auto bad = [](const QString &detail) {
        return ApiResponse::problem(400, QStringLiteral("invalid_query"), detail);
    };
    SandboxStore::Filter filter = scope(user);
    filter.state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    filter.territory = q.queryItemValue(QStringLiteral("territory"), QUrl::FullyDecoded);
    filter.company = q.queryItemValue(QStringLiteral("company"), QUrl::FullyDecoded);
    if (!filter.state.isEmpty() && !states().contains(filter.state))
        return bad(tr("Unknown state \"%1\": use one of %2.")
                       .arg(filter.state, states().join(QLatin1String(", "))));
    if (q.hasQueryItem(QStringLiteral("since"))) {
        const auto since =
            IsoTime::parse(q.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
        if (!since)
            return bad(tr("since must be an ISO 8601 time with an offset."));
        filter.since = since->toMSecsSinceEpoch();
    }
    if (q.hasQueryItem(QStringLiteral("cursor"))) {
        bool ok = false;
        filter.afterSeq =
            QByteArray::fromBase64(q.queryItemValue(QStringLiteral("cursor")).toLatin1(),
                                   QByteArray::Base64UrlEncoding |
                                       QByteArray::AbortOnBase64DecodingErrors)
                .toLongLong(&ok);
        if (!ok || filter.afterSeq < 0)
            return bad(tr("The cursor is not one this API gave."));
    }
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 200)
            return bad(tr("limit must be between 1 and 200."));
    }
    const int limit = filter.limit;
    filter.limit = limit + 1; // one more tells whether a next page exists
    QList<SandboxStore::Notice> notices = m_store.list(filter);
    QJsonValue next = QJsonValue::Null;
    if (notices.size() > limit) {
        notices.resize(limit);
        next = QString::fromLatin1(
            QByteArray::number(notices.last().seq)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    // The page's tag: the query and every notice's version on it.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.query.toString(QUrl::FullyEncoded).toUtf8());
    hash.addData(user.username.toUtf8());
    QJsonArray items;
    for (const SandboxStore::Notice &n : notices) {
        hash.addData(etag(n));
        items.append(resource(n, false));
    }
    hash.addData(next.toString().toLatin1());
    const QByteArray tag = '"' + hash.result().toHex().left(32) + '"';
    if (matchesNoneMatch(request.header("If-None-Match"), tag)) {
        ApiResponse r = ApiResponse::empty(304);
        r.setHeader("ETag", tag);
        return r;
    }
    ApiResponse r = ApiResponse::json(
        200, {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}});
    r.setHeader("ETag", tag);
    return r;
}

ApiResponse SandboxApi::getNotice(const ApiRequest &request, const QString &id, const User &user)
{
    const auto n = visibleNotice(id, user);
    if (!n)
        return notFound();
    if (matchesNoneMatch(request.header("If-None-Match"), etag(*n))) {
        ApiResponse r = ApiResponse::empty(304);
        r.setHeader("ETag", etag(*n));
        return r;
    }
    ApiResponse r = ApiResponse::json(200, resource(*n, true));
    r.setHeader("ETag", etag(*n));
    return r;
}

std::optional<ApiResponse> SandboxApi::refuseNotice(const QJsonObject &json, const User &user,
                                                    QJsonArray &warnings)
{
    // The rule book the console and allo-cli apply: nothing a channel cannot publish is accepted.
    const Notice notice(json);
    const auto rules = ruleBook(notice);
    for (const QJsonValue &w : rules.second)
        warnings.append(w);
    if (!rules.first.isEmpty())
        return invalid(rules.first);
    // Issuers publish for their company; coordinators for any company of their territories (when
    // a member phones the CCI), which is why nobody may review their own submission.
    if (user.role == QLatin1String("issuer")) {
        if (notice.company() != user.company)
            return ApiResponse::problem(
                403, QStringLiteral("not_your_company"),
                tr("You publish for %1, not for %2.").arg(user.company, notice.company()));
        if (!user.territories.contains(notice.territory()))
            return ApiResponse::problem(
                403, QStringLiteral("not_your_territory"),
                tr("Your account does not publish in %1.").arg(notice.territory()));
    } else if (!user.coordinates(notice.territory())) {
        return ApiResponse::problem(
            403, QStringLiteral("not_your_territory"),
            tr("Your account does not publish in %1.").arg(notice.territory()));
    }
    const QString site = notice.site().id;
    if (!site.isEmpty() && !m_store.hasSite(notice.company(), notice.territory(), site))
        return invalidField(
            QStringLiteral("site.id"), QStringLiteral("unknown_site"),
            tr("%1 has no site \"%2\" in %3.").arg(notice.company(), site, notice.territory()));
    return std::nullopt;
}

std::pair<QJsonArray, QJsonArray> SandboxApi::ruleBook(const Notice &notice) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc());
    QJsonArray errors;
    QJsonArray warnings;
    for (const ValidationIssue &issue :
         PublicationRules::checkAll(notice, ChannelRenderer::context(notice, now)))
        (issue.isError() ? errors : warnings)
            .append(fieldError(issue.path, issue.code, issue.message()));
    return {errors, warnings};
}

ApiResponse SandboxApi::change(const SandboxStore::Notice &n, int status,
                               const QJsonArray &warnings)
{
    QJsonObject o{{QStringLiteral("id"), n.id},
                  {QStringLiteral("revision"), n.revision},
                  {QStringLiteral("state"), n.state}};
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), warnings);
    ApiResponse r = ApiResponse::json(status, o);
    r.setHeader("ETag", etag(n));
    return r;
}

ApiResponse SandboxApi::submit(const ApiRequest &request, const User &user)
{
    ApiResponse refusal;
    const auto json = jsonBody(request, refusal);
    if (!json)
        return refusal;
    QJsonArray warnings;
    if (const auto refused = refuseNotice(*json, user, warnings))
        return *refused;
    const Notice notice(*json);
    if (m_store.notice(notice.id()))
        return ApiResponse::problem(409, QStringLiteral("id_exists"),
                                    tr("A notice with the id %1 exists already.").arg(notice.id()));
    const bool atOnce = m_policy.moment(notice.territory(), notice.type()) ==
                        ReviewPolicy::Moment::AfterPublication;
    SandboxStore::Notice n;
    n.id = notice.id();
    n.territory = notice.territory();
    n.company = notice.company();
    n.type = notice.type();
    n.state = atOnce ? QStringLiteral("published") : QStringLiteral("pending_review");
    n.revision = 1;
    n.publishedRevision = atOnce ? 1 : 0;
    if (const auto end = notice.end())
        n.endAt = end->toMSecsSinceEpoch();
    n.updatedAt = m_now;
    SandboxStore::Revision first;
    first.revision = 1;
    first.json = *json;
    first.submittedBy = user.username;
    first.submittedAt = m_now;
    if (atOnce)
        first.publishedAt = m_now;
    m_store.insertNotice(n, first);
    ApiResponse r = change(n, 201, warnings);
    r.setHeader("Location", "/v1/notices/" + n.id.toLatin1());
    return r;
}

ApiResponse SandboxApi::revise(const ApiRequest &request, const QString &id, const User &user)
{
    auto n = visibleNotice(id, user);
    if (!n)
        return notFound();
    const QByteArray ifMatch = request.header("If-Match");
    if (ifMatch.isEmpty())
        return ApiResponse::problem(428, QStringLiteral("if_match_required"),
                                    tr("Send If-Match with the ETag your edit started from."));
    if (ifMatch != etag(*n) && ifMatch != "*")
        return ApiResponse::problem(412, QStringLiteral("stale"),
                                    tr("The notice changed since your edit started (now revision "
                                       "%1, %2): reload it and edit again.")
                                        .arg(QString::number(n->revision), n->state));
    if (isClosed(n->state))
        return ApiResponse::problem(409, QStringLiteral("notice_closed"),
                                    tr("The notice is %1: it cannot be revised.").arg(n->state));
    ApiResponse refusal;
    const auto json = jsonBody(request, refusal);
    if (!json)
        return refusal;
    QJsonArray warnings;
    if (const auto refused = refuseNotice(*json, user, warnings))
        return *refused;
    const Notice notice(*json);
    if (notice.id() != n->id)
        return invalidField(QStringLiteral("id"), QStringLiteral("id_mismatch"),
                            tr("The body's id is not the id in the address."));
    if (notice.territory() != n->territory || notice.company() != n->company)
        return invalidField(notice.territory() != n->territory ? QStringLiteral("territory")
                                                               : QStringLiteral("company"),
                            QStringLiteral("immutable"),
                            tr("A notice keeps its territory and company: submit a new one."));
    const bool atOnce =
        m_policy.moment(n->territory, notice.type()) == ReviewPolicy::Moment::AfterPublication;
    SandboxStore::Revision next;
    next.revision = n->revision + 1;
    next.json = *json;
    next.submittedBy = user.username;
    next.submittedAt = m_now;
    if (atOnce)
        next.publishedAt = m_now;
    m_store.insertRevision(n->id, next);
    n->revision = next.revision;
    n->type = notice.type();
    // Until the new revision is approved, the one already public stays public.
    n->state = atOnce ? QStringLiteral("published") : QStringLiteral("pending_review");
    if (atOnce)
        n->publishedRevision = next.revision;
    n->endAt =
        notice.end() ? std::optional<qint64>(notice.end()->toMSecsSinceEpoch()) : std::nullopt;
    n->reason.clear();
    n->updatedAt = m_now;
    m_store.updateNotice(*n);
    return change(*n, 200, warnings);
}

ApiResponse SandboxApi::close(const ApiRequest &request, const QString &id, const User &user,
                              const QString &state)
{
    auto n = visibleNotice(id, user);
    if (!n)
        return notFound();
    const QByteArray ifMatch = request.header("If-Match");
    if (!ifMatch.isEmpty() && ifMatch != etag(*n) && ifMatch != "*")
        return ApiResponse::problem(412, QStringLiteral("stale"),
                                    tr("The notice changed since you last read it: reload it."));
    ApiResponse refusal;
    const auto body = jsonBody(request, refusal);
    if (!body)
        return refusal;
    QJsonArray errors;
    const QString reason = requiredString(*body, "reason", errors);
    refuseControlCharacters(reason, QStringLiteral("reason"), errors);
    if (!errors.isEmpty())
        return invalid(errors);
    if (isClosed(n->state))
        return ApiResponse::problem(409, QStringLiteral("notice_closed"),
                                    tr("The notice is %1 already.").arg(n->state));
    n->state = state;
    n->reason = reason;
    n->updatedAt = m_now;
    m_store.updateNotice(*n);
    return change(*n, 200);
}

ApiResponse SandboxApi::review(const ApiRequest &request, const QString &id, const User &user)
{
    auto n = visibleNotice(id, user);
    if (!n)
        return notFound();
    if (!user.coordinates(n->territory))
        return ApiResponse::problem(
            403, QStringLiteral("not_a_coordinator"),
            tr("Only the coordinators of %1 review its notices.").arg(n->territory));
    ApiResponse refusal;
    const auto body = jsonBody(request, refusal);
    if (!body)
        return refusal;
    QJsonArray errors;
    const QJsonValue revisionValue = body->value(QStringLiteral("revision"));
    const int revisionNumber = revisionValue.toInt(0);
    if (!revisionValue.isDouble() || revisionNumber < 1)
        errors.append(fieldError(QStringLiteral("revision"), QStringLiteral("required"),
                                 tr("Name the revision you decide on.")));
    const QString decision = requiredString(*body, "decision", errors);
    const QStringList decisions = {QStringLiteral("approve"), QStringLiteral("request_changes"),
                                   QStringLiteral("reject")};
    if (!decision.isEmpty() && !decisions.contains(decision))
        errors.append(fieldError(QStringLiteral("decision"), QStringLiteral("unknown_decision"),
                                 tr("Decide approve, request_changes or reject.")));
    const QString comment = body->value(QStringLiteral("comment")).toString();
    if (decision != QLatin1String("approve") && comment.trimmed().isEmpty())
        errors.append(fieldError(QStringLiteral("comment"), QStringLiteral("required"),
                                 tr("Say what to change, or why it is rejected.")));
    refuseControlCharacters(comment, QStringLiteral("comment"), errors);
    if (!errors.isEmpty())
        return invalid(errors);
    auto revision = m_store.revision(n->id, revisionNumber);
    if (!revision)
        return invalidField(QStringLiteral("revision"), QStringLiteral("unknown_revision"),
                            tr("The notice has no revision %1.").arg(revisionNumber));
    if (revision->submittedBy == user.username)
        return ApiResponse::problem(403, QStringLiteral("own_submission"),
                                    tr("Nobody reviews their own submission: another "
                                       "coordinator must decide."));
    if (!revision->decision.isEmpty())
        return ApiResponse::problem(
            409, QStringLiteral("already_decided"),
            tr("Revision %1 was already decided (%2 by %3).")
                .arg(QString::number(revision->revision), revision->decision, revision->decidedBy));
    if (revision->revision != n->revision || isClosed(n->state))
        return ApiResponse::problem(
            409, QStringLiteral("superseded"),
            tr("Revision %1 is no longer the one to decide on (the notice "
               "is at revision %2, %3).")
                .arg(QString::number(revision->revision), QString::number(n->revision), n->state));
    // A revision stored before the rules it breaks (an older platform, or rules made stricter
    // since) is never published: the coordinator is told why and asks for changes instead.
    if (decision == QLatin1String("approve")) {
        const QJsonArray blocking = ruleBook(Notice(revision->json)).first;
        if (!blocking.isEmpty())
            return ApiResponse::problem(
                422, QStringLiteral("unpublishable"),
                tr("Revision %1 breaks the publication rules and cannot be published: ask for "
                   "changes.")
                    .arg(revision->revision),
                blocking);
    }
    revision->decision = decision;
    revision->comment = comment;
    revision->decidedBy = user.username;
    revision->decidedAt = m_now;
    const bool isPublic = n->publishedRevision == revision->revision;
    if (decision == QLatin1String("approve")) {
        if (!isPublic) {
            revision->publishedAt = m_now;
            n->publishedRevision = revision->revision;
        }
        n->state = QStringLiteral("published");
    } else {
        // Taking down a revision published at once; an older public revision stays public.
        if (isPublic)
            n->publishedRevision = 0;
        const bool olderPublic = n->publishedRevision > 0;
        n->state = decision == QLatin1String("request_changes")
                       ? QStringLiteral("changes_requested")
                   : olderPublic ? QStringLiteral("published")
                                 : QStringLiteral("rejected");
    }
    n->updatedAt = m_now;
    m_store.updateRevision(n->id, *revision);
    m_store.updateNotice(*n);
    return change(*n, 200);
}

void SandboxApi::setHotlineAudio(bool on)
{
    m_hotlineAudio = on;
    if (!on && m_reportedApiVersion == QLatin1String(apiVersion))
        m_reportedApiVersion = QLatin1String(apiVersionBeforeAudio);
}

namespace {

// The language of a hotline audio request: ?lang=fr (the default) or en.
std::optional<QString> audioLanguage(const ApiRequest &request, ApiResponse &refusal)
{
    const QString language = request.query.hasQueryItem(QStringLiteral("lang"))
                                 ? request.query.queryItemValue(QStringLiteral("lang"))
                                 : QStringLiteral("fr");
    if (language == QLatin1String("fr") || language == QLatin1String("en"))
        return language;
    refusal =
        ApiResponse::problem(400, QStringLiteral("invalid_query"), tr("lang must be fr or en."));
    return std::nullopt;
}

} // namespace

ApiResponse SandboxApi::putHotlineAudio(const ApiRequest &request, const ApiRoute &route,
                                        const User &user)
{
    const auto n = visibleNotice(route.noticeId, user);
    if (!n)
        return notFound();
    ApiResponse refusal;
    const auto language = audioLanguage(request, refusal);
    if (!language)
        return refusal;
    if (!m_store.revision(n->id, route.revision))
        return ApiResponse::problem(404, QStringLiteral("unknown_revision"),
                                    tr("The notice %1 has no revision %2 (its latest is %3).")
                                        .arg(n->id)
                                        .arg(route.revision)
                                        .arg(n->revision));
    const HotlineAudioCheck::Verdict verdict =
        HotlineAudioCheck::judge(request.header("Content-Type"), request.body);
    if (verdict.refusal)
        return *verdict.refusal;
    m_store.putHotlineAudio(n->id, route.revision, {*language, request.body, verdict.seconds},
                            user.username, m_now);
    QJsonObject o{{QStringLiteral("id"), n->id},
                  {QStringLiteral("revision"), route.revision},
                  {QStringLiteral("language"), *language},
                  {QStringLiteral("bytes"), request.body.size()},
                  {QStringLiteral("seconds"), verdict.seconds},
                  {QStringLiteral("url"), PublicFeed::hotlineAudioPath(n->id, *language)}};
    if (!verdict.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), verdict.warnings);
    return ApiResponse::json(200, o);
}

ApiResponse SandboxApi::publicHotlineAudio(const ApiRequest &request, const QString &id)
{
    ApiResponse refusal;
    const auto language = audioLanguage(request, refusal);
    if (!language)
        return refusal;
    const auto n = m_store.notice(id);
    // Only what residents may hear: the public revision of a notice still live.
    if (!n || n->publishedRevision == 0 || isClosed(n->state))
        return ApiResponse::problem(404, QStringLiteral("not_found"),
                                    tr("There is no published notice %1.").arg(id));
    const auto audio = m_store.hotlineAudio(id, n->publishedRevision, *language);
    if (!audio)
        return ApiResponse::problem(
            404, QStringLiteral("no_audio"),
            tr("The published revision %1 of %2 has no hotline audio in %3: the phone line reads "
               "its script (GET /v1/public/{territory}/hotline) with the phone server's own "
               "voice.")
                .arg(n->publishedRevision)
                .arg(id, *language));
    ApiResponse r;
    r.status = 200;
    r.body = audio->wav;
    r.setHeader("Content-Type", "audio/wav");
    r.setHeader("X-Allo-Revision", QByteArray::number(n->publishedRevision));
    r.setHeader("X-Allo-Seconds", QByteArray::number(audio->seconds, 'f', 3));
    return r;
}

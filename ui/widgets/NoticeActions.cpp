#include "NoticeActions.h"

#include "ConflictDialog.h"
#include "ConsolePlatform.h"
#include "DecisionDialog.h"
#include "HotlineAudioQueue.h"
#include "IssuerDecisions.h"
#include "LocalUser.h"
#include "NoticeEditor.h"
#include "NoticeName.h"
#include "PlatformRequest.h"
#include "SendConfirmationDialog.h"
#include "Store.h"

#include <QJsonObject>
#include <QScopeGuard>

NoticeActions::NoticeActions(QWidget *window, Store &store, NoticeEditor &editor)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_editor(editor)
{}

QString NoticeActions::user() const
{
    if (m_platform && !m_platform->session().account().username.isEmpty())
        return m_platform->session().account().username;
    return LocalUser::name();
}

void NoticeActions::kick()
{
    if (m_platform)
        m_platform->sender().sendNow();
}

void NoticeActions::send(const RenderContext &context)
{
    const Notice notice = m_editor.notice();
    const auto summary = m_store.drafts().summary(notice.id());
    const bool update = summary && summary->platform && summary->platform->publishedRevision > 0;
    SendConfirmationDialog dialog(notice, context, update, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const HotlineAudioQueue::Queued outcome =
        HotlineAudioQueue::enqueue(m_store.outbox(), notice, context, user());
    if (!outcome.operation) {
        emit problem(tr("The notice could not be queued: %1 It is still in the composer; try "
                        "again, or export diagnostics for support.")
                         .arg(m_store.database().errorString()));
        return;
    }
    kick();
    emit queued(notice.id(),
                tr("Notice queued. It is sent as soon as the platform can be "
                   "reached; the outbox shows where it is.") +
                    QLatin1Char(' ') + dialog.publicationMoment() +
                    (outcome.note.isEmpty() ? QString() : QLatin1Char(' ') + outcome.note));
}

void NoticeActions::endNow(const QString &noticeId)
{
    if (queueClosing(noticeId, false))
        emit queued(noticeId, tr("End queued: the notice leaves the web page, the hotline and "
                                 "the posts once the platform has it."));
}

void NoticeActions::cancel(const QString &noticeId)
{
    if (queueClosing(noticeId, true))
        emit queued(noticeId, tr("Cancellation queued: the platform will say the event will not "
                                 "take place."));
}

bool NoticeActions::queueClosing(const QString &noticeId, bool cancelling)
{
    const auto summary = m_store.drafts().summary(noticeId);
    if (!summary || !summary->platformRevision) {
        emit problem(tr("This notice has not reached the platform yet, so there is nothing to "
                        "end or cancel. Remove it from the outbox instead."));
        return false;
    }
    // The same dialog as the coordinators' end and cancel: the reason is required, and the
    // confirm button stays disabled with a message under the box while it is empty.
    const Notice notice = m_store.drafts().load(noticeId).value_or(Notice());
    // Named by type, company, site and period: two notices at one site are told apart. One that
    // cannot be read is still named, by its identifier.
    const QString what = notice.company().isEmpty() ? noticeId : NoticeName::of(notice);
    DecisionDialog dialog(cancelling ? tr("Cancel the notice") : tr("End now"),
                          (cancelling
                               ? tr("Cancel %1? It leaves every channel, marked as cancelled.")
                               : tr("End %1 now? It leaves every channel."))
                              .arg(what),
                          tr("&Reason, shown to the public (required):"), true, m_window);
    dialog.setButtonTexts(cancelling ? tr("Cancel the notice") : tr("End the notice"),
                          tr("Keep the notice"));
    if (!cancelling)
        dialog.setComment(tr("The event is over."));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString reason = dialog.comment();
    const auto op =
        m_store.outbox().enqueue(cancelling ? Outbox::Kind::Cancel : Outbox::Kind::End, noticeId,
                                 {{QStringLiteral("reason"), reason}}, user());
    if (!op) {
        emit problem(tr("It could not be queued: %1").arg(m_store.database().errorString()));
        return false;
    }
    kick();
    return true;
}

void NoticeActions::resolveConflict(const QString &noticeId, const QString &operationId)
{
    if (!m_platform) {
        emit problem(tr("The platform's version cannot be fetched: no platform is configured."));
        return;
    }
    const auto mine = m_store.drafts().load(noticeId);
    if (!mine || m_resolving.contains(noticeId))
        return;
    m_resolving.insert(noticeId);
    // The dialog is often opened long after the last request: an expired access token is
    // refreshed once rather than shown as a failure.
    PlatformRequest::send(
        m_platform->connection(), &m_platform->session(), "GET",
        QStringLiteral("/v1/notices/%1").arg(noticeId), {}, this,
        [this, noticeId, operationId, mine = *mine](const ApiCall::Result &result) {
            // One resolution per notice at a time, however often it is opened meanwhile.
            const auto done = qScopeGuard([this, noticeId] { m_resolving.remove(noticeId); });
            if (!result.succeeded()) {
                emit problem(
                    tr("The platform's version could not be fetched: %1").arg(result.error));
                return;
            }
            const QJsonObject resource = result.json.object();
            const Notice platform(resource.value(QStringLiteral("notice")).toObject());
            const PlatformStanding standing =
                IssuerDecisions::standingOf(PlatformNotice::fromJson(resource));
            ConflictDialog dialog(mine, platform,
                                  standing.comment.isEmpty() ? QString() : standing.describe(),
                                  m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            // The conflicting operation goes first: were it refused, an update behind it
            // must not be based on the platform's version.
            const Outbox::Refusal refusal = m_store.outbox().remove(operationId, user());
            if (refusal != Outbox::Refusal::None) {
                emit problem(Outbox::explain(refusal, operationId));
                return;
            }
            // The platform's version becomes the base: the next update's If-Match.
            const qint64 revision = resource.value(QStringLiteral("revision")).toInteger();
            if (!m_store.drafts().recordPlatformVersion(noticeId, revision,
                                                        QString::fromLatin1(result.etag))) {
                emit problem(m_store.drafts().lastError());
                return;
            }
            if (dialog.choice() == ConflictDialog::Choice::TakePlatform) {
                m_store.drafts().save(platform, user());
                if (m_editor.notice().id() == noticeId)
                    m_editor.setNotice(platform);
                emit queued(noticeId, tr("The platform's version is kept; nothing is sent."));
                return;
            }
            const Notice resolved = dialog.result();
            if (!m_store.outbox().enqueue(resolved, user())) {
                emit problem(m_store.database().errorString());
                return;
            }
            kick();
            emit queued(noticeId, tr("Your version is queued again, based on the platform's."));
        });
}

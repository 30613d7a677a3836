#include "NoticeState.h"

#include <utility>

namespace {

const QList<std::pair<NoticeState, QString>> kNames = {
    {NoticeState::Draft, QStringLiteral("draft")},
    {NoticeState::Queued, QStringLiteral("queued")},
    {NoticeState::Published, QStringLiteral("published")},
    {NoticeState::Ended, QStringLiteral("ended")},
    {NoticeState::Cancelled, QStringLiteral("cancelled")},
    {NoticeState::Conflict, QStringLiteral("conflict")},
    {NoticeState::Failed, QStringLiteral("failed")},
};

} // namespace

QString NoticeStates::name(NoticeState state)
{
    for (const auto &[s, text] : kNames) {
        if (s == state)
            return text;
    }
    return {};
}

std::optional<NoticeState> NoticeStates::fromName(const QString &name)
{
    for (const auto &[state, text] : kNames) {
        if (text == name)
            return state;
    }
    return std::nullopt;
}

QList<NoticeState> NoticeStates::all()
{
    QList<NoticeState> states;
    for (const auto &entry : kNames)
        states.append(entry.first);
    return states;
}

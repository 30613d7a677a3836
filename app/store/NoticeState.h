#pragma once

#include <QList>
#include <QString>

#include <optional>

// Where a notice stands in this profile (the notices.state column), set by the outbox as its
// operations go. Not the platform's state, nor an operation's.
enum class NoticeState
{
    Draft,     // never queued, or taken out of the outbox before the platform had it
    Queued,    // something of it waits in the outbox
    Published, // the platform has it
    Ended,
    Cancelled,
    Conflict, // its operation was refused: the platform's copy changed meanwhile
    Failed    // refused for good, or a word this version does not know; stays last (tests)
};

// The one table between the states and the words SQLite stores. The words never change: every
// existing profile must read the same.
namespace NoticeStates {

QString name(NoticeState state);
// std::nullopt for a word outside the table: the caller says what that means where it reads it.
std::optional<NoticeState> fromName(const QString &name);
QList<NoticeState> all();

} // namespace NoticeStates

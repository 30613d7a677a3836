#pragma once

#include "AccountCache.h"
#include "Database.h"
#include "DraftStore.h"
#include "IntegrityCheck.h"
#include "Journal.h"
#include "Outbox.h"
#include "Profile.h"
#include "ProfileLock.h"

#include <QStringList>

class Clock;

// Everything a program needs from a profile, opened in the right order: the writer's lock,
// the damaged-file check, the database and its migrations, then drafts, outbox and journal.
class Store
{
public:
    enum class Check
    {
        // allo-cli: check before going on (it is gone before a background check could end).
        Blocking,
        // The console: open at once, check on a worker thread, tell the user if it fails.
        Background
    };

    Store(const Profile &profile, const Clock &clock);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    bool open(Check check = Check::Blocking);
    void close();
    QString errorString() const { return m_error; }
    // Things the user must read even though the store opened (a damaged file set aside).
    QStringList warnings() const { return m_warnings; }
    bool previousRunStoppedUncleanly() const { return m_unclean; }

    const Profile &profile() const { return m_profile; }
    Database &database() { return m_db; }
    DraftStore &drafts() { return m_drafts; }
    Outbox &outbox() { return m_outbox; }
    Journal &journal() { return m_journal; }
    AccountCache &accountCache() { return m_accountCache; }
    // The background check, for the console to connect to.
    IntegrityCheck &integrityCheck() { return m_check; }

private:
    bool openDatabase();
    bool setAsideAndStartFresh(const QString &why);
    QString checkFailedMarkerPath() const;

    Profile m_profile;
    const Clock &m_clock;
    ProfileLock m_lock;
    Database m_db;
    Journal m_journal;
    DraftStore m_drafts;
    Outbox m_outbox;
    AccountCache m_accountCache;
    IntegrityCheck m_check;
    QString m_error;
    QStringList m_warnings;
    bool m_unclean = false;
    bool m_checkPending = false;
    bool m_locked = false;
};

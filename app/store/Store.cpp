#include "Store.h"

#include "Clock.h"
#include "OwnerOnly.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

Store::Store(const Profile &profile, const Clock &clock)
    : m_profile(profile)
    , m_clock(clock)
    , m_lock(profile)
    , m_journal(m_db, clock)
    , m_drafts(m_db, m_journal, clock)
    , m_outbox(m_db, m_drafts, m_journal, clock)
    , m_accountCache(m_db, clock)
{
    // A background check that finds damage leaves a note: the next start sets the file aside
    // before anything else reads it.
    QObject::connect(&m_check, &IntegrityCheck::finished, &m_check,
                     [this](bool damaged, const QString &detail) {
                         if (!damaged)
                             return;
                         QFile note(checkFailedMarkerPath());
                         if (note.open(QIODevice::WriteOnly))
                             note.write(detail.toUtf8());
                     });
}

Store::~Store()
{
    close();
}

QString Store::checkFailedMarkerPath() const
{
    return QDir(m_profile.dir()).filePath(QStringLiteral("store.check-failed"));
}

bool Store::open(Check check)
{
    m_error.clear();
    m_warnings.clear();
    m_checkPending = false;
    // The database with its side files, the lock, the markers, set-aside copies and the log.
    if (!OwnerOnly::makeFolder(m_profile.dir(),
                               {QStringLiteral("store.*"), QStringLiteral("allo.log*")})) {
        m_error =
            QCoreApplication::translate("Store", "The profile folder %1 cannot be created. Check "
                                                 "the path and its permissions, or choose another "
                                                 "folder with --profile.")
                .arg(m_profile.dir());
        return false;
    }
    if (!m_lock.tryLock()) {
        m_error = m_lock.errorString();
        return false;
    }
    m_locked = true;
    OwnerOnly::makeFile(m_profile.lockPath()); // QLockFile makes it under the umask
    m_unclean = QFile::exists(m_profile.sessionMarkerPath());

    if (QFile::exists(checkFailedMarkerPath())) {
        QFile note(checkFailedMarkerPath());
        const QString detail =
            note.open(QIODevice::ReadOnly) ? QString::fromUtf8(note.readAll()) : QString();
        if (!setAsideAndStartFresh(detail))
            return false;
        QFile::remove(checkFailedMarkerPath());
    } else if (const auto header = IntegrityCheck::checkHeader(m_profile.databasePath());
               !header.ok) {
        if (!setAsideAndStartFresh(header.detail))
            return false;
    } else if (m_unclean && check == Check::Blocking) {
        const auto result = IntegrityCheck::run(m_profile.databasePath());
        if (result.damaged && !setAsideAndStartFresh(result.detail))
            return false;
        m_checkPending = !result.ok && !result.damaged;
        if (m_checkPending)
            m_warnings.append(QCoreApplication::translate("Store",
                                                          "The database could not be checked "
                                                          "after the last unclean stop (%1). It "
                                                          "will be checked at the next start.")
                                  .arg(result.detail));
    }
    if (!openDatabase())
        return false;
    if (m_unclean && check == Check::Background)
        m_check.start(m_profile.databasePath());

    QFile marker(m_profile.sessionMarkerPath());
    if (!marker.open(QIODevice::WriteOnly, OwnerOnly::fileMode)) {
        m_error = QCoreApplication::translate("Store",
                                              "The profile folder %1 cannot be written to. "
                                              "Nothing in it was changed. Check its permissions, "
                                              "or choose another folder with --profile.")
                      .arg(m_profile.dir());
        close();
        return false;
    }
    marker.write(QByteArray::number(QCoreApplication::applicationPid()));
    return true;
}

bool Store::openDatabase()
{
    if (m_db.open(m_profile.databasePath()))
        return true;
    if (m_db.failure() == Database::Failure::Damaged) {
        const QString why = m_db.errorString();
        m_db.close();
        if (setAsideAndStartFresh(why) && m_db.open(m_profile.databasePath()))
            return true;
    }
    if (m_error.isEmpty())
        m_error = m_db.errorString();
    close();
    return false;
}

bool Store::setAsideAndStartFresh(const QString &why)
{
    QString error;
    const QString kept = IntegrityCheck::setAside(m_profile.databasePath(), m_clock.now(), &error);
    if (kept.isEmpty()) {
        m_error = error;
        close();
        return false;
    }
    m_warnings.append(QCoreApplication::translate("Store",
                                                  "The database was damaged (%1). It was kept, "
                                                  "unchanged, as %2, and a new empty database "
                                                  "was started. Drafts and queued operations "
                                                  "that were in it are not in the new one: "
                                                  "keep that file and ask for help to recover "
                                                  "them.")
                          .arg(why, kept));
    return true;
}

void Store::close()
{
    m_check.wait();
    const bool wasOpen = m_db.isOpen();
    m_db.close();
    // The marker stays while a check is owed, so the next start runs it.
    if (wasOpen && !m_checkPending)
        QFile::remove(m_profile.sessionMarkerPath());
    if (m_locked) {
        m_lock.unlock();
        m_locked = false;
    }
}

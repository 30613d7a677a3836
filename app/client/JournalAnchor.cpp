#include "JournalAnchor.h"

#include "Clock.h"
#include "CredentialStore.h"
#include "Store.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcJournalAnchor, "allo.journal")

namespace {

// A keychain that needs longer is treated as absent for this run, rather than hang a program.
constexpr int kKeychainWaitMs = 20000;
constexpr int kKeyBytes = 32;

std::optional<Journal::Seal> decoded(const QString &text, QDateTime *since)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Journal::Seal seal;
    seal.key = QByteArray::fromBase64(o.value(QStringLiteral("key")).toString().toLatin1());
    seal.keyedFrom = o.value(QStringLiteral("keyedFrom")).toInteger(-1);
    seal.anchor.seq = o.value(QStringLiteral("seq")).toInteger(-1);
    seal.anchor.hash = o.value(QStringLiteral("hash")).toString().toLatin1();
    *since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
    if (seal.key.size() != kKeyBytes || seal.keyedFrom < 1 || seal.anchor.seq < 0 ||
        seal.anchor.hash.isEmpty() || !since->isValid())
        return std::nullopt;
    return seal;
}

} // namespace

QString JournalAnchor::mismatch()
{
    return tr("the journal no longer matches the anchor kept in the keychain: it was changed "
              "outside this program. The anchor stays as it is, as evidence; run allo-cli "
              "journal verify");
}

JournalAnchor::JournalAnchor(Store &store, CredentialStore &credentials, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_clock(clock)
{
    m_keychainWait.setSingleShot(true);
    m_keychainWait.callOnTimeout(this, [this] {
        conclude(State::NoKeychain,
                 tr("no keychain is available (%1)")
                     .arg(tr("it did not answer within %1 seconds").arg(kKeychainWaitMs / 1000)));
    });
}

JournalAnchor::~JournalAnchor()
{
    finish();
    m_store.journal().setOnAppend({});
}

QString JournalAnchor::account(const QString &profileDir)
{
    const QString canonical = QFileInfo(profileDir).canonicalFilePath();
    return QStringLiteral("journal:") +
           QDir::cleanPath(canonical.isEmpty() ? QFileInfo(profileDir).absoluteFilePath()
                                               : canonical);
}

QString JournalAnchor::encoded(const Journal::Seal &seal) const
{
    const QJsonObject o{{QStringLiteral("key"), QString::fromLatin1(seal.key.toBase64())},
                        {QStringLiteral("keyedFrom"), seal.keyedFrom},
                        {QStringLiteral("seq"), seal.anchor.seq},
                        {QStringLiteral("hash"), QString::fromLatin1(seal.anchor.hash)},
                        {QStringLiteral("since"), m_since.toUTC().toString(Qt::ISODateWithMs)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

JournalAnchor::State JournalAnchor::attach(Mode mode)
{
    QEventLoop loop;
    connect(this, &JournalAnchor::attached, &loop, &QEventLoop::quit);
    attachLater(mode);
    if (m_attaching)
        loop.exec();
    return m_state;
}

void JournalAnchor::attachLater(Mode mode)
{
    m_mode = mode;
    m_account = account(m_store.profile().dir());
    m_attaching = true;
    if (mode == Mode::Write)
        m_store.journal().awaitKey();
    m_keychainWait.start(kKeychainWaitMs);
    QPointer<JournalAnchor> self(this);
    m_credentials.read(m_account, [self](const CredentialStore::Answer &read) {
        if (self && self->m_attaching)
            self->keychainRead(read);
    });
}

void JournalAnchor::keychainRead(const CredentialStore::Answer &read)
{
    if (!read.available)
        return conclude(State::NoKeychain, tr("no keychain is available (%1)").arg(read.detail));
    if (read.secret) {
        m_seal = decoded(*read.secret, &m_since);
        if (!m_seal)
            return conclude(State::Unreadable,
                            tr("the keychain's entry %1 is not a journal anchor").arg(m_account));
        return keyKnown();
    }
    if (m_mode == Mode::ReadOnly)
        return conclude(State::NoAnchor,
                        tr("the keychain holds no anchor for this profile yet (allo-console and "
                           "allo-cli make it the first time they open the profile with a "
                           "keychain)"));
    // The key covers the entries written while the keychain answered, too: they are keyed
    // once it is stored.
    const auto head = m_store.journal().head();
    const qint64 keyedFrom = head ? m_store.journal().awaitedFrom().value_or(head->seq + 1) : 0;
    const auto before = head ? m_store.journal().storedHash(keyedFrom - 1) : std::nullopt;
    if (!before)
        return conclude(State::NoKeychain, m_store.database().errorString());
    Journal::Seal seal;
    seal.key.resize(kKeyBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(seal.key.data()),
                                          kKeyBytes / int(sizeof(quint32)));
    seal.keyedFrom = keyedFrom;
    seal.anchor = {keyedFrom - 1, *before};
    m_since = m_clock.now();
    QPointer<JournalAnchor> self(this);
    m_credentials.write(
        m_account, encoded(seal), [self, seal](const CredentialStore::Answer &written) {
            if (!self || !self->m_attaching)
                return;
            if (!written.available)
                return self->conclude(State::NoKeychain,
                                      tr("no keychain is available (%1)").arg(written.detail));
            self->m_seal = seal;
            self->keyKnown();
        });
}

void JournalAnchor::keyKnown()
{
    if (m_mode == Mode::Write)
        m_store.journal().setKey(m_seal->key);
    if (!matchesAnchor())
        return conclude(State::Mismatch, mismatch());
    if (m_mode == Mode::Write)
        m_store.journal().setOnAppend([this] { scheduleAnchor(); });
    conclude(State::Anchored, QString());
}

void JournalAnchor::conclude(State state, const QString &problem)
{
    m_keychainWait.stop();
    m_attaching = false;
    m_state = state;
    m_problem = problem;
    if (state != State::Anchored)
        qCDebug(lcJournalAnchor) << "journal not anchored:" << problem;
    if (m_mode == Mode::Write) {
        // Without a key the entries written meanwhile stay plain, like any written without one.
        if (!m_store.journal().keyAwaited())
            qCWarning(lcJournalAnchor) << m_store.database().errorString();
        if (state == State::Anchored)
            scheduleAnchor();
    }
    emit attached(state);
}

bool JournalAnchor::matchesAnchor()
{
    // Only the anchored entry is read: the whole chain is verify()'s work, and what it checks
    // (each stored hash against its entry) does not change when the anchor moves on.
    const auto head = m_store.journal().head();
    return head && head->seq >= m_seal->anchor.seq &&
           m_store.journal().storedHash(m_seal->anchor.seq) == m_seal->anchor.hash;
}

void JournalAnchor::scheduleAnchor()
{
    // After the caller's transaction: only a committed entry is anchored.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &JournalAnchor::moveAnchor);
}

void JournalAnchor::moveAnchor()
{
    m_scheduled = false;
    if (m_writing)
        return; // its answer moves the anchor again
    const bool moving = m_state == State::Anchored && m_mode == Mode::Write;
    const auto head = moving ? m_store.journal().head() : std::nullopt;
    if (!head || *head == m_seal->anchor) {
        emit settled();
        return;
    }
    // Never anchor over a change made behind the program's back: that would erase the evidence.
    if (!matchesAnchor()) {
        m_state = State::Mismatch;
        m_problem = mismatch();
        qCWarning(lcJournalAnchor) << m_problem;
        emit settled();
        return;
    }
    Journal::Seal next = *m_seal;
    next.anchor = *head;
    m_writing = true;
    QPointer<JournalAnchor> self(this);
    m_credentials.write(m_account, encoded(next), [self, next](const CredentialStore::Answer &a) {
        if (!self)
            return;
        self->m_writing = false;
        if (a.available) {
            self->m_seal = next;
        } else {
            self->m_state = State::NoKeychain;
            self->m_problem = tr("no keychain is available (%1)").arg(a.detail);
            qCWarning(lcJournalAnchor) << "the journal's anchor cannot be moved:" << a.detail;
        }
        self->moveAnchor();
    });
}

void JournalAnchor::finish()
{
    if ((m_state != State::Anchored || m_mode != Mode::Write) && !m_writing)
        return;
    QEventLoop loop;
    connect(this, &JournalAnchor::settled, &loop, &QEventLoop::quit);
    QTimer::singleShot(kKeychainWaitMs, &loop, &QEventLoop::quit);
    moveAnchor();
    if (m_writing)
        loop.exec();
}

JournalAnchor::Report JournalAnchor::verify()
{
    Report report;
    report.verdict = m_store.journal().verify(m_seal);
    report.anchored = m_seal.has_value();
    if (!m_seal) {
        report.notes.append(tr("Not anchored: %1. Only the chain inside the file was checked: "
                               "whoever can write the profile's file could have rewritten the "
                               "journal, removed its newest entries or emptied it.")
                                .arg(m_problem));
        return report;
    }
    if (!report.verdict.ok)
        return report;
    const Journal::Verdict &v = report.verdict;
    const qint64 beforeKey = std::min(m_seal->keyedFrom - 1, v.entries);
    if (beforeKey > 0)
        report.notes.append(tr("Entries 1 to %1 were written before the journal had its key: "
                               "the anchor made on %2 holds them, but a change made to them "
                               "before then would not show.")
                                .arg(beforeKey)
                                .arg(m_since.toUTC().toString(Qt::ISODate)));
    if (const qint64 unkeyed = v.withoutKey - beforeKey; unkeyed > 0)
        report.notes.append(tr("%n later entries were written without the key (by a program that "
                               "had no keychain, the newest is entry %1): only the anchor, once "
                               "it moved past them, protects them.",
                               nullptr, int(unkeyed))
                                .arg(v.lastWithoutKey));
    if (v.entries > m_seal->anchor.seq)
        report.notes.append(tr("Entries %1 to %2 come after the anchor (the program stopped "
                               "before it could move it): their removal would not show.")
                                .arg(m_seal->anchor.seq + 1)
                                .arg(v.entries));
    return report;
}

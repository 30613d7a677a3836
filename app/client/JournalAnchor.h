#pragma once

#include "CredentialStore.h"
#include "Journal.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class Clock;
class Store;

// The journal's anchor outside the profile's file, in the OS keychain (one entry per profile
// folder): the profile's HMAC key, the first entry written with it, and the newest entry
// anchored. Whoever can write the file but not the keychain can then neither re-chain the
// journal, nor shorten it, nor empty it, without verify() saying so. One writer per profile
// (ProfileLock) means one program moves the anchor at a time.
class JournalAnchor : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Write,   // make the key and anchor if there are none, and move the anchor after writes
        ReadOnly // only read them (journal verify: checking must not anchor what it checks)
    };

    enum class State
    {
        Anchored,
        NoKeychain, // no usable keychain: the chain in the file is all there is
        NoAnchor,   // the keychain holds no anchor for this profile (ReadOnly)
        Unreadable, // the keychain's entry is not an anchor
        Mismatch    // the journal no longer matches its anchor: the anchor is kept as evidence
    };
    Q_ENUM(State)

    // What verify found, and what it does and does not prove, for a person.
    struct Report
    {
        Journal::Verdict verdict;
        bool anchored = false;
        QStringList notes;
    };

    JournalAnchor(Store &store, CredentialStore &credentials, const Clock &clock,
                  QObject *parent = nullptr);
    // Moves the anchor to the last committed entry first (finish()).
    ~JournalAnchor() override;

    // Starts reading (Write: or making) the profile's key and anchor in the keychain and returns
    // at once; attached() tells the outcome. From then on the journal writes HMAC entries and
    // (Write) the anchor follows every commit. In Write mode the journal keeps writing while the
    // keychain answers (Journal::awaitKey), and what it wrote meanwhile is keyed when it does.
    void attachLater(Mode mode);
    // attachLater(), waiting for the keychain (the command line has nothing else to do).
    State attach(Mode mode);
    State state() const { return m_state; }
    // Why the journal is not anchored, or does not match its anchor; empty when Anchored.
    QString problem() const { return m_problem; }

    Report verify();
    // Anchors the last committed entry now and waits for the keychain (before the store closes).
    void finish();

    // The keychain entry of a profile folder.
    static QString account(const QString &profileDir);

signals:
    void attached(JournalAnchor::State state);
    void settled();

private:
    static QString mismatch();
    void keychainRead(const CredentialStore::Answer &read);
    void keyKnown();
    void conclude(State state, const QString &problem);
    void scheduleAnchor();
    void moveAnchor();
    bool matchesAnchor();
    QString encoded(const Journal::Seal &seal) const;

    Store &m_store;
    CredentialStore &m_credentials;
    const Clock &m_clock;
    QString m_account;
    Mode m_mode = Mode::ReadOnly;
    State m_state = State::NoKeychain;
    QString m_problem;
    std::optional<Journal::Seal> m_seal;
    QDateTime m_since;
    bool m_scheduled = false;
    bool m_writing = false;
    bool m_attaching = false;
    QTimer m_keychainWait; // a keychain that never answers must not leave the journal waiting
};

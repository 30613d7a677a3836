#include "Clock.h"
#include "CredentialStore.h"
#include "JournalAnchor.h"
#include "Store.h"
#include "TempProfile.h"
#include "TestData.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

// The console reads the journal's key from the keychain only after its first paint. What it
// journals before the answer is written at once and keyed when the key arrives; without a
// keychain it stays written, plain, and the anchor says why. Real keychain (./dev.sh check's
// gnome-keyring, a service of the test's own), real SQLite profile.
class TestJournalKeyLater : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_profile.emplace(m_clock);
        QVERIFY2(m_profile->isOpen(), qPrintable(m_profile->errorString()));
        m_keychain =
            std::make_unique<CredentialStore>(QLatin1String("allo-test-journal-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void cleanup()
    {
        m_keychain.reset();
        m_profile.reset();
    }

    // An anchor from an earlier run: the draft saved before the keychain answers ends up keyed,
    // and verify finds every entry of this run checked by the key.
    void draftSavedBeforeTheKey_isJournaledKeyed()
    {
        {
            JournalAnchor earlier(store(), *m_keychain, m_clock);
            QCOMPARE(earlier.attach(JournalAnchor::Mode::Write), JournalAnchor::State::Anchored);
            QVERIFY(saveDraft(QStringLiteral("incident-smoke")));
        }
        {
            JournalAnchor anchor(store(), *m_keychain, m_clock);
            QSignalSpy attached(&anchor, &JournalAnchor::attached);
            store().journal().setKey({}); // a new start: the key is in the keychain only
            store().journal().awaitKey(); // as the console does before its window
            QVERIFY(saveDraft(QStringLiteral("flaring-maintenance")));
            anchor.attachLater(JournalAnchor::Mode::Write);
            QVERIFY(saveDraft(QStringLiteral("exercise-status")));
            QCOMPARE(attached.count(), 0); // both saved before the answer
            QCOMPARE(plainEntries(), 2);
            QVERIFY(attached.wait(20000));
            QCOMPARE(anchor.state(), JournalAnchor::State::Anchored);
        }
        QCOMPARE(plainEntries(), 0);
        const JournalAnchor::Report report = verified();
        QVERIFY2(report.verdict.ok, qPrintable(report.verdict.problem));
        QCOMPARE(report.verdict.entries, 3);
        QCOMPARE(report.verdict.withoutKey, 0);
        QVERIFY2(report.notes.isEmpty(), qPrintable(report.notes.join(QLatin1Char('\n'))));
    }

    // The profile's first start with a keychain: the key made then covers the entries written
    // while it was being stored.
    void firstStart_entriesBeforeTheKey_areKeyed()
    {
        {
            JournalAnchor anchor(store(), *m_keychain, m_clock);
            QSignalSpy attached(&anchor, &JournalAnchor::attached);
            anchor.attachLater(JournalAnchor::Mode::Write);
            QVERIFY(saveDraft(QStringLiteral("incident-smoke")));
            QCOMPARE(attached.count(), 0);
            QVERIFY(attached.wait(20000));
            QCOMPARE(anchor.state(), JournalAnchor::State::Anchored);
            QVERIFY(saveDraft(QStringLiteral("exercise-status")));
        }
        QCOMPARE(plainEntries(), 0);
        const JournalAnchor::Report report = verified();
        QVERIFY2(report.verdict.ok, qPrintable(report.verdict.problem));
        QCOMPARE(report.verdict.entries, 2);
        QCOMPARE(report.verdict.withoutKey, 0);
        QVERIFY2(report.notes.isEmpty(), qPrintable(report.notes.join(QLatin1Char('\n'))));
    }

    // The key lives in the keychain only: not in the database, its journal file, the log.
    void key_isNeverWrittenToTheProfile()
    {
        {
            JournalAnchor anchor(store(), *m_keychain, m_clock);
            QSignalSpy attached(&anchor, &JournalAnchor::attached);
            anchor.attachLater(JournalAnchor::Mode::Write);
            QVERIFY(saveDraft(QStringLiteral("incident-smoke")));
            QVERIFY(attached.wait(20000));
            QCOMPARE(anchor.state(), JournalAnchor::State::Anchored);
        }
        std::optional<CredentialStore::Answer> answer;
        m_keychain->read(JournalAnchor::account(store().profile().dir()),
                         [&answer](const CredentialStore::Answer &a) { answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY(answer->secret);
        const QByteArray key = QByteArray::fromBase64(
            QJsonDocument::fromJson(answer->secret->toUtf8())["key"].toString().toLatin1());
        QCOMPARE(key.size(), 32);
        int files = 0;
        QDirIterator it(store().profile().dir(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray &form : {key, key.toBase64(), key.toHex()})
                QVERIFY2(!bytes.contains(form), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0);
    }

    // No keychain (no session bus, in a child process): the drafts saved before and after the
    // answer are all there, journaled plain, and the anchor says what is missing.
    void noKeychain_draftsKept_problemSaid()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("ALLO_TEST_NO_KEYCHAIN"), QStringLiteral("1"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainChild")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestJournalKeyLater::noKeychainChild"),
                 output.constData());
    }

    void noKeychainChild()
    {
        if (qEnvironmentVariableIsEmpty("ALLO_TEST_NO_KEYCHAIN"))
            QSKIP("run by noKeychain_draftsKept_problemSaid without D-Bus");
        JournalAnchor anchor(store(), *m_keychain, m_clock);
        QSignalSpy attached(&anchor, &JournalAnchor::attached);
        anchor.attachLater(JournalAnchor::Mode::Write);
        QVERIFY(saveDraft(QStringLiteral("incident-smoke")));
        QVERIFY(attached.wait(30000));
        QCOMPARE(anchor.state(), JournalAnchor::State::NoKeychain);
        QVERIFY2(anchor.problem().startsWith(QLatin1String("no keychain is available (")),
                 qPrintable(anchor.problem()));
        QVERIFY(saveDraft(QStringLiteral("exercise-status")));
        for (const QString &name :
             {QStringLiteral("incident-smoke"), QStringLiteral("exercise-status")})
            QVERIFY2(store().drafts().load(TestData::sample(name).id()), qPrintable(name));
        QCOMPARE(plainEntries(), 2);
        const Journal::Verdict verdict = store().journal().verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
        QCOMPARE(verdict.entries, 2);
    }

private:
    Store &store() { return m_profile->store(); }

    bool saveDraft(const QString &sample)
    {
        return store().drafts().save(TestData::sample(sample), QStringLiteral("officer")) > 0;
    }

    qint64 plainEntries()
    {
        QSqlQuery q(store().database().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM journal WHERE keyed = 0")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    // What allo-cli journal verify reports, read-only against the keychain.
    JournalAnchor::Report verified()
    {
        JournalAnchor reader(store(), *m_keychain, m_clock);
        if (reader.attach(JournalAnchor::Mode::ReadOnly) != JournalAnchor::State::Anchored)
            qWarning("not anchored: %s", qPrintable(reader.problem()));
        return reader.verify();
    }

    Clock m_clock;
    std::optional<TempProfile> m_profile;
    std::unique_ptr<CredentialStore> m_keychain;
};

QTEST_GUILESS_MAIN(TestJournalKeyLater)
#include "tst_journalkeylater.moc"

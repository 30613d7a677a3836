#include "Clock.h"
#include "Profile.h"
#include "Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{QDateTime(QDate(2026, 3, 20), QTime(11, 0), Qt::UTC)};

    static void appendFive(Store &store)
    {
        for (int i = 0; i < 5; ++i) {
            const bool ok = store.database().write(Database::Durability::Normal, [&] {
                return store.journal().append(
                    QStringLiteral("officer"),
                    {QStringLiteral("edited"), QStringLiteral("n"), QString(), QString::number(i)});
            });
            if (!ok)
                qFatal("cannot append");
        }
    }

    static qint64 plainEntries(Store &store)
    {
        QSqlQuery q(store.database().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM journal WHERE keyed = 0")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    // A store with five journal entries.
    std::unique_ptr<Store> filled()
    {
        auto store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        if (!store->open())
            qFatal("cannot open the store");
        appendFive(*store);
        return store;
    }

    std::unique_ptr<Store> filledWithKey(const QByteArray &key)
    {
        auto store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        if (!store->open())
            qFatal("cannot open the store");
        store->journal().setKey(key);
        appendFive(*store);
        return store;
    }

    static bool exec(Store &store, const QString &sql)
    {
        return QSqlQuery(store.database().connection()).exec(sql);
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QDir(m_dir.path()).removeRecursively(); }

    // The console asks the keychain after its first paint: what it journals meanwhile is written
    // at once, plain, then keyed when the key arrives, and checks as keyed from the first on.
    void entriesWrittenWhileAwaitingTheKey_areKeyedWhenItArrives()
    {
        auto store = filled();
        store->journal().awaitKey();
        appendFive(*store);
        QCOMPARE(store->journal().awaitedFrom(), std::optional<qint64>(6));
        QCOMPARE(plainEntries(*store), 10);
        const QByteArray key(32, 'k');
        store->journal().setKey(key);
        QVERIFY2(store->journal().keyAwaited(), qPrintable(store->database().errorString()));
        QCOMPARE(plainEntries(*store), 5);
        const auto fifth = store->journal().storedHash(5);
        QVERIFY(fifth);
        const Journal::Verdict keyed = store->journal().verify(Journal::Seal{key, 6, {5, *fifth}});
        QVERIFY2(keyed.ok, qPrintable(keyed.problem));
        QCOMPARE(keyed.entries, 10);
        QCOMPARE(keyed.withoutKey, 5); // entries 1-5, written before any key, and only those
        QCOMPARE(keyed.lastWithoutKey, 5);
        const Journal::Verdict wrongKey =
            store->journal().verify(Journal::Seal{QByteArray(32, 'x'), 6, {5, *fifth}});
        QVERIFY(!wrongKey.ok);
        QCOMPARE(wrongKey.firstBadSeq, 6);
    }

    // Keying vouches for an entry: one changed while the key was awaited is left plain, for
    // verify to report.
    void entryChangedWhileAwaitingTheKey_isNotKeyed()
    {
        auto store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY(store->open());
        store->journal().awaitKey();
        appendFive(*store);
        QVERIFY(exec(*store, QStringLiteral("UPDATE journal SET user = 'someone' WHERE seq = 3")));
        store->journal().setKey(QByteArray(32, 'k'));
        QVERIFY(!store->journal().keyAwaited());
        QVERIFY2(store->database().errorString().contains(QLatin1String("Entry 3 changed")),
                 qPrintable(store->database().errorString()));
        QCOMPARE(plainEntries(*store), 5);
        const Journal::Verdict v = store->journal().verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 3);
    }

    // Someone who can write the file replaces an awaited entry with a consistent plain one of
    // their own: the program keys only the entries it wrote, as it wrote them.
    void entryReplacedWhileAwaitingTheKey_isNotKeyed()
    {
        auto store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY(store->open());
        store->journal().awaitKey();
        appendFive(*store);
        QVERIFY(exec(*store, QStringLiteral("DELETE FROM journal WHERE seq = 5")));
        QVERIFY(exec(*store, QStringLiteral("UPDATE journal_head SET seq = 4, hash = (SELECT "
                                            "hash FROM journal WHERE seq = 4)")));
        Journal forger(store->database(), m_clock);
        QVERIFY(store->database().write(Database::Durability::Normal, [&] {
            return forger.append(QStringLiteral("someone"),
                                 {QStringLiteral("edited"), QStringLiteral("n"), QString(),
                                  QStringLiteral("forged")});
        }));
        QVERIFY(store->journal().verify().ok); // a consistent plain chain
        store->journal().setKey(QByteArray(32, 'k'));
        QVERIFY(!store->journal().keyAwaited());
        QVERIFY2(store->database().errorString().contains(QLatin1String("Entry 5 changed")),
                 qPrintable(store->database().errorString()));
        QCOMPARE(plainEntries(*store), 5);
    }

    // An action rolled back takes its entry with it; the entries kept are keyed all the same.
    void entryRolledBackWhileAwaitingTheKey_othersAreKeyed()
    {
        auto store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY(store->open());
        store->journal().awaitKey();
        appendFive(*store);
        QVERIFY(!store->database().write(Database::Durability::Normal, [&] {
            return !store->journal().append(QStringLiteral("officer"),
                                            {QStringLiteral("edited"), QStringLiteral("n"),
                                             QString(), QStringLiteral("undone")});
        }));
        store->journal().setKey(QByteArray(32, 'k'));
        QVERIFY2(store->journal().keyAwaited(), qPrintable(store->database().errorString()));
        QCOMPARE(plainEntries(*store), 0);
        const Journal::Verdict v =
            store->journal().verify(Journal::Seal{QByteArray(32, 'k'), 1, {0, Journal::genesis()}});
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, 5);
        QCOMPARE(v.withoutKey, 0);
    }

    void verify_acceptsAnUntouchedChain()
    {
        auto store = filled();
        const Journal::Verdict v = store->journal().verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, 5);
    }

    void verify_detectsAChangedEntry()
    {
        auto store = filled();
        QVERIFY(exec(*store, QStringLiteral("UPDATE journal SET user = 'someone' WHERE seq = 3")));
        const Journal::Verdict v = store->journal().verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 3);
    }

    void verify_detectsARemovedEntry()
    {
        auto store = filled();
        QVERIFY(exec(*store, QStringLiteral("DELETE FROM journal WHERE seq = 2")));
        const Journal::Verdict v = store->journal().verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 2);
    }

    void verify_detectsARenumberedChain()
    {
        // Removing an entry and closing the gap still breaks the link to the one before.
        auto store = filled();
        QVERIFY(exec(*store, QStringLiteral("DELETE FROM journal WHERE seq = 2")));
        QVERIFY(exec(*store, QStringLiteral("UPDATE journal SET seq = seq - 1 WHERE seq > 2")));
        QVERIFY(!store->journal().verify().ok);
    }

    void verify_detectsRemovedNewestEntries()
    {
        auto store = filled();
        QVERIFY(exec(*store, QStringLiteral("DELETE FROM journal WHERE seq >= 4")));
        const Journal::Verdict v = store->journal().verify();
        QVERIFY(!v.ok);
        QVERIFY(v.problem.contains(QLatin1String("removed")));
    }

    // The keyed journal and its seal (what JournalAnchor keeps in the keychain), without the
    // keychain: allo-cli's tst_journalanchor runs the same moves against the real one.
    void keyedEntries_verifyWithTheirKey_notWithAnother()
    {
        const QByteArray key(32, 'k');
        auto store = filledWithKey(key);
        const Journal::Seal seal{key, 1, *store->journal().head()};
        const Journal::Verdict v = store->journal().verify(seal);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.withoutKey, 0);
        QVERIFY(!store->journal().verify(Journal::Seal{QByteArray(32, 'x'), 1, seal.anchor}).ok);
        // Without any key the content of keyed entries cannot be checked, and it says so.
        QCOMPARE(store->journal().verify().withoutKey, 5);
    }

    void seal_detectsTruncationWithHeadReset()
    {
        const QByteArray key(32, 'k');
        auto store = filledWithKey(key);
        const Journal::Seal seal{key, 1, *store->journal().head()};
        QVERIFY(exec(*store, QStringLiteral("DELETE FROM journal WHERE seq > 3")));
        QVERIFY(exec(*store, QStringLiteral("UPDATE journal_head SET seq = 3, hash = (SELECT hash "
                                            "FROM journal WHERE seq = 3)")));
        QVERIFY(store->journal().verify().ok); // what the file alone can tell
        const Journal::Verdict v = store->journal().verify(seal);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 4);
    }

    void seal_detectsAnEmptiedJournal()
    {
        const QByteArray key(32, 'k');
        auto store = filledWithKey(key);
        const Journal::Seal seal{key, 1, *store->journal().head()};
        QVERIFY(exec(*store, QStringLiteral("DELETE FROM journal")));
        QVERIFY(exec(*store, QStringLiteral("DELETE FROM journal_head")));
        QVERIFY(store->journal().verify().ok);
        QVERIFY(!store->journal().verify(seal).ok);
    }

    // Entries from before the key (plain SHA-256) re-chained after an edit: only the anchored
    // hash can tell.
    void seal_detectsARechainedOldJournal()
    {
        auto store = filled();
        const Journal::Seal seal{QByteArray(32, 'k'), 6, *store->journal().head()};
        QVERIFY(store->journal().verify(seal).ok);
        QCOMPARE(store->journal().verify(seal).withoutKey, 5);
        // The attacker's move: drop entry 5 and rewrite the head to entry 4.
        QVERIFY(exec(*store, QStringLiteral("DELETE FROM journal WHERE seq = 5")));
        QVERIFY(exec(*store, QStringLiteral("UPDATE journal_head SET seq = 4, hash = (SELECT hash "
                                            "FROM journal WHERE seq = 4)")));
        QVERIFY(store->journal().verify().ok);
        QVERIFY(!store->journal().verify(seal).ok);
    }

    void append_rolledBack_leavesNoEntry()
    {
        auto store = filled();
        const bool ok = store->database().write(Database::Durability::Normal, [&] {
            store->journal().append(QStringLiteral("officer"),
                                    {QStringLiteral("edited"), {}, {}, {}});
            return false;
        });
        QVERIFY(!ok);
        const Journal::Verdict v = store->journal().verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, 5);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"

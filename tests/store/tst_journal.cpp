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

    // A store with five journal entries.
    std::unique_ptr<Store> filled()
    {
        auto store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        if (!store->open())
            qFatal("cannot open the store");
        for (int i = 0; i < 5; ++i) {
            const bool ok = store->database().write(Database::Durability::Normal, [&] {
                return store->journal().append(
                    QStringLiteral("officer"),
                    {QStringLiteral("edited"), QStringLiteral("n"), QString(), QString::number(i)});
            });
            if (!ok)
                qFatal("cannot append");
        }
        return store;
    }

    static bool exec(Store &store, const QString &sql)
    {
        return QSqlQuery(store.database().connection()).exec(sql);
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QDir(m_dir.path()).removeRecursively(); }

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

#include "Clock.h"
#include "Migrations.h"
#include "Profile.h"
#include "Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

// Builds a profile database from an SQL dump of an older schema.
bool loadFixture(const QString &sqlFile, const QString &dbPath)
{
    QFile file(sqlFile);
    if (!QDir().mkpath(QFileInfo(dbPath).absolutePath()) || !file.open(QIODevice::ReadOnly))
        return false;
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &db) != SQLITE_OK)
        return false;
    const bool ok =
        sqlite3_exec(db, file.readAll().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{QDateTime(QDate(2026, 3, 20), QTime(11, 0), Qt::UTC)};

private slots:
    void cleanup() { QDir(m_dir.path()).removeRecursively(); }

    void newProfile_reachesTheLatestVersion()
    {
        Store store(Profile(m_dir.path()), m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.database().schemaVersion(), Migrations::latest());
        QVERIFY(store.warnings().isEmpty());
    }

    void reopening_changesNothing()
    {
        {
            Store store(Profile(m_dir.path()), m_clock);
            QVERIFY(store.open());
        }
        Store store(Profile(m_dir.path()), m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.database().schemaVersion(), Migrations::latest());
    }

    void fromVersion1_keepsDataAndIndexesIt()
    {
        const Profile profile(m_dir.path());
        QVERIFY(loadFixture(QStringLiteral(ALLO_STORE_FIXTURES "/schema-v1.sql"),
                            profile.databasePath()));
        Store store(profile, m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.database().schemaVersion(), Migrations::latest());

        // The search index is filled from what version 1 stored.
        DraftStore::Filter filter;
        filter.search = QStringLiteral("evenement");
        const auto found = store.drafts().list(filter);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, QStringLiteral("5a3e0000-0000-4000-8000-000000000101"));
        QCOMPARE(store.drafts().list({}).size(), 2);

        const auto op = store.outbox().find(QStringLiteral("0b000000-0000-4000-8000-000000000001"));
        QVERIFY(op);
        QCOMPARE(op->idempotencyKey, QStringLiteral("1d000000-0000-4000-8000-000000000001"));
        QCOMPARE(op->state, Outbox::State::Queued);

        const Journal::Verdict v = store.journal().verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, 4);

        // And it goes on working: a new entry chains onto the old ones.
        QVERIFY(store.drafts().save(*store.drafts().load(found.first().id), QStringLiteral("x")));
        QVERIFY(store.journal().verify().ok);
    }

    void fromVersion3_operationsAttemptedBeforeHaveNoAccount()
    {
        const Profile profile(m_dir.path());
        QVERIFY(loadFixture(QStringLiteral(ALLO_STORE_FIXTURES "/schema-v3.sql"),
                            profile.databasePath()));
        Store store(profile, m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.database().schemaVersion(), Migrations::latest());

        const QList<Outbox::Operation> ops = store.outbox().list();
        QCOMPARE(ops.size(), 4);
        const QList<std::pair<Outbox::State, int>> expected = {{Outbox::State::Sending, 1},
                                                               {Outbox::State::RetryWait, 2},
                                                               {Outbox::State::NeedsSignIn, 1},
                                                               {Outbox::State::Sent, 1}};
        for (int i = 0; i < ops.size(); ++i) {
            QCOMPARE(ops.at(i).state, expected.at(i).first);
            QCOMPARE(ops.at(i).attempts, expected.at(i).second);
            // Which account sent them was never recorded: they go out as before.
            QVERIFY(ops.at(i).attemptedBy.isEmpty());
            QCOMPARE(ops.at(i).user, QStringLiteral("issuer.chimie"));
        }
        QCOMPARE(ops.last().platformRevision, std::optional<qint64>(1));
        QCOMPARE(store.outbox().outcomeUnknown().size(), 1);
        QVERIFY(store.outbox().resumeAfterSignIn(QStringLiteral("coord.anne")));
        QCOMPARE(store.outbox().ready(10, QStringLiteral("coord.anne")).size(), 2);

        // The new column is written and read back.
        const QString sending = ops.first().id;
        QVERIFY(store.outbox().markSending(sending, QStringLiteral("issuer.raffinerie")));
        QCOMPARE(store.outbox().find(sending)->attemptedBy, QStringLiteral("issuer.raffinerie"));

        DraftStore::Filter filter;
        filter.search = QStringLiteral("torchere");
        QCOMPARE(store.drafts().list(filter).size(), 4);
        const Journal::Verdict v = store.journal().verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, 9);
    }

    void newerSchema_isRefusedAndLeftUnchanged()
    {
        const Profile profile(m_dir.path());
        {
            Store store(profile, m_clock);
            QVERIFY(store.open());
            QVERIFY(QSqlQuery(store.database().connection())
                        .exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        Store store(profile, m_clock);
        QVERIFY(!store.open());
        QVERIFY2(store.errorString().contains(QLatin1String("newer version")),
                 qPrintable(store.errorString()));
        QVERIFY(store.warnings().isEmpty());
        QVERIFY(QFile::exists(profile.databasePath()));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"

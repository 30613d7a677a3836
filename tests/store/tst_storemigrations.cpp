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

    void fromVersion6_keepsEveryOperationAndReview_andTakesHotlineAudio()
    {
        const Profile profile(m_dir.path());
        QVERIFY(loadFixture(QStringLiteral(ALLO_STORE_FIXTURES "/schema-v6.sql"),
                            profile.databasePath()));
        Store store(profile, m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.database().schemaVersion(), Migrations::latest());

        // Nothing lost: every operation with its state, key, account and order.
        const QList<Outbox::Operation> ops = store.outbox().list();
        QCOMPARE(ops.size(), 5);
        const QList<Outbox::State> states = {Outbox::State::Sending, Outbox::State::RetryWait,
                                             Outbox::State::NeedsSignIn, Outbox::State::Sent,
                                             Outbox::State::Sent};
        for (int i = 0; i < ops.size(); ++i) {
            QCOMPARE(ops.at(i).state, states.at(i));
            QCOMPARE(ops.at(i).seq, qint64(i + 1));
        }
        QCOMPARE(ops.at(0).attemptedBy, QStringLiteral("issuer.chimie"));
        QCOMPARE(ops.at(0).idempotencyKey, QStringLiteral("1d000000-0000-4000-8000-000000000601"));
        QCOMPARE(ops.at(4).kind, Outbox::Kind::Review);
        QCOMPARE(store.outbox().outcomeUnknown().size(), 1);
        // The review still points at its operation, and the foreign keys hold.
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT operation_id, comment FROM reviews")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), ops.at(4).id);
        QCOMPARE(q.value(1).toString(), QStringLiteral("Vu."));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                  "('operations_notice', 'operations_state', 'reviews_notice')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        const Journal::Verdict v = store.journal().verify();
        QVERIFY2(v.ok, qPrintable(v.problem));

        // The new kind is taken, behind its notice's update, with its bytes; a new operation
        // gets the next seq (AUTOINCREMENT carried over).
        const QString published = ops.at(3).noticeId;
        const auto notice = store.drafts().load(published);
        QVERIFY(notice);
        const QByteArray wav("RIFF-not-checked-here");
        const auto update = store.outbox().enqueue(*notice, QStringLiteral("issuer.chimie"),
                                                   {{QStringLiteral("fr"), wav, 1.5}});
        QVERIFY2(update, qPrintable(store.database().errorString()));
        QCOMPARE(update->kind, Outbox::Kind::Update);
        QCOMPARE(update->seq, qint64(6));
        const Outbox::Operation audio = store.outbox().list().last();
        QCOMPARE(audio.kind, Outbox::Kind::HotlineAudio);
        QCOMPARE(audio.seq, qint64(7));
        QCOMPARE(store.outbox().body(audio.id), wav);
        QVERIFY(store.outbox().body(update->id).isEmpty());
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

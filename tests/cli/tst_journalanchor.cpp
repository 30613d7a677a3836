#include "CliRun.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

namespace {

using Run = CliRun;

const QString kNow = QStringLiteral("--now=2026-03-20T12:00:00+01:00");

// What someone who can write the profile's file, but not open the user's keychain, does to it:
// plain SQL on the real file, with the journal's published format (an open-source program).
class Attacker
{
public:
    explicit Attacker(const QString &databasePath)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(databasePath);
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
    }
    ~Attacker()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    }

    qint64 count()
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(QStringLiteral("SELECT count(*) FROM journal")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    // (a) Removes the newest entries and points the head at the last one kept.
    bool truncateTo(qint64 keep)
    {
        return exec(QStringLiteral("DELETE FROM journal WHERE seq > %1").arg(keep)) &&
               exec(QStringLiteral("UPDATE journal_head SET seq = %1, hash = (SELECT hash FROM "
                                   "journal WHERE seq = %1)")
                        .arg(keep));
    }

    // (c) Changes one entry's detail, then recomputes every hash from it on and the head, as
    // unkeyed SHA-256 entries (the only kind one can compute without the key).
    bool editAndRechain(qint64 seq, const QString &detail)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name);
        const bool hasKeyed =
            db.record(QStringLiteral("journal")).contains(QStringLiteral("keyed"));
        if (!exec(QStringLiteral("UPDATE journal SET detail = '%1' WHERE seq = %2")
                      .arg(detail)
                      .arg(seq)))
            return false;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT seq, at, user, action, notice_id, operation_id, detail, "
                              "prev_hash FROM journal WHERE seq >= %1 ORDER BY seq")
                   .arg(seq));
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < 8; ++i)
                row.append(q.value(i));
            rows.append(row);
        }
        q.finish();
        QByteArray previous = rows.value(0).value(7).toByteArray();
        for (const QVariantList &row : rows) {
            const QJsonArray fields{row.at(0).toString(), row.at(1).toString(),
                                    row.at(2).toString(), row.at(3).toString(),
                                    row.at(4).toString(), row.at(5).toString(),
                                    row.at(6).toString(), QString::fromLatin1(previous)};
            const QByteArray hash =
                QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                         QCryptographicHash::Sha256)
                    .toHex();
            QSqlQuery update(db);
            update.prepare(hasKeyed ? QStringLiteral("UPDATE journal SET prev_hash = ?, hash = ?, "
                                                     "keyed = 0 WHERE seq = ?")
                                    : QStringLiteral("UPDATE journal SET prev_hash = ?, hash = ? "
                                                     "WHERE seq = ?"));
            update.addBindValue(QString::fromLatin1(previous));
            update.addBindValue(QString::fromLatin1(hash));
            update.addBindValue(row.at(0));
            if (!update.exec())
                return false;
            previous = hash;
        }
        return exec(QStringLiteral("UPDATE journal_head SET hash = '%1'")
                        .arg(QString::fromLatin1(previous)));
    }

private:
    QString m_name;
};

} // namespace

// The journal's anchor in the keychain against the three ways to rewrite a journal that only
// checks itself, each done to the real SQLite file and seen by the real allo-cli journal verify,
// with the real keychain (gnome-keyring from the test runner, a service of the test's own).
class TestJournalAnchor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_service = QLatin1String("allo-test-journal-") +
                    QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void untouchedJournal_isIntactAgainstTheAnchor()
    {
        queueThree();
        const Run verify = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.contains(QLatin1String("intact")) &&
                     verify.out.contains(QLatin1String("anchor kept in the keychain")),
                 qPrintable(verify.out + verify.err));
    }

    void newestEntriesRemoved_andHeadReset_isSeen()
    {
        queueThree();
        {
            Attacker attacker(databasePath());
            QVERIFY(attacker.count() > 2);
            QVERIFY(attacker.truncateTo(2));
        }
        const Run verify = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(QLatin1String("tampered")) &&
                     verify.err.contains(QLatin1String("The journal ends at entry 2, but the "
                                                       "anchor kept in the keychain records")),
                 qPrintable(verify.out + verify.err));
    }

    void bothTablesEmptied_isSeen()
    {
        queueThree();
        {
            Attacker attacker(databasePath());
            QVERIFY(attacker.exec(QStringLiteral("DELETE FROM journal")));
            QVERIFY(attacker.exec(QStringLiteral("DELETE FROM journal_head")));
        }
        const Run verify = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(QLatin1String("The journal ends at entry 0")) &&
                     verify.err.contains(QLatin1String("emptied")),
                 qPrintable(verify.out + verify.err));
    }

    void entryEditedAndChainRecomputed_isSeen()
    {
        queueThree();
        {
            Attacker attacker(databasePath());
            QVERIFY(attacker.editAndRechain(2, QStringLiteral("nothing happened")));
        }
        const Run verify = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(QLatin1String("tampered")) &&
                     verify.err.contains(QLatin1String("anchor kept in the keychain")),
                 qPrintable(verify.out + verify.err));
    }

    // Once the program writes again, a tampered journal keeps failing: the anchor is not moved
    // over the change (which would erase the evidence), and the program says so.
    void writingAfterATamper_keepsTheEvidence()
    {
        queueThree();
        {
            Attacker attacker(databasePath());
            QVERIFY(attacker.truncateTo(2));
        }
        const Run add = queue(QStringLiteral("siren-test"));
        QCOMPARE(add.exitCode, 0);
        QVERIFY2(add.err.contains(QLatin1String("no longer matches the anchor")),
                 qPrintable(add.err));
        const Run verify = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 1);
    }

    void noKeychain_saysWhatWasNotChecked()
    {
        queueThree();
        // No session bus: QtKeychain cannot reach any Secret Service.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        const Run verify = CliRun::start(m_home->path(), m_service,
                                         {QStringLiteral("journal"), QStringLiteral("verify"),
                                          QStringLiteral("--profile"), profileDir(), kNow},
                                         {}, env);
        QCOMPARE(verify.exitCode, 2);
        QVERIFY2(!verify.out.contains(QLatin1String("intact")), qPrintable(verify.out));
        QVERIFY2(verify.out.contains(QLatin1String("chain is consistent")), qPrintable(verify.out));
        QVERIFY2(verify.err.contains(QLatin1String("Not anchored: no keychain is available")),
                 qPrintable(verify.err));
        QVERIFY2(verify.err.contains(QLatin1String("could have rewritten the journal")),
                 qPrintable(verify.err));
    }

    // A journal from before the anchor (or written without a keychain): verify says it is not
    // anchored; the first write with a keychain anchors it, and verify then says from which
    // entry on the key covers it.
    void journalFromBeforeTheAnchor_isAnchoredFromItsNextWrite()
    {
        QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
        noKeychain.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        noKeychain.remove(QStringLiteral("DISPLAY"));
        const Run add =
            CliRun::start(m_home->path(), m_service,
                          {QStringLiteral("queue"), QStringLiteral("add"),
                           QStringLiteral("--profile"), profileDir(), kNow,
                           TestData::dataDir() + QStringLiteral("/samples/incident-smoke.json")},
                          {}, noKeychain);
        QCOMPARE(add.exitCode, 0);
        const qint64 before = Attacker(databasePath()).count();
        QVERIFY(before > 0);

        const Run unanchored = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(unanchored.exitCode, 2);
        QVERIFY2(unanchored.err.contains(QLatin1String("holds no anchor for this profile yet")),
                 qPrintable(unanchored.err));

        QCOMPARE(queue(QStringLiteral("siren-test")).exitCode, 0);
        const Run anchored = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(anchored.exitCode, 0);
        QVERIFY2(anchored.out.contains(
                     QStringLiteral("Entries 1 to %1 were written before the journal had its key")
                         .arg(before)),
                 qPrintable(anchored.out));
    }

private:
    QString profileDir() const { return m_home->filePath(QStringLiteral("profile")); }
    QString databasePath() const
    {
        return QDir(profileDir()).filePath(QStringLiteral("store.sqlite"));
    }

    Run cli(QStringList arguments)
    {
        arguments << QStringLiteral("--profile") << profileDir() << kNow;
        return Run::start(m_home->path(), m_service, arguments);
    }

    Run queue(const QString &sample)
    {
        return cli(
            {QStringLiteral("queue"), QStringLiteral("add"),
             TestData::dataDir() + QStringLiteral("/samples/") + sample + QStringLiteral(".json")});
    }

    void queueThree()
    {
        for (const QString &sample :
             {QStringLiteral("incident-smoke"), QStringLiteral("odour-mercaptan"),
              QStringLiteral("steam-startup")})
            QCOMPARE(queue(sample).exitCode, 0);
        const Run verify = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_service;
};

QTEST_GUILESS_MAIN(TestJournalAnchor)
#include "tst_journalanchor.moc"

#include "Clock.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

const QString kNow = QStringLiteral("--now=2026-03-20T12:00:00+01:00");

} // namespace

// allo-cli queue, drafts and journal on a real profile folder.
class TestStoreCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_service = newService();

    static QString newService()
    {
        return QLatin1String("allo-test-storecli-") +
               QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    Run cli(QStringList arguments)
    {
        arguments << QStringLiteral("--profile") << m_dir.path() << kNow;
        QProcess p;
        // Each test's profile folder is the same path: a keychain service of its own keeps the
        // last test's journal anchor from meeting this one's new journal.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ALLO_KEYCHAIN_SERVICE"), m_service);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ALLO_CLI), arguments);
        if (!p.waitForFinished(30000))
            qFatal("allo-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(p.readAllStandardError()).trimmed()};
    }

    QString add(const QString &sample)
    {
        const Run r = cli(
            {QStringLiteral("queue"), QStringLiteral("add"),
             TestData::dataDir() + QStringLiteral("/samples/") + sample + QStringLiteral(".json")});
        if (r.exit != 0)
            qFatal("queue add failed: %s", qPrintable(r.err));
        return r.out;
    }

private slots:
    void cleanup()
    {
        m_service = newService();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void queueAdd_printsTheIdOfAStoredOperation()
    {
        const QString id = add(QStringLiteral("incident-smoke"));
        QVERIFY(!QUuid::fromString(id).isNull());
        const Run list =
            cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exit, 0);
        const QJsonArray ops = QJsonDocument::fromJson(list.out.toUtf8()).array();
        // The create, then the hotline's audio in each language the notice speaks.
        QVERIFY(ops.size() >= 2);
        QCOMPARE(ops.at(0)[QLatin1String("id")].toString(), id);
        QCOMPARE(ops.at(0)[QLatin1String("kind")].toString(), QStringLiteral("create"));
        for (const QJsonValue &op : ops) {
            QCOMPARE(op[QLatin1String("state")].toString(), QStringLiteral("queued"));
            if (op != ops.at(0))
                QCOMPARE(op[QLatin1String("kind")].toString(), QStringLiteral("hotline_audio"));
        }
        const Run show = cli({QStringLiteral("queue"), QStringLiteral("show"), id});
        QCOMPARE(show.exit, 0);
        QVERIFY(show.out.contains(QLatin1String("idempotencyKey")));
    }

    void queueAdd_refusesAnInvalidNotice()
    {
        QFile file(m_dir.filePath(QStringLiteral("bad.json")));
        QJsonObject json = TestData::sample(QStringLiteral("incident-smoke")).toJson();
        json.remove(QStringLiteral("company"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();
        const Run r = cli({QStringLiteral("queue"), QStringLiteral("add"), file.fileName()});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QLatin1String("not queued")));
    }

    void queueRemove_refusedOnceSent()
    {
        const QString sent = add(QStringLiteral("incident-smoke"));
        const QString waiting = add(QStringLiteral("siren-test"));
        {
            const Clock clock;
            Store store(Profile(m_dir.path()), clock);
            QVERIFY(store.open());
            QVERIFY(store.outbox().markSending(sent));
            QVERIFY(store.outbox().markSent(sent, 1, {}));
        }
        const Run refused = cli({QStringLiteral("queue"), QStringLiteral("remove"), sent});
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.err.contains(QLatin1String("already sent")), qPrintable(refused.err));
        // Its recordings, queued behind it, go with it.
        QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("remove"), waiting}).exit, 0);
        QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("show"), waiting}).exit, 1);
        const Run left =
            cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &op : QJsonDocument::fromJson(left.out.toUtf8()).array())
            QVERIFY(op[QLatin1String("notice")].toString() !=
                    TestData::sample(QStringLiteral("siren-test")).id());
        QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("retry"), sent}).exit, 1);
    }

    void queueExport_writesOneFilePerOperation()
    {
        add(QStringLiteral("incident-smoke"));
        add(QStringLiteral("siren-test"));
        const QString out = m_dir.filePath(QStringLiteral("export"));
        QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("export"), out}).exit, 0);
        const Run list =
            cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        const qsizetype operations = QJsonDocument::fromJson(list.out.toUtf8()).array().size();
        QVERIFY(operations >= 4); // two notices, each with its hotline audio
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.json")}).size(), operations);
    }

    void draftsList_searchesWithoutAccents()
    {
        add(QStringLiteral("incident-smoke"));
        add(QStringLiteral("siren-test"));
        const Run r =
            cli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--search"), QStringLiteral("fumee noire")});
        QCOMPARE(r.exit, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0)[QLatin1String("state")].toString(), QStringLiteral("queued"));
        QCOMPARE(cli({QStringLiteral("drafts"), QStringLiteral("list")}).out.count(u'\n'), 1);
    }

    void draftsList_filtersByStateAndRefusesAnUnknownOne()
    {
        add(QStringLiteral("incident-smoke"));
        const Run queued = cli({QStringLiteral("drafts"), QStringLiteral("list"),
                                QStringLiteral("--state"), QStringLiteral("queued")});
        QCOMPARE(queued.exit, 0);
        QCOMPARE(queued.out.count(u'\n'), 0);
        QVERIFY(!queued.out.isEmpty());
        // A typo used to list nothing, as if no notice were in that state.
        const Run typo = cli({QStringLiteral("drafts"), QStringLiteral("list"),
                              QStringLiteral("--state"), QStringLiteral("sent")});
        QCOMPARE(typo.exit, 2); // unusable arguments
        QVERIFY(typo.out.isEmpty());
        QVERIFY2(typo.err.contains(QLatin1String("no notice state \"sent\"")) &&
                     typo.err.contains(QLatin1String("draft, queued, published, ended, "
                                                     "cancelled, conflict, failed")),
                 qPrintable(typo.err));
    }

    void journalVerify_failsOnATamperedJournal()
    {
        add(QStringLiteral("incident-smoke"));
        const Run ok = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(ok.exit, 0);
        {
            const Clock clock;
            Store store(Profile(m_dir.path()), clock);
            QVERIFY(store.open());
            QVERIFY(QSqlQuery(store.database().connection())
                        .exec(QStringLiteral("UPDATE journal SET action = 'x' WHERE seq = 1")));
        }
        const Run bad = cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(bad.exit, 1);
        QVERIFY(bad.err.contains(QLatin1String("Entry 1")));
    }

    void secondWriter_isRefused()
    {
        const Clock clock;
        Store store(Profile(m_dir.path()), clock);
        QVERIFY(store.open());
        const Run r = cli({QStringLiteral("queue"), QStringLiteral("list")});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QLatin1String("in use")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"

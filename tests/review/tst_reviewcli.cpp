#include "ReviewTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
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

} // namespace

// allo-cli review … as a coordinator types it, against the allo-sandbox program; settings and
// keychain entries live in a throw-away HOME and keychain service.
class TestReviewCli : public QObject
{
    Q_OBJECT

    // home: whose allo-cli (the coordinator's by default).
    Run cli(const QStringList &arguments, const QByteArray &input = {},
            const QTemporaryDir *home = nullptr)
    {
        if (!home)
            home = &m_home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("ALLO_KEYCHAIN_SERVICE"), m_service);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ALLO_CLI_BIN),
                arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList profile() const { return {QStringLiteral("--profile"), m_profile.path()}; }

    QString submit(ReviewClient &client, const QString &sample)
    {
        const Notice notice(
            ReviewTest::notice(sample, ReviewTest::chimie(), ReviewTest::chimieSite()));
        const auto op = client.store.outbox().enqueue(notice, client.user());
        return op && client.sendAndWait(op->id).state == Outbox::State::Sent ? notice.id()
                                                                             : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isReady());
        m_service =
            QStringLiteral("allo-review-cli-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Run login = cli(QStringList{QStringLiteral("login"), QStringLiteral("--api"),
                                          m_sandbox.url(), QStringLiteral("--ca"),
                                          m_sandbox.caFile(), QStringLiteral("coord.anne")} +
                                  profile(),
                              "training-anne\n");
        if (login.exit != 0 && login.err.contains(QStringLiteral("keychain")))
            QSKIP("No keychain here: run through ./dev.sh check, which starts one.");
        QVERIFY2(login.exit == 0, qPrintable(login.err));
    }

    void cleanupTestCase() { cli(QStringList{QStringLiteral("logout")}); }

    void listShowAndDecide()
    {
        ReviewClient issuer(m_sandbox, QStringLiteral("issuer.chimie"));
        QVERIFY(issuer.signIn());
        const QString first = submit(issuer, QStringLiteral("flaring-maintenance"));
        const QString second = submit(issuer, QStringLiteral("odour-mercaptan"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        const Run list = cli(QStringList{QStringLiteral("review"), QStringLiteral("list"),
                                         QStringLiteral("--json")});
        QVERIFY2(list.exit == 0, qPrintable(list.err));
        const QJsonArray items = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QStringList ids;
        for (const QJsonValue &v : items)
            ids.append(v.toObject().value(QLatin1String("id")).toString());
        QVERIFY(ids.contains(first) && ids.contains(second));
        const Run text = cli(QStringList{QStringLiteral("review"), QStringLiteral("list")});
        QCOMPARE(text.exit, 0);
        QVERIFY(text.out.contains(first));

        const Run show = cli(QStringList{QStringLiteral("review"), QStringLiteral("show"), first});
        QVERIFY2(show.exit == 0, qPrintable(show.err));
        QVERIFY(show.out.contains(QStringLiteral("\"state\": \"pending_review\"")));

        // A comment is required to request changes or reject.
        const Run noComment =
            cli(QStringList{QStringLiteral("review"), QStringLiteral("reject"), first} + profile());
        QCOMPARE(noComment.exit, 2);
        QVERIFY(noComment.err.contains(QStringLiteral("--comment")));

        const Run approve = cli(
            QStringList{QStringLiteral("review"), QStringLiteral("approve"), first} + profile());
        QVERIFY2(approve.exit == 0, qPrintable(approve.err));
        QVERIFY(approve.out.contains(QStringLiteral("approved")));
        const Run changes =
            cli(QStringList{QStringLiteral("review"), QStringLiteral("request-changes"), second,
                            QStringLiteral("--comment"), QStringLiteral("Which unit?")} +
                profile());
        QVERIFY2(changes.exit == 0, qPrintable(changes.err));
        QCOMPARE(issuer.call("GET", QStringLiteral("/v1/notices/") + second)
                     .json.object()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("changes_requested"));

        // Deciding again is refused clearly, and the decision is not applied twice.
        const Run again = cli(
            QStringList{QStringLiteral("review"), QStringLiteral("approve"), first} + profile());
        QCOMPARE(again.exit, 1);
        QVERIFY2(again.err.contains(QStringLiteral("not awaiting review")), qPrintable(again.err));
        const Run queue = cli(
            QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")} +
            profile());
        const QJsonArray ops = QJsonDocument::fromJson(queue.out.toUtf8()).array();
        QCOMPARE(ops.size(), 2);
        for (const QJsonValue &op : ops)
            QCOMPARE(op.toObject().value(QLatin1String("state")).toString(),
                     QStringLiteral("sent"));
    }

    // The issuer's allo-cli learns the coordinator's decision and its comment, as the console.
    void issuer_seesTheDecisionAndComment_inDraftsList()
    {
        QTemporaryDir home;
        QTemporaryDir profileDir;
        const QStringList issuerProfile{QStringLiteral("--profile"), profileDir.path()};
        const Run login = cli(QStringList{QStringLiteral("login"), QStringLiteral("--api"),
                                          m_sandbox.url(), QStringLiteral("--ca"),
                                          m_sandbox.caFile(), QStringLiteral("issuer.chimie")} +
                                  issuerProfile,
                              "training-chimie\n", &home);
        QVERIFY2(login.exit == 0, qPrintable(login.err));
        const Notice notice(ReviewTest::notice(QStringLiteral("flaring-maintenance"),
                                               ReviewTest::chimie(), ReviewTest::chimieSite()));
        const QString file = home.filePath(QStringLiteral("notice.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(notice.toJson()).toJson());
        out.close();
        const Run add =
            cli(QStringList{QStringLiteral("queue"), QStringLiteral("add"), file} + issuerProfile,
                {}, &home);
        QVERIFY2(add.exit == 0, qPrintable(add.err));
        const Run flush = cli(QStringList{QStringLiteral("queue"), QStringLiteral("flush"),
                                          QStringLiteral("--wait")} +
                                  issuerProfile,
                              {}, &home);
        QVERIFY2(flush.exit == 0, qPrintable(flush.err));

        ReviewClient anne(m_sandbox, QStringLiteral("coord.anne"));
        QVERIFY(anne.signIn());
        const QJsonObject decision{{QStringLiteral("revision"), 1},
                                   {QStringLiteral("decision"), QStringLiteral("request_changes")},
                                   {QStringLiteral("comment"), QStringLiteral("Quelle unité ?")}};
        QCOMPARE(anne.call("POST", QStringLiteral("/v1/notices/%1/review").arg(notice.id()),
                           decision, "anne-drafts-list-1")
                     .status,
                 200);

        // Without --refresh the profile knows nothing of it yet; with it, state and comment.
        const Run before = cli(QStringList{QStringLiteral("drafts"), QStringLiteral("list"),
                                           QStringLiteral("--json")} +
                                   issuerProfile,
                               {}, &home);
        QVERIFY(!before.out.contains(QStringLiteral("Quelle unité ?")));
        const Run json = cli(QStringList{QStringLiteral("drafts"), QStringLiteral("list"),
                                         QStringLiteral("--json"), QStringLiteral("--refresh")} +
                                 issuerProfile,
                             {}, &home);
        QVERIFY2(json.exit == 0, qPrintable(json.err));
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject platform =
            rows.first().toObject().value(QLatin1String("platform")).toObject();
        QCOMPARE(platform.value(QLatin1String("state")).toString(),
                 QStringLiteral("changes_requested"));
        QCOMPARE(platform.value(QLatin1String("decision"))
                     .toObject()
                     .value(QLatin1String("comment"))
                     .toString(),
                 QStringLiteral("Quelle unité ?"));
        const Run text =
            cli(QStringList{QStringLiteral("drafts"), QStringLiteral("list")} + issuerProfile, {},
                &home);
        QVERIFY2(text.out.contains(QStringLiteral("Changes requested by coord.anne: Quelle "
                                                  "unité ?")),
                 qPrintable(text.out));
        cli(QStringList{QStringLiteral("logout")}, {}, &home);
    }

    // The difference between revisions names fields as the console does, never by their JSON
    // names.
    void show_namesChangedFieldsReadably()
    {
        ReviewClient issuer(m_sandbox, QStringLiteral("issuer.chimie"));
        QVERIFY(issuer.signIn());
        Notice notice(ReviewTest::notice(QStringLiteral("steam-startup"), ReviewTest::chimie(),
                                         ReviewTest::chimieSite()));
        notice.setIntermittent(false);
        notice.setContact(QString());
        const auto create = issuer.store.outbox().enqueue(notice, issuer.user());
        QVERIFY(create);
        QCOMPARE(issuer.sendAndWait(create->id).state, Outbox::State::Sent);
        notice.setIntermittent(true);
        notice.setOverride(QStringLiteral("x"), QStringLiteral("Vapeur visible ce matin."));
        notice.setContact(QStringLiteral("0800 00 00 00"));
        const auto update = issuer.store.outbox().enqueue(notice, issuer.user());
        QVERIFY(update);
        QCOMPARE(update->kind, Outbox::Kind::Update);
        const Outbox::Operation revised = issuer.sendAndWait(update->id);
        QVERIFY2(revised.state == Outbox::State::Sent, qPrintable(revised.lastError));

        const Run show =
            cli(QStringList{QStringLiteral("review"), QStringLiteral("show"), notice.id()});
        QVERIFY2(show.exit == 0, qPrintable(show.err));
        QVERIFY2(show.out.contains(QStringLiteral("Changes from revision 1:")),
                 qPrintable(show.out));
        QVERIFY2(show.out.contains(QStringLiteral("\nX post: [--]{+Vapeur visible ce matin.+}\n")),
                 qPrintable(show.out));
        // The coordinator sees what the rule book says of the revision, as the console does.
        QVERIFY2(
            show.out.contains(QStringLiteral("\nPublication rules:\n  text.en:no_english_text: "
                                             "warning: ")),
            qPrintable(show.out));
        QVERIFY2(show.out.contains(QStringLiteral("\nRhythm: [-Continuous-]{+Intermittent+}\n")),
                 qPrintable(show.out));
        QVERIFY2(show.out.contains(QStringLiteral("\nContact: [--]{+0800 00 00 00+}\n")),
                 qPrintable(show.out));
        for (const QString &raw : {QStringLiteral("override:"), QStringLiteral("\nintermittent:"),
                                   QStringLiteral("\ncontact:")})
            QVERIFY2(!show.out.contains(raw), qPrintable(show.out));
    }

    // Texts an old or malicious record holds, planted straight into the platform's store past its
    // validation: review list and show print them with every control character made visible, so
    // nothing retitles, clears or recolours the coordinator's terminal; --json keeps them intact.
    void hostileTexts_reachNoTerminal()
    {
        ReviewClient issuer(m_sandbox, QStringLiteral("issuer.chimie"));
        QVERIFY(issuer.signIn());
        Notice notice(ReviewTest::notice(QStringLiteral("flaring-maintenance"),
                                         ReviewTest::chimie(), ReviewTest::chimieSite()));
        const auto create = issuer.store.outbox().enqueue(notice, issuer.user());
        QVERIFY(create);
        QCOMPARE(issuer.sendAndWait(create->id).state, Outbox::State::Sent);
        notice.setContact(QStringLiteral("0800 00 00 00"));
        const auto update = issuer.store.outbox().enqueue(notice, issuer.user());
        QVERIFY(update);
        QCOMPARE(issuer.sendAndWait(update->id).state, Outbox::State::Sent);

        const QString hostile =
            QStringLiteral("\x1b]0;pwned\x07\x1b[2J") + QChar(0x9B) + QStringLiteral("31m");
        const QString visible = QStringLiteral("\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m");
        const QString company = QStringLiteral("Chimie") + hostile;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("planted"));
            db.setDatabaseName(
                QFileInfo(m_sandbox.caFile()).dir().filePath(QStringLiteral("sandbox.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout=5000")));
            QVERIFY(q.prepare(
                QStringLiteral("SELECT json FROM revisions WHERE notice_id = ? AND revision = 2")));
            q.addBindValue(notice.id());
            QVERIFY(q.exec() && q.next());
            QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            QJsonObject site = json.value(QStringLiteral("site")).toObject();
            site.insert(QStringLiteral("name"), QString(QStringLiteral("Usine") + hostile));
            json.insert(QStringLiteral("site"), site);
            json.insert(QStringLiteral("company"), company);
            json.insert(QStringLiteral("contact"), hostile);
            QJsonObject text = json.value(QStringLiteral("text")).toObject();
            text.insert(QStringLiteral("fr"),
                        QString(text.value(QStringLiteral("fr")).toString() + hostile));
            json.insert(QStringLiteral("text"), text);
            const auto run = [&](const QString &sql, const QVariantList &values) {
                QSqlQuery u(db);
                if (!u.prepare(sql))
                    return false;
                for (const QVariant &v : values)
                    u.addBindValue(v);
                return u.exec() && u.numRowsAffected() == 1;
            };
            QVERIFY(run(QStringLiteral("UPDATE revisions SET json = ? WHERE notice_id = ? AND "
                                       "revision = 2"),
                        {QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                         notice.id()}));
            QVERIFY(run(QStringLiteral("UPDATE revisions SET decision = 'request_changes', "
                                       "comment = ?, decided_by = ?, decided_at = submitted_at "
                                       "WHERE notice_id = ? AND revision = 1"),
                        {hostile, QString(QStringLiteral("coord") + hostile), notice.id()}));
            QVERIFY(run(QStringLiteral("UPDATE notices SET company = ?, reason = ? WHERE id = ?"),
                        {company, hostile, notice.id()}));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("planted"));

        const Run list = cli(QStringList{QStringLiteral("review"), QStringLiteral("list")});
        const Run show =
            cli(QStringList{QStringLiteral("review"), QStringLiteral("show"), notice.id()});
        const Run json = cli(QStringList{QStringLiteral("review"), QStringLiteral("list"),
                                         QStringLiteral("--json")});
        for (const Run *run : {&list, &show, &json}) {
            QVERIFY2(run->exit == 0, qPrintable(run->err));
            for (const QChar c : {QChar(0x1B), QChar(0x07), QChar(0x9B)})
                QVERIFY2(!run->out.contains(c) && !run->err.contains(c),
                         qPrintable(run->out.toUtf8().toPercentEncoding(" \n")));
        }
        // The planted texts were printed, visibly.
        QVERIFY2(list.out.contains(QString(QStringLiteral("Chimie") + visible)),
                 qPrintable(list.out));
        QVERIFY2(show.out.contains(QString(QStringLiteral("Usine") + visible)),
                 qPrintable(show.out));
        QVERIFY2(show.out.contains(QString(QStringLiteral(": ") + visible + QLatin1Char('\n'))),
                 qPrintable(show.out));
        QString listed;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array())
            if (v.toObject().value(QLatin1String("id")).toString() == notice.id())
                listed = v.toObject().value(QLatin1String("company")).toString();
        QCOMPARE(listed, company);
    }

    void ownSubmission_isRefused()
    {
        ReviewClient anne(m_sandbox, QStringLiteral("coord.anne"));
        QVERIFY(anne.signIn());
        const QString own = submit(anne, QStringLiteral("siren-test"));
        const Run refused =
            cli(QStringList{QStringLiteral("review"), QStringLiteral("approve"), own} + profile());
        QCOMPARE(refused.exit, 1);
        QVERIFY(refused.err.contains(QStringLiteral("Own submission")));
        const Run list = cli(QStringList{QStringLiteral("review"), QStringLiteral("list")});
        QVERIFY(list.out.contains(own + QStringLiteral(" r1   own")));
    }

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QTemporaryDir m_profile;
    QString m_service;
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"

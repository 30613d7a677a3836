#include "ChannelRenderer.h"
#include "CliHome.h"
#include "Notice.h"
#include "PublicationRules.h"
#include "SandboxHarness.h"
#include "SocialPost.h"
#include "TestData.h"
#include "TweetCounter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString kCompany = QStringLiteral("Chimie de la Vallée");
const QString kRouen = QStringLiteral("rouen-metropole");

// The notice a new user tried: its X post weighs about 680, with no X text of its own.
QJsonObject longNotice()
{
    QJsonObject json = SandboxHarness::notice(QStringLiteral("siren-test"), kCompany, kRouen,
                                              QStringLiteral("cv-grand-quevilly"));
    Notice notice(json);
    notice.setText(QStringLiteral("fr"),
                   QStringLiteral("Des essais de sirène ont lieu sur le site toute la journée, "
                                  "sans danger pour les riverains. ")
                       .repeated(7)
                       .trimmed());
    return notice.toJson();
}

QJsonObject withShortPosts(QJsonObject json)
{
    Notice notice(json);
    notice.setOverride(QStringLiteral("x"),
                       QStringLiteral("Chimie de la Vallée : essais de "
                                      "sirène toute la journée, sans danger."));
    notice.setOverride(QStringLiteral("mastodon"),
                       notice.override(QStringLiteral("x"), QStringLiteral("fr")));
    return notice.toJson();
}

// The field errors of a problem answer, as "field:code".
QStringList fieldErrors(const QJsonObject &problem)
{
    QStringList list;
    for (const QJsonValue &e : problem.value(QStringLiteral("errors")).toArray())
        list.append(e[QStringLiteral("field")].toString() + QLatin1Char(':') +
                    e[QStringLiteral("code")].toString());
    return list;
}

} // namespace

// One rule book for every entry point: the long notice is refused by allo-cli validate and queue
// add and by the platform, with the same code and sentence the console shows; with X and
// Mastodon texts of its own all three accept it, and what the platform then publishes on X fits.
class TestRuleBook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isReady()); }

    void init() { m_home = std::make_unique<CliHome>(QStringLiteral("allo-test-rulebook-")); }

    void longNotice_isRefusedEverywhere_withTheSameCode()
    {
        const QJsonObject json = longNotice();
        const Notice notice(json);
        const ValidationIssues expected = PublicationRules::checkAll(
            notice, ChannelRenderer::context(notice, TestData::sampleNow()));
        const auto x = std::find_if(expected.cbegin(), expected.cend(), [](const auto &issue) {
            return issue.code == QLatin1String("x_over_limit");
        });
        QVERIFY(x != expected.cend() && x->isError());
        const QString sentence = x->message();
        const QString file = write(json);

        const CliRun validate = cli({QStringLiteral("validate"), CliHome::now(), file});
        QCOMPARE(validate.exitCode, 1);
        QVERIFY2(
            validate.out.contains(file + QLatin1String(":channels.x.fr:x_over_limit: ") + sentence),
            qPrintable(validate.out));
        QVERIFY2(validate.out.contains(QLatin1String(":channels.mastodon.fr:mastodon_over_limit:")),
                 qPrintable(validate.out));
        const CliRun validateJson =
            cli({QStringLiteral("validate"), QStringLiteral("--json"), CliHome::now(), file});
        QCOMPARE(validateJson.exitCode, 1);
        const QJsonObject report =
            QJsonDocument::fromJson(validateJson.out.toUtf8()).array().first().toObject();
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(true), false);
        QJsonObject xIssue;
        for (const QJsonValue &issue : report.value(QStringLiteral("issues")).toArray()) {
            if (issue[QStringLiteral("code")].toString() == QLatin1String("x_over_limit"))
                xIssue = issue.toObject();
        }
        QCOMPARE(xIssue.value(QStringLiteral("path")).toString(), QStringLiteral("channels.x.fr"));
        QCOMPARE(xIssue.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(xIssue.value(QStringLiteral("message")).toString(), sentence);

        const CliRun add =
            cli({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("--profile"),
                 m_home->profile(), CliHome::now(), file});
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains(QLatin1String(":channels.x.fr:x_over_limit: ") + sentence),
                 qPrintable(add.err));
        // The shortened post the console offers, from the command line too, in each language.
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            const CliRun shorten =
                cli({QStringLiteral("shorten"), QStringLiteral("--channel"), QStringLiteral("x"),
                     QStringLiteral("--lang"), language, CliHome::now(), file});
            QCOMPARE(shorten.exitCode, 0);
            const QString post = shorten.out.trimmed();
            QVERIFY2(TweetCounter::count(SocialPost::published(post, QStringLiteral("x"), language))
                         .valid,
                     qPrintable(post));
            const QString opening =
                kCompany +
                (language == QLatin1String("fr") ? QStringLiteral(" : ") : QStringLiteral(": "));
            QVERIFY2(post.startsWith(opening), qPrintable(post + QLatin1Char('|') + opening));
            // Whole sentences (the text repeats one), the notice's link kept at the end.
            QVERIFY2(!post.contains(QStringLiteral("…")) &&
                         post.endsWith(QStringLiteral("riverains. ") + Notice(json).link()),
                     qPrintable(post));
        }

        const CliRun list = cli({QStringLiteral("queue"), QStringLiteral("list"),
                                 QStringLiteral("--profile"), m_home->profile()});
        QCOMPARE(list.out.trimmed(), QString()); // nothing was queued

        const QString issuer = m_sandbox.signIn(QStringLiteral("issuer.chimie"));
        const auto refused = m_sandbox.call(issuer, "POST", QStringLiteral("/v1/notices"), json,
                                            SandboxHarness::newKey());
        QCOMPARE(refused.status, 422);
        QVERIFY2(fieldErrors(refused.json).contains(QStringLiteral("channels.x.fr:x_over_limit")),
                 refused.body.constData());
        QVERIFY(fieldErrors(refused.json)
                    .contains(QStringLiteral("channels.mastodon.fr:mastodon_over_limit")));
        QCOMPARE(
            m_sandbox
                .call(issuer, "GET",
                      QStringLiteral("/v1/notices/") + json.value(QStringLiteral("id")).toString())
                .status,
            404);
    }

    void withItsOwnShortPosts_allAccept_andXPublishesWhatFits()
    {
        const QJsonObject json = withShortPosts(longNotice());
        const QString file = write(json);
        const CliRun validate = cli({QStringLiteral("validate"), CliHome::now(), file});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
        const CliRun add =
            cli({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("--profile"),
                 m_home->profile(), CliHome::now(), file});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));

        const QString issuer = m_sandbox.signIn(QStringLiteral("issuer.chimie"));
        const auto accepted = m_sandbox.call(issuer, "POST", QStringLiteral("/v1/notices"), json,
                                             SandboxHarness::newKey());
        QCOMPARE(accepted.status, 201);
        const QString id = json.value(QStringLiteral("id")).toString();
        // A siren test waits for the CCI's approval.
        QCOMPARE(accepted.json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("pending_review"));
        QCOMPARE(approve(id).status, 200);
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            const auto x = m_sandbox.request(
                "GET", QStringLiteral("/v1/public/%1/x?lang=%2").arg(kRouen, language));
            QCOMPARE(x.status, 200);
            bool found = false;
            for (const QJsonValue &item : x.json.value(QStringLiteral("items")).toArray()) {
                const QString text = item[QStringLiteral("text")].toString();
                QVERIFY2(TweetCounter::weightedLength(text) <= TweetCounter::limit,
                         qPrintable(text));
                found = found || item[QStringLiteral("id")].toString() == id;
            }
            QVERIFY2(found, x.body.constData());
        }
    }

    void storedRevisionBreakingTheRules_isNeverApproved()
    {
        // As an older platform would have stored it: straight into the store, unchecked.
        const QJsonObject json = longNotice();
        const QString id = json.value(QStringLiteral("id")).toString();
        const QString issuer = m_sandbox.signIn(QStringLiteral("issuer.chimie"));
        const auto accepted = m_sandbox.call(issuer, "POST", QStringLiteral("/v1/notices"),
                                             withShortPosts(json), SandboxHarness::newKey());
        QCOMPARE(accepted.status, 201);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("older-platform"));
            db.setDatabaseName(
                QDir(m_sandbox.dataDir()).filePath(QStringLiteral("sandbox.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE revisions SET json = ? WHERE notice_id = ?"));
            q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            q.addBindValue(id);
            QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older-platform"));

        const auto refused = approve(id);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json.value(QStringLiteral("code")).toString(),
                 QStringLiteral("unpublishable"));
        QVERIFY(fieldErrors(refused.json).contains(QStringLiteral("channels.x.fr:x_over_limit")));
        // Nothing went public, and the coordinator may still ask for changes.
        QCOMPARE(m_sandbox.request("GET", QStringLiteral("/v1/public/%1/x").arg(kRouen))
                     .body.contains(id.toUtf8()),
                 false);
    }

    // A channel's English text left the same as the French, and one written on a French text
    // that changed since: warnings, in allo-cli validate (which still succeeds) and in the
    // platform's answer, with the console's code and sentence.
    void englishLeftInFrench_andStaleTexts_areWarnedEverywhere()
    {
        Notice notice(SandboxHarness::notice(QStringLiteral("siren-test"), kCompany, kRouen,
                                             QStringLiteral("cv-grand-quevilly")));
        notice.setText(QStringLiteral("en"), QStringLiteral("Siren tests all day, no danger."));
        notice.setOverride(QStringLiteral("sms"), QStringLiteral("fr"),
                           QStringLiteral("Essais de sirène ce jour."));
        notice.setText(QStringLiteral("fr"),
                       notice.text(QStringLiteral("fr")) + QStringLiteral(" Reportés au 22."));
        // One X text, as before API 1.2.0: the English post is this French text.
        notice.setOverride(QStringLiteral("x"),
                           QStringLiteral("Essais de sirène toute la journée, sans danger."));
        const QString file = write(notice.toJson());
        const auto sentence = [](const char *code) {
            return ValidationIssue{{}, QLatin1String(code), {}, ValidationIssue::Severity::Warning}
                .message();
        };

        const CliRun validate = cli({QStringLiteral("validate"), CliHome::now(), file});
        QCOMPARE(validate.exitCode, 0);
        QVERIFY2(
            validate.out.contains(file +
                                  QLatin1String(":overrides.x.en:override_same_as_other_language: "
                                                "warning: ") +
                                  sentence("override_same_as_other_language")),
            qPrintable(validate.out));
        QVERIFY2(validate.out.contains(
                     file + QLatin1String(":overrides.sms.fr:override_stale: warning: ") +
                     sentence("override_stale")),
                 qPrintable(validate.out));
        // The French X text and the English SMS (none) are not flagged.
        QVERIFY(!validate.out.contains(QLatin1String(":overrides.x.fr:")));
        QVERIFY(!validate.out.contains(QLatin1String(":overrides.sms.en:")));

        const QString issuer = m_sandbox.signIn(QStringLiteral("issuer.chimie"));
        const auto accepted = m_sandbox.call(issuer, "POST", QStringLiteral("/v1/notices"),
                                             notice.toJson(), SandboxHarness::newKey());
        QVERIFY2(accepted.status == 201 || accepted.status == 202, accepted.body.constData());
        QStringList warnings;
        for (const QJsonValue &w : accepted.json.value(QStringLiteral("warnings")).toArray())
            warnings.append(w[QStringLiteral("field")].toString() + QLatin1Char(':') +
                            w[QStringLiteral("code")].toString());
        QVERIFY2(
            warnings.contains(QStringLiteral("overrides.x.en:override_same_as_other_language")),
            accepted.body.constData());
        QVERIFY(warnings.contains(QStringLiteral("overrides.sms.fr:override_stale")));
    }

    // Extend a 12:00–12:05 siren test to 12:30 and leave the texts as they were: the console's
    // rule book, allo-cli validate and the platform all warn, none refuses; validate --fix
    // rewrites every text and per-channel text, after which nobody warns.
    void stalePeriodPhrase_isAWarningEverywhere_andFixRewritesIt()
    {
        Notice notice(SandboxHarness::notice(QStringLiteral("siren-test"), kCompany, kRouen,
                                             QStringLiteral("cv-grand-quevilly")));
        notice.setText(QStringLiteral("fr"),
                       QStringLiteral("Essai de la sirène mardi 21 avril de 12 h à 12 h 05. "
                                      "Prochain essai le 19 mai à 12 h."));
        notice.setText(QStringLiteral("en"), QStringLiteral("Siren test until 12:05 pm."));
        notice.setOverride(QStringLiteral("sms"), QStringLiteral("Essai sirène jusqu'à 12 h 05."));
        // The link a template would have left: the platform keeps the field and ignores it.
        notice.setLinkedPeriodPhrase(QStringLiteral("fr"), QStringLiteral("mardi 21 avril"));
        QCOMPARE(notice.toJson().value(QStringLiteral("end")).toString(),
                 QStringLiteral("2026-04-21T12:05:00+02:00"));
        notice.setEnd(notice.end()->addSecs(25 * 60));
        const QJsonObject json = notice.toJson();
        const QStringList expected = {QStringLiteral("text.fr"), QStringLiteral("text.en"),
                                      QStringLiteral("overrides.sms.fr")};

        const QString file = write(json);
        const CliRun validate = cli({QStringLiteral("validate"), CliHome::now(), file});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
        for (const QString &path : expected) {
            QVERIFY2(validate.out.contains(file + QLatin1Char(':') + path +
                                           QLatin1String(":period_text_mismatch: ")),
                     qPrintable(validate.out));
        }
        QVERIFY2(validate.out.contains(QStringLiteral("\"mardi 21 avril de 12 h à 12 h 05\"")) &&
                     validate.out.contains(QStringLiteral("\"mardi 21 avril de 12 h à 12 h 30\"")),
                 qPrintable(validate.out));
        QCOMPARE(validate.out.count(QLatin1String("period_text_mismatch")), 3);

        const QString issuer = m_sandbox.signIn(QStringLiteral("issuer.chimie"));
        const auto key = SandboxHarness::newKey();
        const auto accepted =
            m_sandbox.call(issuer, "POST", QStringLiteral("/v1/notices"), json, key);
        QCOMPARE(accepted.status, 201);
        QStringList warned;
        for (const QJsonValue &w : accepted.json.value(QStringLiteral("warnings")).toArray()) {
            if (w[QStringLiteral("code")].toString() == QLatin1String("period_text_mismatch"))
                warned.append(w[QStringLiteral("field")].toString());
        }
        QCOMPARE(warned, expected);
        // The same body sent again with its key is the same request (the idempotency check
        // compares bodies, the extra field included); the platform kept the field.
        const auto replay =
            m_sandbox.call(issuer, "POST", QStringLiteral("/v1/notices"), json, key);
        QCOMPARE(replay.status, accepted.status);
        QCOMPARE(replay.json, accepted.json);
        const auto stored = m_sandbox.call(issuer, "GET",
                                           QStringLiteral("/v1/notices/") +
                                               json.value(QStringLiteral("id")).toString());
        QCOMPARE(stored.status, 200);
        QVERIFY2(stored.body.contains("periodPhrases"), stored.body.constData());

        const CliRun fix =
            cli({QStringLiteral("validate"), QStringLiteral("--fix"), CliHome::now(), file});
        QVERIFY2(fix.exitCode == 0, qPrintable(fix.out + fix.err));
        QVERIFY2(!fix.out.contains(QLatin1String("period_text_mismatch")), qPrintable(fix.out));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const Notice fixed(QJsonDocument::fromJson(written.readAll()).object());
        QCOMPARE(fixed.text(QStringLiteral("fr")),
                 QStringLiteral("Essai de la sirène mardi 21 avril de 12 h à 12 h 30. "
                                "Prochain essai le 19 mai à 12 h."));
        QCOMPARE(fixed.text(QStringLiteral("en")), QStringLiteral("Siren test until 12:30."));
        QCOMPARE(fixed.override(QStringLiteral("sms"), QStringLiteral("fr")),
                 QStringLiteral("Essai sirène jusqu'à 12 h 30."));
        QCOMPARE(fixed.end()->toUTC(), notice.end()->toUTC());
    }

private:
    SandboxHarness::Reply approve(const QString &id)
    {
        const QString anne = m_sandbox.signIn(QStringLiteral("coord.anne"));
        return m_sandbox.call(anne, "POST", QStringLiteral("/v1/notices/%1/review").arg(id),
                              {{QStringLiteral("revision"), 1},
                               {QStringLiteral("decision"), QStringLiteral("approve")}},
                              SandboxHarness::newKey());
    }

    QString write(const QJsonObject &json) { return m_home->write(json); }
    CliRun cli(const QStringList &arguments) { return m_home->run(arguments); }

    SandboxHarness m_sandbox;
    std::unique_ptr<CliHome> m_home;
};

QTEST_GUILESS_MAIN(TestRuleBook)
#include "tst_rulebook.moc"

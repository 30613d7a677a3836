#include "CliHome.h"
#include "SandboxHarness.h"
#include "Store.h"
#include "TelephonyWav.h"
#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString kCompany = QStringLiteral("Chimie de la Vallée");
const QString kTerritory = QStringLiteral("rouen-metropole");
const QString kSite = QStringLiteral("cv-grand-quevilly");
const QString kIssuer = QStringLiteral("issuer.chimie");
const QString kCoordinator = QStringLiteral("coord.anne");

// A minimal 8 kHz mono WAV of that many bytes of A-law silence.
QByteArray aLawSilence(int bytes, quint32 rate = TelephonyWav::sampleRate)
{
    QByteArray wav = TelephonyWav::write(QList<qint16>(bytes, 0), TelephonyWav::Encoding::ALaw);
    if (rate != TelephonyWav::sampleRate) {
        // fmt's sample rate and byte rate, at their fixed places in the 44-byte header.
        for (int i = 0; i < 4; ++i) {
            wav[24 + i] = char((rate >> (8 * i)) & 0xff);
            wav[28 + i] = char((rate >> (8 * i)) & 0xff);
        }
    }
    return wav;
}

} // namespace

// The hotline's audio from the officer's allo-cli to the public endpoint, over real HTTPS to an
// in-process sandbox, with real profiles and keychain: queued behind its notice, sent once, kept
// with the revision it speaks, served only for a published revision, never carried to a new one;
// and against a platform without the route, not sent, said why, the notice unharmed.
class TestHotlineAudio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isReady()); }

    void init()
    {
        m_sandbox.api().setHotlineAudio(true);
        m_sandbox.api().setReportedApiVersion(QLatin1String(SandboxApi::apiVersion));
        m_home = std::make_unique<CliHome>(QStringLiteral("allo-test-audio-"));
        QVERIFY(m_home->signIn(m_sandbox.url(), m_sandbox.caFile(), kIssuer,
                               SandboxHarness::passwordOf(kIssuer)));
    }

    void cleanup() { m_home->run({QStringLiteral("logout")}); }

    void journey_thePublicAudioIsTheBytesRenderWrites()
    {
        const QJsonObject json = notice();
        const QString id = json.value(QStringLiteral("id")).toString();
        const QString create = m_home->queueAdd(json);
        QVERIFY(!create.isEmpty());
        const QList<Outbox::Operation> queued = operations();
        QCOMPARE(queued.size(), 2); // the create, then the French audio (no English text)
        QCOMPARE(queued.at(0).kind, Outbox::Kind::Create);
        QCOMPARE(queued.at(1).kind, Outbox::Kind::HotlineAudio);
        QCOMPARE(queued.at(1).payload.value(QStringLiteral("language")).toString(),
                 QStringLiteral("fr"));

        QCOMPARE(flush().exitCode, 0);
        for (const Outbox::Operation &op : operations())
            QCOMPARE(op.state, Outbox::State::Sent);
        // Not public before the coordinator publishes it.
        QCOMPARE(publicAudio(id).status, 404);
        QCOMPARE(approve(id, 1), 200);

        const QByteArray rendered = render(json);
        QVERIFY(TelephonyWav::read(rendered));
        const SandboxHarness::Reply served = publicAudio(id);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.header("Content-Type"), QByteArray("audio/wav"));
        QVERIFY(served.body == rendered);
        // The public hotline feed points at it, with its length from the header.
        const QJsonObject item = feedItem(id);
        const QJsonObject audio = item.value(QStringLiteral("audio")).toObject();
        QCOMPARE(audio.value(QStringLiteral("url")).toString(),
                 QStringLiteral("/v1/public/notices/%1/hotline.wav?lang=fr").arg(id));
        QCOMPARE(audio.value(QStringLiteral("seconds")).toDouble(),
                 TelephonyWav::read(rendered)->seconds());
    }

    void textChange_newRevisionHasNoOldAudio()
    {
        QJsonObject json = notice();
        const QString id = json.value(QStringLiteral("id")).toString();
        QVERIFY(!m_home->queueAdd(json).isEmpty());
        QCOMPARE(flush().exitCode, 0);
        QCOMPARE(approve(id, 1), 200);
        QCOMPARE(publicAudio(id).status, 200);

        // Another console (or a platform tool) revises the text without sending audio.
        QJsonObject text = json.value(QStringLiteral("text")).toObject();
        text.insert(QStringLiteral("fr"), QStringLiteral("La torchère est éteinte depuis midi."));
        json.insert(QStringLiteral("text"), text);
        const QString token = m_sandbox.signIn(kIssuer);
        const auto current = m_sandbox.call(token, "GET", QStringLiteral("/v1/notices/") + id);
        const auto revised =
            m_sandbox.call(token, "PUT", QStringLiteral("/v1/notices/") + id, json,
                           SandboxHarness::newKey(), {{"If-Match", current.header("ETag")}});
        QCOMPARE(revised.status, 200);
        QCOMPARE(approve(id, 2), 200);
        const SandboxHarness::Reply none = publicAudio(id);
        QCOMPARE(none.status, 404);
        QCOMPARE(none.problemCode(), QStringLiteral("no_audio"));
        QVERIFY(!feedItem(id).contains(QStringLiteral("audio")));
        // Revision 1's audio is still kept with revision 1.
        QVERIFY(m_sandbox.store().hotlineAudio(id, 1, QStringLiteral("fr")));
        QVERIFY(!m_sandbox.store().hotlineAudio(id, 2, QStringLiteral("fr")));
    }

    void resendAfterAKill_isAppliedOnce()
    {
        const QJsonObject json = notice();
        const QString id = json.value(QStringLiteral("id")).toString();
        QVERIFY(!m_home->queueAdd(json).isEmpty());
        const Outbox::Operation audio = operations().at(1);
        // The last run sent the create, then the audio, and died before the audio's answer was
        // recorded: the platform holds it, the profile says "sending".
        {
            Clock clock(TestData::sampleNow());
            Store store(Profile(m_home->profile()), clock);
            QVERIFY(store.open());
            const Outbox::Operation create = store.outbox().list().at(0);
            const QString token = m_sandbox.signIn(kIssuer);
            const auto created =
                m_sandbox.request("POST", QStringLiteral("/v1/notices"),
                                  QJsonDocument(create.payload).toJson(QJsonDocument::Compact),
                                  {{"Authorization", "Bearer " + token.toLatin1()},
                                   {"Idempotency-Key", create.idempotencyKey.toLatin1()}});
            QCOMPARE(created.status, 201);
            QVERIFY(store.outbox().markSending(create.id, kIssuer));
            QVERIFY(
                store.outbox().markSent(create.id, 1, QString::fromLatin1(created.header("ETag"))));
            QVERIFY(store.outbox().markSending(audio.id, kIssuer));
            const auto applied = m_sandbox.request(
                "PUT", QStringLiteral("/v1/notices/%1/revisions/1/hotline-audio?lang=fr").arg(id),
                store.outbox().body(audio.id),
                {{"Authorization", "Bearer " + token.toLatin1()},
                 {"Idempotency-Key", audio.idempotencyKey.toLatin1()},
                 {"Content-Type", "audio/wav"}});
            QCOMPARE(applied.status, 200);
        }
        QCOMPARE(flush().exitCode, 0);
        const Outbox::Operation sent = operations().at(1);
        QCOMPARE(sent.state, Outbox::State::Sent);
        QCOMPARE(sent.idempotencyKey, audio.idempotencyKey);
        QCOMPARE(sent.platformRevision, std::optional<qint64>(1));
        // One stored answer for the key (the resend was its replay), one recording.
        QCOMPARE(m_sandbox.store().storedAnswer(kIssuer, audio.idempotencyKey)->second.status, 200);
        QCOMPARE(journalCount(QStringLiteral("sent"), audio.id), 1);
    }

    void olderPlatform_audioNotSent_noticeSentAndLaterChangesGo()
    {
        m_sandbox.api().setHotlineAudio(false);
        QJsonObject json = notice();
        const QString id = json.value(QStringLiteral("id")).toString();
        QVERIFY(!m_home->queueAdd(json).isEmpty());
        const CliRun run = flush();
        QCOMPARE(run.exitCode, 1); // one operation was not sent
        QList<Outbox::Operation> ops = operations();
        QCOMPARE(ops.at(0).state, Outbox::State::Sent);
        QCOMPARE(ops.at(1).state, Outbox::State::Failed);
        QVERIFY2(ops.at(1).failureReason.contains(QLatin1String("1.2.0")),
                 qPrintable(ops.at(1).failureReason));
        QVERIFY2(run.out.contains(QLatin1String("cannot take the hotline's audio")),
                 qPrintable(run.out));
        QCOMPARE(ops.at(1).attempts, 1); // refused here, never retried by itself
        QCOMPARE(m_sandbox.store().revisions(id).size(), 1);
        QVERIFY(!m_sandbox.store().hotlineAudio(id, 1, QStringLiteral("fr")));
        QCOMPARE(noticeState(id), QStringLiteral("published"));

        // The notice's next change is not held up by the audio the platform cannot take.
        QJsonObject text = json.value(QStringLiteral("text")).toObject();
        text.insert(QStringLiteral("fr"),
                    QStringLiteral("La torchère reste visible jusqu'au soir."));
        json.insert(QStringLiteral("text"), text);
        QVERIFY(!m_home->queueAdd(json).isEmpty());
        QCOMPARE(flush().exitCode, 1);
        ops = operations();
        QCOMPARE(ops.size(), 4);
        QCOMPARE(ops.at(2).kind, Outbox::Kind::Update);
        QCOMPARE(ops.at(2).state, Outbox::State::Sent);
        QCOMPARE(m_sandbox.store().revisions(id).size(), 2);
    }

    void route_limitsAndRefusals()
    {
        const QJsonObject json = notice();
        const QString id = json.value(QStringLiteral("id")).toString();
        const QString token = m_sandbox.signIn(kIssuer);
        QCOMPARE(
            m_sandbox
                .call(token, "POST", QStringLiteral("/v1/notices"), json, SandboxHarness::newKey())
                .status,
            201);
        const QString path = QStringLiteral("/v1/notices/%1/revisions/1/hotline-audio").arg(id);
        const auto put = [&](const QByteArray &body, const QByteArray &type,
                             const QString &target) {
            return m_sandbox.request("PUT", target, body,
                                     {{"Authorization", "Bearer " + token.toLatin1()},
                                      {"Idempotency-Key", SandboxHarness::newKey()},
                                      {"Content-Type", type}});
        };
        // 480 KB, a minute of A-law: beyond the JSON limit, within the audio one.
        const auto minute = put(aLawSilence(480000), "audio/wav", path);
        QCOMPARE(minute.status, 200);
        QCOMPARE(minute.json.value(QStringLiteral("seconds")).toDouble(), 60.0);
        QVERIFY(!minute.json.contains(QStringLiteral("warnings")));
        // Longer than 60 s: taken, with a warning judged from the header.
        const auto longer = put(aLawSilence(560000), "audio/wav", path);
        QCOMPARE(longer.status, 200);
        QCOMPARE(longer.json.value(QStringLiteral("warnings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("hotline_audio_too_long")));
        // The audio limit is its route's alone.
        const auto tooBig = put(aLawSilence(int(ApiRoute::kMaxAudioBody)), "audio/wav", path);
        QCOMPARE(tooBig.status, 413);
        const QByteArray bigJson =
            "{\"reason\":\"" + QByteArray(int(SandboxApi::kMaxBody), 'a') + "\"}";
        QCOMPARE(
            put(bigJson, "application/json", QStringLiteral("/v1/notices/%1/end").arg(id)).status,
            413);
        QCOMPARE(put(aLawSilence(800), "application/json", path).status, 415);
        QCOMPARE(put(QByteArray(800, 'x'), "audio/wav", path).status, 415);
        const auto cd = put(aLawSilence(800, 22050), "audio/wav", path);
        QCOMPARE(cd.status, 422);
        QVERIFY2(
            cd.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("22050")),
            cd.body.constData());
        QCOMPARE(put(aLawSilence(800), "audio/wav",
                     QStringLiteral("/v1/notices/%1/revisions/7/hotline-audio").arg(id))
                     .status,
                 404);
    }

private:
    QJsonObject notice()
    {
        QJsonObject json = SandboxHarness::notice(QStringLiteral("flaring-maintenance"), kCompany,
                                                  kTerritory, kSite);
        // French only: one recording.
        json.insert(QStringLiteral("text"),
                    QJsonObject{{QStringLiteral("fr"),
                                 QStringLiteral("Torchère visible à la raffinerie cet après-midi. "
                                                "Aucun danger pour les riverains.")}});
        return json;
    }

    CliRun flush()
    {
        return m_home->run({QStringLiteral("queue"), QStringLiteral("flush"),
                            QStringLiteral("--wait"), QStringLiteral("--timeout"),
                            QStringLiteral("60"), QStringLiteral("--profile"), m_home->profile(),
                            CliHome::now()});
    }

    // What allo-cli render --channel hotline --audio writes for the notice, at the same --now.
    QByteArray render(const QJsonObject &json)
    {
        const QString file = m_home->write(json);
        const QString wav = m_home->filePath(QStringLiteral("render.wav"));
        const CliRun run =
            m_home->run({QStringLiteral("render"), CliHome::now(), QStringLiteral("--channel"),
                         QStringLiteral("hotline"), QStringLiteral("--lang"), QStringLiteral("fr"),
                         QStringLiteral("--audio"), wav, file});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        QFile f(wav);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    int approve(const QString &id, int revision)
    {
        return m_sandbox
            .call(m_sandbox.signIn(kCoordinator), "POST",
                  QStringLiteral("/v1/notices/%1/review").arg(id),
                  {{QStringLiteral("revision"), revision},
                   {QStringLiteral("decision"), QStringLiteral("approve")}},
                  SandboxHarness::newKey())
            .status;
    }

    SandboxHarness::Reply publicAudio(const QString &id)
    {
        return m_sandbox.request(
            "GET", QStringLiteral("/v1/public/notices/%1/hotline.wav?lang=fr").arg(id));
    }

    QJsonObject feedItem(const QString &id)
    {
        const auto feed =
            m_sandbox.request("GET", QStringLiteral("/v1/public/%1/hotline").arg(kTerritory));
        for (const QJsonValue &item : feed.json.value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toString() == id)
                return item.toObject();
        }
        return {};
    }

    QList<Outbox::Operation> operations()
    {
        Clock clock(TestData::sampleNow());
        Store store(Profile(m_home->profile()), clock);
        return store.open() ? store.outbox().list() : QList<Outbox::Operation>();
    }

    QString noticeState(const QString &id)
    {
        Clock clock(TestData::sampleNow());
        Store store(Profile(m_home->profile()), clock);
        if (!store.open())
            return {};
        const auto summary = store.drafts().summary(id);
        return summary ? NoticeStates::name(summary->state) : QString();
    }

    int journalCount(const QString &action, const QString &operationId)
    {
        Clock clock(TestData::sampleNow());
        Store store(Profile(m_home->profile()), clock);
        if (!store.open())
            return -1;
        QSqlQuery q(store.database().connection());
        q.prepare(
            QStringLiteral("SELECT count(*) FROM journal WHERE action = ? AND operation_id = ?"));
        q.addBindValue(action);
        q.addBindValue(operationId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    SandboxHarness m_sandbox;
    std::unique_ptr<CliHome> m_home;
};

QTEST_GUILESS_MAIN(TestHotlineAudio)
#include "tst_hotlineaudio.moc"

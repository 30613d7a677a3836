#include "NoticeReader.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

class TestNotice : public QObject
{
    Q_OBJECT

private slots:
    void sample_roundTripsUnchanged_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : TestData::samplePaths())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        QVERIFY(TestData::samplePaths().size() >= 8);
    }

    void sample_roundTripsUnchanged()
    {
        QFETCH(QString, path);
        const QByteArray original = TestData::read(path);
        NoticeReader reader;
        const auto notice = reader.read(original);
        QVERIFY(notice);
        const auto again = reader.read(NoticeReader::write(*notice));
        QVERIFY(again);
        QCOMPARE(again->toJson(), QJsonDocument::fromJson(original).object());
    }

    void accessors_readTheSample()
    {
        const Notice n = TestData::sample(QStringLiteral("flaring-maintenance"));
        QCOMPARE(n.territory(), QStringLiteral("le-havre"));
        QCOMPARE(n.site().commune, QStringLiteral("Gonfreville-l'Orcher"));
        QCOMPARE(n.site().lat.value_or(0), 49.4886);
        QCOMPARE(n.type(), QStringLiteral("flaring"));
        QVERIFY(n.intermittent());
        QCOMPARE(n.effects(), QStringList({"flaring", "noise", "light"}));
        QCOMPARE(n.start().toUTC(), QDateTime(QDate(2026, 3, 27), QTime(6, 0), Qt::UTC));
        QVERIFY(n.end().has_value());
        QCOMPARE(n.end()->toUTC(), QDateTime(QDate(2026, 3, 28), QTime(18, 0), Qt::UTC));
        QVERIFY(n.text(QStringLiteral("en")).startsWith(QLatin1String("Maintenance work")));
    }

    void nullEnd_meansUntilFurtherNotice()
    {
        const Notice n = TestData::sample(QStringLiteral("incident-smoke"));
        QVERIFY(!n.end().has_value());
    }

    void unknownFields_surviveEditsAndSave()
    {
        QJsonObject json = TestData::sample(QStringLiteral("flaring-maintenance")).toJson();
        json.insert(QStringLiteral("x-future"),
                    QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}});
        QJsonObject site = json.value(QStringLiteral("site")).toObject();
        site.insert(QStringLiteral("gate"), QStringLiteral("Porte 3"));
        json.insert(QStringLiteral("site"), site);
        QJsonObject text = json.value(QStringLiteral("text")).toObject();
        text.insert(QStringLiteral("de"), QStringLiteral("Wartung"));
        json.insert(QStringLiteral("text"), text);

        Notice n(json);
        Site s = n.site();
        s.name = QStringLiteral("Raffinerie");
        n.setSite(s);
        n.setText(QStringLiteral("fr"), QStringLiteral("Nouveau texte."));
        n.setEffects({QStringLiteral("noise")});

        NoticeReader reader;
        const auto saved = reader.read(NoticeReader::write(n));
        QVERIFY(saved);
        const QJsonObject out = saved->toJson();
        QCOMPARE(out.value(QStringLiteral("x-future")), json.value(QStringLiteral("x-future")));
        QCOMPARE(
            out.value(QStringLiteral("site")).toObject().value(QStringLiteral("gate")).toString(),
            QStringLiteral("Porte 3"));
        QCOMPARE(
            out.value(QStringLiteral("text")).toObject().value(QStringLiteral("de")).toString(),
            QStringLiteral("Wartung"));
        QCOMPARE(saved->site().name, QStringLiteral("Raffinerie"));
        QCOMPARE(saved->text(QStringLiteral("fr")), QStringLiteral("Nouveau texte."));
    }

    void create_makesAUuidV4Draft()
    {
        const Notice a = Notice::create();
        const Notice b = Notice::create();
        QVERIFY(a.id() != b.id());
        const QUuid uuid = QUuid::fromString(a.id());
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.version(), QUuid::Random);
        QCOMPARE(a.status(), QStringLiteral("actual"));
        QVERIFY(a.toJson().value(QStringLiteral("end")).isNull());
    }

    // Before API 1.2.0 a channel had one text: X, Mastodon and SMS published it in every
    // language, the hotline only in French. It is still read so.
    void singleText_isTheTextOfEveryLanguageItServed()
    {
        const Notice n(QJsonDocument::fromJson(
                           R"({"overrides": {"x": "Court.", "sms": "SMS.", "hotline": "Dit."}})")
                           .object());
        for (const char *language : {"fr", "en"}) {
            QCOMPARE(n.override(QStringLiteral("x"), QLatin1String(language)),
                     QStringLiteral("Court."));
            QCOMPARE(n.override(QStringLiteral("sms"), QLatin1String(language)),
                     QStringLiteral("SMS."));
        }
        QCOMPARE(n.override(QStringLiteral("hotline"), QStringLiteral("fr")),
                 QStringLiteral("Dit."));
        QVERIFY(n.override(QStringLiteral("hotline"), QStringLiteral("en")).isEmpty());
        QVERIFY(n.override(QStringLiteral("mastodon"), QStringLiteral("fr")).isEmpty());
        QVERIFY(!n.needsLanguageOverrides());
    }

    // The per-language shape is written only when the languages differ, so an older reader
    // meets it only then; both shapes survive a write and a read byte for byte.
    void languageTexts_writeTheOldShapeWhenItSaysTheSame_andRoundTrip()
    {
        const auto overrides = [](const Notice &n) {
            return QJsonDocument(n.toJson().value(QStringLiteral("overrides")).toObject())
                .toJson(QJsonDocument::Compact);
        };
        Notice n(QJsonDocument::fromJson(R"({"overrides": {"x": "Court."}})").object());
        n.setOverride(QStringLiteral("x"), QStringLiteral("en"), QStringLiteral("Short."));
        QCOMPARE(overrides(n), QByteArray(R"({"x":{"en":"Short.","fr":"Court."}})"));
        QVERIFY(n.needsLanguageOverrides());
        n.setOverride(QStringLiteral("hotline"), QStringLiteral("fr"), QStringLiteral("Dit."));
        QCOMPARE(overrides(n),
                 QByteArray(R"({"hotline":"Dit.","x":{"en":"Short.","fr":"Court."}})"));
        n.setOverride(QStringLiteral("hotline"), QStringLiteral("en"), QStringLiteral("Said."));
        n.setOverride(QStringLiteral("mastodon"), QStringLiteral("en"), QStringLiteral("Only."));
        QCOMPARE(overrides(n), QByteArray(R"({"hotline":{"en":"Said.","fr":"Dit."},)"
                                          R"("mastodon":{"en":"Only."},)"
                                          R"("x":{"en":"Short.","fr":"Court."}})"));

        NoticeReader reader;
        const auto again = reader.read(NoticeReader::write(n));
        QVERIFY(again);
        QCOMPARE(again->toJson(), n.toJson());
        QCOMPARE(again->override(QStringLiteral("hotline"), QStringLiteral("en")),
                 QStringLiteral("Said."));
        QVERIFY(again->override(QStringLiteral("mastodon"), QStringLiteral("fr")).isEmpty());

        // Back to one text for every language: the old shape again.
        n.setOverride(QStringLiteral("x"), QStringLiteral("en"), QStringLiteral("Court."));
        n.setOverride(QStringLiteral("hotline"), QStringLiteral("en"), QString());
        n.setOverride(QStringLiteral("mastodon"), QStringLiteral("en"), QString());
        QCOMPARE(overrides(n), QByteArray(R"({"hotline":"Dit.","x":"Court."})"));
        QVERIFY(!n.needsLanguageOverrides());
    }

    // A channel's text written on a main text that changed afterwards is stale; rewriting the
    // main text back, rewriting the channel's text or keeping it as it is clears that.
    void channelText_writtenOnAnOlderText_isStale()
    {
        const QString x = QStringLiteral("x");
        const QString fr = QStringLiteral("fr");
        const QString en = QStringLiteral("en");
        Notice n = TestData::sample(QStringLiteral("siren-test"));
        n.setText(en, QStringLiteral("Siren tests."));
        const QString original = n.text(fr);
        n.setOverride(x, fr, QStringLiteral("Essais de sirène."));
        n.setOverride(x, en, QStringLiteral("Siren tests."));
        QVERIFY(!n.overrideStale(x, fr) && !n.overrideStale(x, en));
        n.setText(fr, original + QStringLiteral(" Reportés au 22."));
        QVERIFY(n.overrideStale(x, fr));
        QVERIFY(!n.overrideStale(x, en));
        // Unchanged texts written again (the composer writes every field at each keystroke).
        n.setOverride(x, fr, QStringLiteral("Essais de sirène."));
        QVERIFY(n.overrideStale(x, fr));
        n.setText(fr, original + QStringLiteral("  "));
        QVERIFY(!n.overrideStale(x, fr));
        n.setText(fr, QStringLiteral("Autre texte."));
        n.setOverride(x, fr, QStringLiteral("Essais reportés."));
        QVERIFY(!n.overrideStale(x, fr));
        n.setText(fr, QStringLiteral("Encore un autre."));
        n.confirmOverride(x, fr);
        QVERIFY(!n.overrideStale(x, fr));
        // Texts from before this was recorded: nothing to compare with, never stale.
        const Notice old(QJsonDocument::fromJson(
                             R"({"text": {"fr": "Nouveau."}, "overrides": {"x": "Ancien."}})")
                             .object());
        QVERIFY(!old.overrideStale(x, fr));
    }

    void setters_writeTheContractsShape()
    {
        Notice n = Notice::create();
        const QTimeZone paris("Europe/Paris");
        n.setStart(QDateTime(QDate(2026, 3, 29), QTime(1, 0), paris));
        n.setEnd(QDateTime(QDate(2026, 3, 29), QTime(4, 0), paris));
        QCOMPARE(n.toJson().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-03-29T01:00:00+01:00"));
        QCOMPARE(n.toJson().value(QStringLiteral("end")).toString(),
                 QStringLiteral("2026-03-29T04:00:00+02:00"));
        n.setOverride(QStringLiteral("x"), QStringLiteral("Court."));
        QCOMPARE(n.override(QStringLiteral("x"), QStringLiteral("en")), QStringLiteral("Court."));
        n.setOverride(QStringLiteral("x"), QString());
        QVERIFY(!n.toJson().contains(QStringLiteral("overrides")));
        n.setSite({QStringLiteral("s"), QStringLiteral("Site"), QStringLiteral("Rouen"), {}, {}});
        QVERIFY(
            !n.toJson().value(QStringLiteral("site")).toObject().contains(QStringLiteral("lat")));
    }
};

QTEST_GUILESS_MAIN(TestNotice)
#include "tst_notice.moc"

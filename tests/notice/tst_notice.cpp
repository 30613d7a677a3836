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
        QCOMPARE(n.override(QStringLiteral("x")), QStringLiteral("Court."));
        n.setOverride(QStringLiteral("x"), QString());
        QVERIFY(!n.toJson().contains(QStringLiteral("overrides")));
        n.setSite({QStringLiteral("s"), QStringLiteral("Site"), QStringLiteral("Rouen"), {}, {}});
        QVERIFY(
            !n.toJson().value(QStringLiteral("site")).toObject().contains(QStringLiteral("lat")));
    }
};

QTEST_GUILESS_MAIN(TestNotice)
#include "tst_notice.moc"

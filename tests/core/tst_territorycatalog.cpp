#include "TerritoryCatalog.h"

#include <QTest>

class TestTerritoryCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtIn_holdsTheThreeServices()
    {
        const TerritoryCatalog catalog = TerritoryCatalog::builtIn();
        QCOMPARE(catalog.all().size(), 3);
        for (const char *id : {"rouen-metropole", "le-havre", "etang-de-berre"})
            QVERIFY2(catalog.contains(QLatin1String(id)), id);
    }

    void builtIn_knowsHotlinesAndZones()
    {
        const TerritoryCatalog catalog = TerritoryCatalog::builtIn();
        QCOMPARE(catalog.find(QStringLiteral("rouen-metropole")).hotline,
                 QStringLiteral("0 805 691 282"));
        QCOMPARE(catalog.find(QStringLiteral("le-havre")).hotline, QStringLiteral("0 800 101 092"));
        for (const Territory &t : catalog.all()) {
            QVERIFY2(t.timeZone.isValid(), qPrintable(t.id));
            QCOMPARE(t.timeZone.id(), QByteArray("Europe/Paris"));
            QVERIFY(!t.name.isEmpty());
        }
    }

    void unknownId_givesInvalidTerritory()
    {
        QVERIFY(!TerritoryCatalog::builtIn().find(QStringLiteral("paris")).isValid());
    }

    void fromJson_skipsEntriesWithoutId()
    {
        const auto catalog = TerritoryCatalog::fromJson(
            R"([{"id":"a","name":"A","timezone":"Europe/Paris"},{"name":"no id"}])");
        QCOMPARE(catalog.all().size(), 1);
        QCOMPARE(catalog.all().first().name, QStringLiteral("A"));
    }
};

QTEST_GUILESS_MAIN(TestTerritoryCatalog)
#include "tst_territorycatalog.moc"

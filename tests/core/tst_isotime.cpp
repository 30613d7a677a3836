#include "IsoTime.h"

#include <QTest>
#include <QTimeZone>

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("offset") << "2026-03-27T07:00:00+01:00" << true;
        QTest::newRow("utc") << "2026-03-27T06:00:00Z" << true;
        QTest::newRow("no seconds") << "2026-03-27T07:00+01:00" << true;
        QTest::newRow("milliseconds") << "2026-03-27T07:00:00.250+01:00" << true;
        QTest::newRow("no offset") << "2026-03-27T07:00:00" << false;
        QTest::newRow("date only") << "2026-03-27" << false;
        QTest::newRow("french") << "27/03/2026 07:00" << false;
        QTest::newRow("impossible date") << "2026-02-30T07:00:00+01:00" << false;
        QTest::newRow("empty") << "" << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QCOMPARE(IsoTime::parse(text).has_value(), accepted);
    }

    void parse_keepsTheInstant()
    {
        const auto t = IsoTime::parse(QStringLiteral("2026-03-27T07:00:00+01:00"));
        QVERIFY(t);
        QCOMPARE(t->toUTC(), QDateTime(QDate(2026, 3, 27), QTime(6, 0), Qt::UTC));
    }

    void format_usesTheZoneOffset_acrossTheClockChange()
    {
        const QTimeZone paris("Europe/Paris");
        QVERIFY(paris.isValid());
        // 29 March 2026: 02:00 CET becomes 03:00 CEST.
        const QDateTime before(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC);
        const QDateTime after(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
        QCOMPARE(IsoTime::format(before, paris), QStringLiteral("2026-03-29T01:30:00+01:00"));
        QCOMPARE(IsoTime::format(after, paris), QStringLiteral("2026-03-29T03:30:00+02:00"));
    }

    void format_neverWritesZ()
    {
        const QDateTime utc(QDate(2026, 3, 27), QTime(6, 0), Qt::UTC);
        QCOMPARE(IsoTime::format(utc, QTimeZone::utc()),
                 QStringLiteral("2026-03-27T06:00:00+00:00"));
    }

    void format_negativeOffset()
    {
        const QDateTime utc(QDate(2026, 3, 27), QTime(6, 0), Qt::UTC);
        QCOMPARE(IsoTime::format(utc, QTimeZone(-(3 * 3600 + 1800))),
                 QStringLiteral("2026-03-27T02:30:00-03:30"));
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"

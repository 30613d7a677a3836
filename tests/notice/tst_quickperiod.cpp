#include "QuickPeriod.h"

#include <QTest>

Q_DECLARE_METATYPE(std::optional<QDateTime>)

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

class TestQuickPeriod : public QObject
{
    Q_OBJECT

private slots:
    void extended_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<std::optional<QDateTime>>("end");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("hours");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime start = at("2026-12-02T13:00:00+01:00");
        const auto end = std::optional(at("2026-12-02T17:00:00+01:00"));
        // A 13–17 h notice under way: +1 h is 18:00, never 14:00.
        QTest::newRow("under way, end ahead") << start << end << at("2026-12-02T15:10:00+01:00")
                                              << 1 << at("2026-12-02T18:00:00+01:00");
        QTest::newRow("not begun: from its end") << start << end << at("2026-12-02T09:00:00+01:00")
                                                 << 4 << at("2026-12-02T21:00:00+01:00");
        // The end has passed (an extension after the fact): from now, to the minute.
        QTest::newRow("end passed") << start << end << at("2026-12-02T17:20:42+01:00") << 1
                                    << at("2026-12-02T18:20:00+01:00");
        QTest::newRow("until further notice, under way")
            << start << std::optional<QDateTime>() << at("2026-12-02T15:10:00+01:00") << 4
            << at("2026-12-02T19:10:00+01:00");
        QTest::newRow("until further notice, not begun")
            << start << std::optional<QDateTime>() << at("2026-12-02T09:00:00+01:00") << 4
            << at("2026-12-02T17:00:00+01:00");
        // 29 March 2026 in Paris: 02:00 becomes 03:00. One hour after 01:30 is 03:30.
        QTest::newRow("spring forward")
            << at("2026-03-29T00:30:00+01:00") << std::optional(at("2026-03-29T01:30:00+01:00"))
            << at("2026-03-29T00:45:00+01:00") << 1 << at("2026-03-29T03:30:00+02:00");
    }

    void extended()
    {
        QFETCH(QDateTime, start);
        QFETCH(std::optional<QDateTime>, end);
        QFETCH(QDateTime, now);
        QFETCH(int, hours);
        QFETCH(QDateTime, expected);
        const QDateTime got = QuickPeriod::extended(start, end, now, hours);
        QCOMPARE(got.toUTC(), expected.toUTC());
    }

    void tonight_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("afternoon in winter")
            << at("2026-12-02T13:00:00+01:00") << at("2026-12-02T15:00:00+01:00")
            << at("2026-12-02T19:00:00Z");
        // The day the clocks go forward, 20:00 in Paris is 18:00 UTC (not 19:00, not 23:00).
        QTest::newRow("spring forward day")
            << at("2026-03-29T01:00:00+01:00") << at("2026-03-29T10:00:00+02:00")
            << at("2026-03-29T18:00:00Z");
        QTest::newRow("autumn back day")
            << at("2026-10-25T09:00:00+01:00") << at("2026-10-25T09:00:00+01:00")
            << at("2026-10-25T19:00:00Z");
        // Late in the evening (here 23:30 UTC is already the next day in Paris).
        QTest::newRow("after 20:00: midnight")
            << at("2026-12-02T20:30:00+01:00") << at("2026-12-02T21:00:00+01:00")
            << at("2026-12-02T23:00:00Z");
        QTest::newRow("UTC evening is the next day in Paris")
            << at("2026-12-02T23:30:00Z") << at("2026-12-02T23:30:00Z")
            << at("2026-12-03T19:00:00Z");
        QTest::newRow("starts tomorrow: its evening")
            << at("2026-12-03T08:00:00+01:00") << at("2026-12-02T15:00:00+01:00")
            << at("2026-12-03T19:00:00Z");
    }

    void tonight()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        QCOMPARE(QuickPeriod::tonight(start, now, QTimeZone("Europe/Paris")).toUTC(),
                 expected.toUTC());
    }
};

QTEST_GUILESS_MAIN(TestQuickPeriod)
#include "tst_quickperiod.moc"

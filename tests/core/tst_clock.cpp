#include "Clock.h"

#include <QTest>

namespace {

const QDateTime kInstant =
    QDateTime::fromString(QStringLiteral("2026-03-27T07:00:00+01:00"), Qt::ISODate);

// Waits until a running clock has moved past what it said; false after a few seconds.
bool movesOn(const Clock &running)
{
    const QDateTime before = running.now();
    return QTest::qWaitFor([&] { return running.now() > before; }, 5000);
}

} // namespace

// The three clocks: the system's, one started at an instant (--now) and a fixed one (tests).
class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void started_beginsAtTheInstant_thenRuns()
    {
        Clock clock;
        clock.startAt(kInstant);
        QVERIFY(!clock.isFixed());
        const QDateTime first = clock.now();
        QVERIFY(first >= kInstant);
        QVERIFY2(first < kInstant.addSecs(60), qPrintable(first.toString(Qt::ISODateWithMs)));
        QCOMPARE(first.offsetFromUtc(), kInstant.offsetFromUtc());
        QVERIFY(movesOn(clock));
        const QDateTime later = clock.now();
        QVERIFY(later > first);
        QVERIFY(later < kInstant.addSecs(60)); // the instant's time, not the system's
    }

    // The console hands copies of its clock around (editor, in-console sandbox).
    void copyOfAStartedClock_runsInStep()
    {
        Clock clock;
        clock.startAt(kInstant);
        const Clock copy = clock;
        QVERIFY(movesOn(copy));
        const QDateTime original = clock.now();
        QVERIFY(copy.now() >= original);
        QVERIFY(copy.now() > kInstant);
    }

    void fixed_staysFixed()
    {
        Clock fixed(kInstant);
        QVERIFY(fixed.isFixed());
        Clock witness;
        witness.startAt(kInstant);
        QVERIFY(movesOn(witness));       // time passed…
        QCOMPARE(fixed.now(), kInstant); // …and the fixed clock did not move
        fixed.setFixed(kInstant.addSecs(60));
        QCOMPARE(fixed.now(), kInstant.addSecs(60));
    }

    void setFixed_stopsAStartedClock()
    {
        Clock clock;
        clock.startAt(kInstant);
        clock.setFixed(kInstant.addDays(1));
        QVERIFY(clock.isFixed());
        Clock witness;
        witness.startAt(kInstant);
        QVERIFY(movesOn(witness));
        QCOMPARE(clock.now(), kInstant.addDays(1));
    }

    void default_followsTheSystem()
    {
        const Clock clock;
        QVERIFY(!clock.isFixed());
        QVERIFY(qAbs(clock.now().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"

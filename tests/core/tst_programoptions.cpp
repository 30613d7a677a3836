#include "Localization.h"
#include "ProgramOptions.h"

#include <QTest>

class TestProgramOptions : public QObject
{
    Q_OBJECT

private slots:
    // --now starts the clock there and lets it run, so that retries and reminders come due.
    void now_startsTheClockThere()
    {
        ProgramOptions options;
        QCommandLineParser parser;
        options.addTo(parser);
        QVERIFY(parser.parse({QStringLiteral("prog"), QStringLiteral("--now"),
                              QStringLiteral("2026-03-28T12:00:00+01:00")}));
        QCOMPARE(options.applyClock(parser), QString());
        QVERIFY(!options.clock().isFixed());
        const QDateTime given(QDate(2026, 3, 28), QTime(11, 0), Qt::UTC);
        const QDateTime first = options.clock().now();
        QVERIFY(first >= given);
        QVERIFY(first < given.addSecs(60));
        QVERIFY(QTest::qWaitFor([&] { return options.clock().now() > first; }, 5000));
    }

    // A one-shot command answers for that instant itself, however long it takes.
    void now_fixed_staysAtThatInstant()
    {
        ProgramOptions options(ProgramOptions::Now::Fixed);
        QCommandLineParser parser;
        options.addTo(parser);
        QVERIFY(parser.parse(
            {QStringLiteral("prog"), QStringLiteral("--now=2026-03-28T12:00:00.500+01:00")}));
        QCOMPARE(options.applyClock(parser), QString());
        QVERIFY(options.clock().isFixed());
        const QDateTime given(QDate(2026, 3, 28), QTime(11, 0, 0, 500), Qt::UTC);
        QCOMPARE(options.clock().now(), given);
        QTest::qWait(20);
        QCOMPARE(options.clock().now(), given);
    }

    void badNow_isExplained()
    {
        ProgramOptions options;
        QCommandLineParser parser;
        options.addTo(parser);
        QVERIFY(parser.parse({QStringLiteral("prog"), QStringLiteral("--now=tomorrow")}));
        const QString error = options.applyClock(parser);
        QVERIFY(error.contains(QLatin1String("tomorrow")));
        QVERIFY(!options.clock().isFixed());
    }

    void noNow_usesTheSystemClock()
    {
        ProgramOptions options;
        QCommandLineParser parser;
        options.addTo(parser);
        QVERIFY(parser.parse({QStringLiteral("prog")}));
        QCOMPARE(options.applyClock(parser), QString());
        QVERIFY(qAbs(options.clock().now().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void lang_isReadBeforeParsing()
    {
        QCOMPARE(ProgramOptions::applyLanguage({QStringLiteral("p"), QStringLiteral("--lang=en")},
                                               QStringLiteral("fr")),
                 QString());
        QCOMPARE(Localization::current(), QStringLiteral("en"));
        QCOMPARE(ProgramOptions::applyLanguage({QStringLiteral("p")}, QStringLiteral("fr")),
                 QString());
        QCOMPARE(Localization::current(), QStringLiteral("fr"));
        QVERIFY(!ProgramOptions::applyLanguage(
                     {QStringLiteral("p"), QStringLiteral("--lang"), QStringLiteral("xx")}, {})
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProgramOptions)
#include "tst_programoptions.moc"

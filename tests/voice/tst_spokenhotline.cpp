#include "ChannelRenderer.h"
#include "HotlineScript.h"
#include "HotlineVoice.h"
#include "PublicationRules.h"
#include "SpokenHotline.h"
#include "TestData.h"

#include <QSignalSpy>
#include <QTest>

namespace {

RenderContext sampleContext(const Notice &notice)
{
    return ChannelRenderer::context(notice, TestData::sampleNow());
}

QString script(const Notice &notice, const RenderContext &context, const QString &language)
{
    return ChannelRenderer::render(notice, context, QStringLiteral("hotline"), language).text;
}

std::optional<ValidationIssue> hotlineProblem(const Notice &notice, const RenderContext &context)
{
    for (const ValidationIssue &issue : PublicationRules::check(notice, context)) {
        if (issue.code == QLatin1String("hotline_too_long"))
            return issue;
    }
    return std::nullopt;
}

} // namespace

class TestSpokenHotline : public QObject
{
    Q_OBJECT

private slots:
    // The rule book judges the duration the voice was measured at for exactly this script.
    void theRuleJudgesTheRealDuration()
    {
        const Notice notice = TestData::sample("flaring-maintenance");
        RenderContext context = sampleContext(notice);
        const QString fr = script(notice, context, "fr");
        const ChannelOutput estimated =
            ChannelRenderer::render(notice, context, QStringLiteral("hotline"), "fr");
        QVERIFY(estimated.estimated);
        QCOMPARE(estimated.measure, HotlineScript::seconds(fr, context.wordsPerMinute));
        QVERIFY(!hotlineProblem(notice, context));

        // Said slowly by the engine: over 60 s although the words' estimate is under it.
        context.spokenLengths.append({fr, context.wordsPerMinute, 61.5});
        const ChannelOutput real =
            ChannelRenderer::render(notice, context, QStringLiteral("hotline"), "fr");
        QVERIFY(!real.estimated);
        QCOMPARE(real.measure, 61.5);
        QVERIFY(real.overLimit);
        const auto problem = hotlineProblem(notice, context);
        QVERIFY(problem);
        QCOMPARE(problem->path, QStringLiteral("channels.hotline.fr"));
        QCOMPARE(problem->args.first(), QStringLiteral("62"));

        // A measure of another script, or at another rate, is not this one's.
        RenderContext stale = sampleContext(notice);
        stale.spokenLengths.append({fr + QLatin1Char('.'), stale.wordsPerMinute, 61.5});
        stale.spokenLengths.append({fr, stale.wordsPerMinute + 10, 61.5});
        QVERIFY(!hotlineProblem(notice, stale));
    }

    void measureAddsEveryLanguagesDuration()
    {
        const Notice notice = TestData::sample("flaring-maintenance");
        RenderContext context = sampleContext(notice);
        QCOMPARE(HotlineVoice::measure(notice, context), QString());
        QCOMPARE(context.spokenLengths.size(), 2);
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            const HotlineVoice::Audio audio = HotlineVoice::speak(
                notice, sampleContext(notice), language, TelephonyWav::Encoding::ALaw);
            QCOMPARE(context.spokenSeconds(script(notice, context, language)), audio.seconds);
        }
    }

    // Typing runs no engine; the pause after it says the latest scripts once, off the UI
    // thread (the event loop turns while the engine speaks), and Listen gets those bytes.
    void saysTheLatestScriptOnceTypingPauses()
    {
        Notice notice = TestData::sample("flaring-maintenance");
        SpokenHotline spoken;
        QSignalSpy said(&spoken, &SpokenHotline::said);
        const QString text = notice.text("fr");
        for (int i = 1; i <= 20; ++i) {
            notice.setText("fr", text + QStringLiteral(" Merci") + QString(i, QLatin1Char('!')));
            spoken.request(notice, sampleContext(notice));
            QTest::qWait(20);
            QVERIFY(!spoken.busy());
        }
        int turns = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { turns += spoken.busy() ? 1 : 0; });
        tick.start(5);
        QVERIFY(said.wait(30000));
        QVERIFY2(turns > 0, "the event loop kept turning while the engine spoke");
        QTest::qWait(SpokenHotline::pauseMs + 200);
        QCOMPARE(said.size(), 1);
        QCOMPARE(spoken.problem(), QString());

        RenderContext context = sampleContext(notice);
        const QString latest = script(notice, context, "fr");
        spoken.apply(context);
        const ChannelOutput out =
            ChannelRenderer::render(notice, context, QStringLiteral("hotline"), "fr");
        QVERIFY(!out.estimated);
        const HotlineVoice::Audio expected =
            HotlineVoice::speak(latest, "fr", context.wordsPerMinute, TelephonyWav::Encoding::ALaw);
        QCOMPARE(out.measure, expected.seconds);
        QCOMPARE(spoken.audio(latest, context.wordsPerMinute), expected.wav);
        // An earlier keystroke's script was never said.
        notice.setText("fr", text + QStringLiteral(" Merci!"));
        QVERIFY(spoken.audio(script(notice, context, "fr"), context.wordsPerMinute).isEmpty());
    }

    void withoutAnEngineTheEstimateStaysAndTheReasonIsKept()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray("/nonexistent"));
        const Notice notice = TestData::sample("siren-test");
        SpokenHotline spoken;
        QSignalSpy said(&spoken, &SpokenHotline::said);
        spoken.request(notice, sampleContext(notice));
        const bool done = said.wait(30000);
        qputenv("PATH", path);
        QVERIFY(done);
        QVERIFY(spoken.problem().contains(QLatin1String("espeak-ng")));
        RenderContext context = sampleContext(notice);
        spoken.apply(context);
        QVERIFY(
            ChannelRenderer::render(notice, context, QStringLiteral("hotline"), "fr").estimated);
    }
};

QTEST_GUILESS_MAIN(TestSpokenHotline)
#include "tst_spokenhotline.moc"

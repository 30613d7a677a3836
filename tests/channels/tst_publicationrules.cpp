#include "ChannelRenderer.h"
#include "MastodonCounter.h"
#include "PublicationRules.h"
#include "SmsCounter.h"
#include "TestData.h"
#include "TweetCounter.h"

#include <QFileInfo>
#include <QTest>

namespace {

const QString fr = QStringLiteral("fr");
const QString en = QStringLiteral("en");

RenderContext contextOf(const Notice &notice)
{
    return ChannelRenderer::context(notice, TestData::sampleNow());
}

// The first problem at a path, or a default one (empty code) when there is none.
ValidationIssue at(const ValidationIssues &issues, const QString &path)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.path == path)
            return issue;
    }
    return {};
}

QStringList paths(const ValidationIssues &issues)
{
    QStringList list;
    for (const ValidationIssue &issue : issues)
        list.append(issue.path + QLatin1Char(':') + issue.code);
    return list;
}

// About 680 weighted characters in French and English alike: over X's 280 and Mastodon's 500.
Notice longNotice()
{
    Notice n = TestData::sample(QStringLiteral("siren-test"));
    n.setText(fr, QStringLiteral("Des essais de sirène ont lieu sur le site toute la journée, "
                                 "sans danger pour les riverains. ")
                      .repeated(7)
                      .trimmed());
    n.setText(en, QStringLiteral("Siren tests take place on the site all day long, with no "
                                 "danger for local residents. ")
                      .repeated(8)
                      .trimmed());
    return n;
}

} // namespace

// The rule book: which channel, in which language, can be published, and which problem blocks.
class TestPublicationRules : public QObject
{
    Q_OBJECT

private slots:
    void everySample_fitsOrIsReportedWithTheChannelsOwnMeasure()
    {
        // Each problem reported is what the renderer measures, and nothing over is missed.
        for (const QString &path : TestData::samplePaths()) {
            const QString name = QFileInfo(path).baseName();
            const Notice notice = TestData::sample(name);
            const RenderContext context = contextOf(notice);
            const ValidationIssues issues = PublicationRules::check(notice, context);
            for (const QString &language : {fr, en}) {
                if (notice.text(language).trimmed().isEmpty())
                    continue;
                for (const QString &channel : PublicationRules::channels()) {
                    const ChannelOutput out =
                        ChannelRenderer::render(notice, context, channel, language);
                    const ValidationIssue issue =
                        at(issues, QStringLiteral("channels.%1.%2").arg(channel, language));
                    QVERIFY2(out.overLimit == !issue.code.isEmpty(),
                             qPrintable(name + QLatin1Char(' ') + channel + language));
                    if (out.overLimit)
                        QCOMPARE(issue.args.first(), QString::number(qRound(out.measure)));
                }
            }
        }
    }

    void longPost_blocksX_andMastodon_inEachLanguage()
    {
        const Notice notice = longNotice();
        const ValidationIssues issues = PublicationRules::check(notice, contextOf(notice));
        const ValidationIssue x = at(issues, QStringLiteral("channels.x.fr"));
        QCOMPARE(x.code, QStringLiteral("x_over_limit"));
        QVERIFY(x.isError());
        QCOMPARE(x.args.at(1), QStringLiteral("280"));
        QVERIFY(x.args.at(0).toInt() > 600);
        QCOMPARE(at(issues, QStringLiteral("channels.x.en")).code, QStringLiteral("x_over_limit"));
        QCOMPARE(at(issues, QStringLiteral("channels.mastodon.fr")).code,
                 QStringLiteral("mastodon_over_limit"));
        QVERIFY(at(issues, QStringLiteral("channels.mastodon.en")).isError());
        QCOMPARE(PublicationRules::channelOf(x), QStringLiteral("x"));
        QCOMPARE(PublicationRules::languageOf(x), fr);
        // The sentence names the measure and the limit, in the UI language (English here).
        QVERIFY2(x.message().contains(QLatin1String("280")), qPrintable(x.message()));
        QVERIFY(hasErrors(PublicationRules::blocking(notice, TestData::sampleNow())));
    }

    void overrideWithinLimit_clearsIt_andOneOverTheLimitBlocksUnderItsOwnPath()
    {
        Notice notice = longNotice();
        notice.setOverride(QStringLiteral("x"), QStringLiteral("Siren tests all day, no danger."));
        notice.setOverride(QStringLiteral("mastodon"), QStringLiteral("Essais de sirène."));
        QVERIFY2(!hasErrors(PublicationRules::check(notice, contextOf(notice))),
                 qPrintable(paths(PublicationRules::check(notice, contextOf(notice))).join(' ')));

        notice.setOverride(QStringLiteral("x"), QStringLiteral("Essais de sirène. ").repeated(20));
        ValidationIssues issues = PublicationRules::check(notice, contextOf(notice));
        issues.removeIf([](const ValidationIssue &issue) { return !issue.isError(); });
        // One text serves both languages: it is judged, and reported, in each.
        QCOMPARE(paths(issues),
                 QStringList({QStringLiteral("overrides.x.fr:override_over_limit"),
                              QStringLiteral("overrides.x.en:override_over_limit")}));
        QVERIFY(issues.first().isError());
        QVERIFY2(issues.first().message().startsWith(QLatin1String("The text written for X has")),
                 qPrintable(issues.first().message()));
    }

    void linkCountsAsTwentyThree_soAPostWithALongLinkStillFits()
    {
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        notice.setText(fr, QStringLiteral("Essais de sirène à midi."));
        notice.setLink(QStringLiteral("https://www.example.com/") + QString(200, QLatin1Char('a')));
        const ValidationIssues issues = PublicationRules::check(notice, contextOf(notice));
        QVERIFY2(at(issues, QStringLiteral("channels.x.fr")).code.isEmpty(),
                 qPrintable(paths(issues).join(' ')));
    }

    void smsOverTheTerritorysParts_isAWarning_naming_theEncoding()
    {
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        const RenderContext context = contextOf(notice);
        QCOMPARE(context.territory.smsMaxParts, 6);
        // "→" forces UCS-2 and has no GSM-7 replacement: 67 characters a part, so 480 characters
        // need 8 parts.
        notice.setOverride(QStringLiteral("sms"), QStringLiteral("Façade → 2. ").repeated(40));
        QCOMPARE(
            SmsCounter::count(notice.override(QStringLiteral("sms"), QStringLiteral("fr"))).parts,
            8);
        const ValidationIssue sms =
            at(PublicationRules::check(notice, context), QStringLiteral("overrides.sms.fr"));
        QCOMPARE(sms.code, QStringLiteral("sms_too_many_parts"));
        QCOMPARE(sms.severity, ValidationIssue::Severity::Warning);
        QCOMPARE(sms.args,
                 QStringList({QStringLiteral("8"), QStringLiteral("6"), QStringLiteral("UCS-2")}));
    }

    // The same length in French letters GSM-7 can spell ("ç" → "c") is sent in GSM-7: 4 parts,
    // within the territory's 6, so no warning.
    void frenchSms_isJudgedAsSent_inGsm7()
    {
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        notice.setOverride(QStringLiteral("sms"), QStringLiteral("Façade. ").repeated(60));
        QCOMPARE(SmsCounter::count(notice.override(QStringLiteral("sms"), fr)).parts, 8);
        const ChannelOutput sms =
            ChannelRenderer::render(notice, contextOf(notice), QStringLiteral("sms"), fr);
        QCOMPARE(sms.text, QStringLiteral("Facade. ").repeated(60));
        QCOMPARE(sms.measure, 4.0);
        QVERIFY2(at(PublicationRules::check(notice, contextOf(notice)),
                    QStringLiteral("overrides.sms.fr"))
                     .code.isEmpty(),
                 "no warning");
    }

    void hotline_isJudgedAtTheTerritorysRate_asAWarning()
    {
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        RenderContext context = contextOf(notice);
        QCOMPARE(context.wordsPerMinute, 150.0);
        notice.setText(fr, QStringLiteral("Les essais de la sirène se poursuivent. ").repeated(30));
        const ValidationIssue hotline =
            at(PublicationRules::check(notice, context), QStringLiteral("channels.hotline.fr"));
        QCOMPARE(hotline.code, QStringLiteral("hotline_too_long"));
        QVERIFY(!hotline.isError());
        QCOMPARE(hotline.args.at(1), QStringLiteral("60"));
        QCOMPARE(hotline.args.at(2), QStringLiteral("150"));

        // The French script says the hotline override instead, and only the French one.
        notice.setOverride(QStringLiteral("hotline"), QStringLiteral("Essais de sirène."));
        const ValidationIssues issues = PublicationRules::check(notice, context);
        QVERIFY2(at(issues, QStringLiteral("channels.hotline.fr")).code.isEmpty() &&
                     at(issues, QStringLiteral("overrides.hotline.fr")).code.isEmpty(),
                 qPrintable(paths(issues).join(' ')));
    }

    void checkAll_putsTheNoticesProblemsFirst()
    {
        Notice notice = longNotice();
        Site site = notice.site();
        site.commune.clear();
        notice.setSite(site);
        const ValidationIssues issues = PublicationRules::checkAll(notice, contextOf(notice));
        QVERIFY(issues.size() >= 5);
        QCOMPARE(issues.first().path, QStringLiteral("site.commune"));
        QCOMPARE(issues.first().code, QStringLiteral("required"));
        QCOMPARE(at(issues, QStringLiteral("channels.x.fr")).code, QStringLiteral("x_over_limit"));
        // Paths of other problems belong to no channel.
        QVERIFY(PublicationRules::channelOf(issues.first()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublicationRules)
#include "tst_publicationrules.moc"

#include "ChannelRenderer.h"
#include "TestData.h"
#include "Vocabulary.h"

#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(ALLO_CLI), arguments);
    if (!p.waitForFinished(30000))
        qFatal("allo-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QProcessEnvironment environment(const char *tz, const char *lang)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("LC_ALL"), QStringLiteral("LC_TIME"),
                                QStringLiteral("LC_NUMERIC"), QStringLiteral("LANGUAGE")})
        e.remove(name);
    e.insert(QStringLiteral("TZ"), QLatin1String(tz));
    e.insert(QStringLiteral("LANG"), QLatin1String(lang));
    return e;
}

} // namespace

class TestChannelRenderer : public QObject
{
    Q_OBJECT

private slots:
    void everySample_rendersOnEveryChannel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("language");
        for (const QString &path : TestData::samplePaths()) {
            const QString name = QFileInfo(path).baseName();
            const Notice notice = TestData::sample(name);
            for (const QString &language : Vocabulary::languages()) {
                if (notice.text(language).isEmpty())
                    continue;
                for (const QString &channel : Vocabulary::channels())
                    QTest::newRow(
                        qPrintable(name + QLatin1Char('/') + channel + QLatin1Char('/') + language))
                        << name << channel << language;
            }
        }
    }

    void everySample_rendersOnEveryChannel()
    {
        QFETCH(QString, name);
        QFETCH(QString, channel);
        QFETCH(QString, language);
        const Notice notice = TestData::sample(name);
        const auto output = ChannelRenderer::render(
            notice, ChannelRenderer::context(notice, TestData::sampleNow()), channel, language);
        QVERIFY2(output.ok(), qPrintable(output.error));
        QVERIFY(!output.text.trimmed().isEmpty());
        QCOMPARE(output.overLimit, output.limit > 0 && output.measure > output.limit);
    }

    void draftWithoutTimes_rendersOnEveryChannel()
    {
        Notice notice = TestData::sample(QStringLiteral("steam-startup"));
        QJsonObject json = notice.toJson();
        json.remove(QStringLiteral("start"));
        json.insert(QStringLiteral("end"), QStringLiteral("not a time"));
        notice = Notice(json);
        const RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
        for (const QString &channel : Vocabulary::channels())
            QVERIFY2(ChannelRenderer::render(notice, context, channel, QStringLiteral("fr")).ok(),
                     qPrintable(channel));
        QVERIFY(
            ChannelRenderer::render(notice, context, QStringLiteral("web"), QStringLiteral("fr"))
                .text.contains(QStringLiteral("à préciser")));
    }

    void measures_fitTheChannel()
    {
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        const RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
        const QString fr = QStringLiteral("fr");
        using Unit = ChannelOutput::Unit;
        const auto x = ChannelRenderer::render(notice, context, QStringLiteral("x"), fr);
        QCOMPARE(x.unit, Unit::WeightedCharacters);
        QCOMPARE(x.limit, 280.0);
        QVERIFY(x.measure > 0);
        const auto mastodon =
            ChannelRenderer::render(notice, context, QStringLiteral("mastodon"), fr);
        QCOMPARE(mastodon.unit, Unit::Characters);
        QCOMPARE(mastodon.limit, 500.0);
        const auto sms = ChannelRenderer::render(notice, context, QStringLiteral("sms"), fr);
        QCOMPARE(sms.unit, Unit::Parts);
        QVERIFY(sms.measure >= 1);
        QVERIFY(!sms.overLimit);
        const auto hotline =
            ChannelRenderer::render(notice, context, QStringLiteral("hotline"), fr);
        QCOMPARE(hotline.unit, Unit::Seconds);
        QCOMPARE(hotline.limit, 60.0);
        QVERIFY(hotline.measure > 0);
        for (const char *channel : {"web", "cap"}) {
            const auto out = ChannelRenderer::render(notice, context, QLatin1String(channel), fr);
            QCOMPARE(out.unit, Unit::None);
            QVERIFY(!out.overLimit);
        }
    }

    void longText_isOverTheLimit()
    {
        Notice notice = TestData::sample(QStringLiteral("steam-startup"));
        notice.setText(QStringLiteral("fr"), QStringLiteral("mot ").repeated(400));
        const RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
        for (const char *channel : {"x", "mastodon", "hotline"})
            QVERIFY2(ChannelRenderer::render(notice, context, QLatin1String(channel),
                                             QStringLiteral("fr"))
                         .overLimit,
                     channel);
    }

    void refusals_sayWhy()
    {
        const Notice notice = TestData::sample(QStringLiteral("siren-test")); // French text only
        RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
        const QString fr = QStringLiteral("fr");
        QVERIFY(!ChannelRenderer::render(notice, context, QStringLiteral("twitter"), fr).ok());
        QVERIFY(
            !ChannelRenderer::render(notice, context, QStringLiteral("web"), QStringLiteral("de"))
                 .ok());
        QVERIFY(
            !ChannelRenderer::render(notice, context, QStringLiteral("web"), QStringLiteral("en"))
                 .ok());
        QVERIFY(
            ChannelRenderer::render(notice, context, QStringLiteral("cap"), QStringLiteral("en"))
                .ok());
        QVERIFY(!ChannelRenderer::render(notice, context, QStringLiteral("cap"), fr,
                                         CapAlert::Intent::Cancel)
                     .ok());
        context.territory = {};
        QVERIFY(!ChannelRenderer::render(notice, context, QStringLiteral("web"), fr).ok());
    }

    void cli_outputIgnoresLocaleAndZone_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("language");
        for (const QString &channel : Vocabulary::channels()) {
            QTest::newRow(qPrintable(channel + QLatin1String("/fr"))) << channel << "fr";
            QTest::newRow(qPrintable(channel + QLatin1String("/en"))) << channel << "en";
        }
    }

    void cli_outputIgnoresLocaleAndZone()
    {
        QFETCH(QString, channel);
        QFETCH(QString, language);
        // --now in UTC: every time is written in the territory's zone, whatever TZ says.
        const QStringList arguments = {QStringLiteral("render"),
                                       QStringLiteral("--channel"),
                                       channel,
                                       QStringLiteral("--lang"),
                                       language,
                                       QStringLiteral("--now=2026-03-20T11:00:00Z"),
                                       TestData::dataDir() +
                                           QLatin1String("/samples/flaring-maintenance.json")};
        const Run utc = cli(arguments, environment("UTC", "C"));
        const Run paris = cli(arguments, environment("Europe/Paris", "fr_FR.UTF-8"));
        QVERIFY2(utc.exit == 0 || utc.exit == 1, utc.err.constData());
        QVERIFY(!utc.out.isEmpty());
        QCOMPARE(paris.exit, utc.exit);
        QCOMPARE(paris.out, utc.out);
    }

    void cli_defaultLanguageIsFrenchWhateverTheSystem()
    {
        const QStringList arguments = {
            QStringLiteral("render"), QStringLiteral("--channel"), QStringLiteral("web"),
            TestData::dataDir() + QLatin1String("/samples/poi-drill.json")};
        const Run c = cli(arguments, environment("UTC", "C"));
        QCOMPARE(c.exit, 0);
        QVERIFY(c.out.contains("lang=\"fr\""));
        QCOMPARE(cli(arguments, environment("Europe/Paris", "fr_FR.UTF-8")).out, c.out);
    }
};

QTEST_GUILESS_MAIN(TestChannelRenderer)
#include "tst_channelrenderer.moc"

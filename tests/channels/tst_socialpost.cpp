#include "MastodonCounter.h"
#include "SocialPost.h"
#include "TerritoryCatalog.h"
#include "TestData.h"
#include "TweetCounter.h"

#include <QFileInfo>
#include <QTest>

namespace {

RenderContext context()
{
    RenderContext c;
    c.territory = TerritoryCatalog::builtIn().find(QStringLiteral("rouen-metropole"));
    c.sentAt = TestData::sampleNow();
    return c;
}

const QString fr = QStringLiteral("fr");
const QString x = QStringLiteral("x");

// A notice whose text is far too long for X.
Notice longNotice(const QString &status)
{
    Notice n = TestData::sample(QStringLiteral("seed-test-message"));
    n.setStatus(status);
    n.setText(fr, QStringLiteral("Une intervention de maintenance est programmée sur notre site. ")
                      .repeated(6)
                      .trimmed());
    return n;
}

} // namespace

class TestSocialPost : public QObject
{
    Q_OBJECT

private slots:
    void compose_seed_isCompanyColonMarkTextLink()
    {
        // The tweet from the seed article: company, colon, "Test : ", the text, the link.
        const Notice seed = TestData::sample(QStringLiteral("seed-test-message"));
        QCOMPARE(
            SocialPost::compose(seed, context(), x, fr),
            QStringLiteral("ENTREPRISE TEST: Test : Incident fictif. Une intervention de "
                           "maintenance est programmée du 27 au 28 mars sur notre site. Des "
                           "épisodes de torche ponctuels pourront être observés. "
                           "https://www.allo-industrie.com/rouen_metropole/seed-test-message"));
    }

    void compose_marks_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("opening");
        QTest::newRow("actual") << "actual"
                                << "fr"
                                << "ENTREPRISE TEST: Incident";
        QTest::newRow("test") << "test"
                              << "fr"
                              << "ENTREPRISE TEST: Test : Incident";
        QTest::newRow("exercise") << "exercise"
                                  << "fr"
                                  << "ENTREPRISE TEST: Exercice : Incident";
        QTest::newRow("exercise in English") << "exercise"
                                             << "en"
                                             << "ENTREPRISE TEST: Exercise: Incident";
    }

    void compose_marks()
    {
        QFETCH(QString, status);
        QFETCH(QString, language);
        QFETCH(QString, opening);
        Notice n = TestData::sample(QStringLiteral("seed-test-message"));
        n.setStatus(status);
        for (const QString &channel : {x, QStringLiteral("mastodon"), QStringLiteral("sms")})
            QVERIFY(SocialPost::compose(n, context(), channel, language).startsWith(opening));
    }

    void compose_usesTheChannelsOverride()
    {
        Notice n = TestData::sample(QStringLiteral("seed-test-message"));
        n.setOverride(x, QStringLiteral("ENTREPRISE TEST: Test : court."));
        QCOMPARE(SocialPost::compose(n, context(), x, fr),
                 QStringLiteral("ENTREPRISE TEST: Test : court."));
        // Other channels keep the composed post.
        QVERIFY(
            SocialPost::compose(n, context(), QStringLiteral("mastodon"), fr).endsWith(n.link()));
    }

    // The English X post of a notice whose X text was edited: a single text (before API 1.2.0)
    // is still both languages' post; an English text of its own is the English post alone, and
    // without one the English post is composed from the English text again.
    void englishPost_isTheChannelsEnglishText()
    {
        const QString en = QStringLiteral("en");
        Notice n = TestData::sample(QStringLiteral("flaring-maintenance"));
        n.setOverride(x, QStringLiteral("Torchage ce soir."));
        QCOMPARE(SocialPost::compose(n, context(), x, en), QStringLiteral("Torchage ce soir."));
        n.setOverride(x, en, QStringLiteral("Flaring tonight."));
        QCOMPARE(SocialPost::compose(n, context(), x, fr), QStringLiteral("Torchage ce soir."));
        QCOMPARE(SocialPost::compose(n, context(), x, en), QStringLiteral("Flaring tonight."));
        n.setOverride(x, en, QString());
        const QString composed = SocialPost::compose(n, context(), x, en);
        QVERIFY2(composed.contains(n.text(en).left(30)) && composed.endsWith(n.link()),
                 qPrintable(composed));
        QCOMPARE(SocialPost::compose(n, context(), x, fr), QStringLiteral("Torchage ce soir."));
    }

    void shortened_fittingPostIsUnchanged()
    {
        const Notice seed = TestData::sample(QStringLiteral("seed-test-message"));
        QCOMPARE(SocialPost::shortened(seed, context(), x, fr),
                 SocialPost::compose(seed, context(), x, fr));
    }

    void shortened_keepsLinkAndMark_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("opening");
        QTest::newRow("test") << "test"
                              << "ENTREPRISE TEST: Test : Une intervention";
        QTest::newRow("exercise") << "exercise"
                                  << "ENTREPRISE TEST: Exercice : Une intervention";
        QTest::newRow("actual") << "actual"
                                << "ENTREPRISE TEST: Une intervention";
    }

    void shortened_keepsLinkAndMark()
    {
        QFETCH(QString, status);
        QFETCH(QString, opening);
        const Notice n = longNotice(status);
        QVERIFY(!SocialPost::fits(SocialPost::compose(n, context(), x, fr), x));
        const QString post = SocialPost::shortened(n, context(), x, fr);
        QVERIFY2(SocialPost::fits(post, x), qPrintable(post));
        QVERIFY2(post.startsWith(opening), qPrintable(post));
        QVERIFY2(post.endsWith(QStringLiteral("… ") + n.link()), qPrintable(post));
        // Cut at a word boundary: what precedes "…" is a whole word of the text.
        const QString kept = post.section(QStringLiteral("…"), 0, 0);
        QVERIFY2(n.text(fr).startsWith(kept.mid(post.indexOf(QStringLiteral("Une")))),
                 qPrintable(kept));
        QVERIFY(kept.back().isLetter());
        // As long as it can be: one more word would not fit (a 23-character link counts 23).
        QVERIFY(TweetCounter::count(post).weightedLength > TweetCounter::limit - 16);
    }

    void shortened_mastodon()
    {
        Notice n = longNotice(QStringLiteral("test"));
        n.setText(fr, n.text(fr).repeated(2));
        const QString channel = QStringLiteral("mastodon");
        QVERIFY(!SocialPost::fits(SocialPost::compose(n, context(), channel, fr), channel));
        const QString post = SocialPost::shortened(n, context(), channel, fr);
        QVERIFY(MastodonCounter::count(post).valid);
        QVERIFY(post.startsWith(QStringLiteral("ENTREPRISE TEST: Test : ")));
        QVERIFY(post.endsWith(QStringLiteral("… ") + n.link()));
    }

    void shortened_override_obeysTheSameLimit()
    {
        Notice n = longNotice(QStringLiteral("exercise"));
        const QString opening = QStringLiteral("ENTREPRISE TEST: Exercice : ");
        n.setOverride(x, opening + QStringLiteral("mot ").repeated(80) + n.link());
        QVERIFY(!SocialPost::fits(n.override(x, QStringLiteral("fr")), x));
        const QString post = SocialPost::shortened(n, context(), x, fr);
        QVERIFY2(SocialPost::fits(post, x), qPrintable(post));
        QVERIFY(post.startsWith(opening + QStringLiteral("mot mot")));
        QVERIFY(post.endsWith(QStringLiteral("mot… ") + n.link()));
    }

    void everySample_composesEveryShortChannel()
    {
        for (const QString &path : TestData::samplePaths()) {
            const Notice notice = TestData::sample(QFileInfo(path).baseName());
            for (const QString &channel : {x, QStringLiteral("mastodon"), QStringLiteral("sms")}) {
                const QString post = SocialPost::compose(notice, context(), channel, fr);
                QVERIFY(post.startsWith(notice.company() + QStringLiteral(": ")));
                QVERIFY(post.endsWith(notice.link()));
                QVERIFY(SocialPost::fits(SocialPost::shortened(notice, context(), channel, fr),
                                         channel));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSocialPost)
#include "tst_socialpost.moc"

#include "FrenchTypography.h"
#include "MastodonCounter.h"
#include "SocialPost.h"
#include "TerritoryCatalog.h"
#include "TestData.h"

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
        // The tweet from the seed article: company, colon, "Test : ", the text, the link; in
        // French, a no-break space before each colon.
        const Notice seed = TestData::sample(QStringLiteral("seed-test-message"));
        QCOMPARE(SocialPost::compose(seed, context(), x, fr),
                 QStringLiteral(
                     "ENTREPRISE TEST\u00A0: Test\u00A0: Incident fictif. Une intervention de "
                     "maintenance est programmée du 27 au 28 mars sur notre site. Des "
                     "épisodes de torche ponctuels pourront être observés. "
                     "https://www.allo-industrie.com/rouen_metropole/seed-test-message"));
    }

    void compose_marks_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("opening");
        // "~" is the no-break space of X and Mastodon, a plain space in an SMS.
        QTest::newRow("actual") << "actual"
                                << "fr"
                                << "ENTREPRISE TEST~: Incident";
        QTest::newRow("test") << "test"
                              << "fr"
                              << "ENTREPRISE TEST~: Test~: Incident";
        QTest::newRow("exercise") << "exercise"
                                  << "fr"
                                  << "ENTREPRISE TEST~: Exercice~: Incident";
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
        for (const QString &channel : {x, QStringLiteral("mastodon"), QStringLiteral("sms")}) {
            const QChar space = channel == QLatin1String("sms") ? QChar(u' ') : QChar(0x00A0);
            const QString post = SocialPost::compose(n, context(), channel, language);
            QVERIFY2(post.startsWith(QString(opening).replace(QLatin1Char('~'), space)),
                     qPrintable(post));
        }
    }

    void compose_usesTheChannelsOverride()
    {
        Notice n = TestData::sample(QStringLiteral("seed-test-message"));
        n.setOverride(x, QStringLiteral("ENTREPRISE TEST: Test : court ! L'essai."));
        // Typeset like a composed post: residents read the same typography either way.
        QCOMPARE(SocialPost::compose(n, context(), x, fr),
                 QStringLiteral("ENTREPRISE TEST\u00A0: Test\u00A0: court\u202F! L\u2019essai."));
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
        // The plain post, which is typeset when published.
        const Notice seed = TestData::sample(QStringLiteral("seed-test-message"));
        const QString post = SocialPost::shortened(seed, context(), x, fr);
        QVERIFY(post.startsWith(QStringLiteral("ENTREPRISE TEST : Test : ")));
        QCOMPARE(SocialPost::published(post, x, fr), SocialPost::compose(seed, context(), x, fr));
    }

    void shortened_keepsLinkAndMark_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("opening");
        QTest::newRow("test") << "test"
                              << "ENTREPRISE TEST : Test : Une intervention";
        QTest::newRow("exercise") << "exercise"
                                  << "ENTREPRISE TEST : Exercice : Une intervention";
        QTest::newRow("actual") << "actual"
                                << "ENTREPRISE TEST : Une intervention";
    }

    void shortened_keepsLinkAndMark()
    {
        QFETCH(QString, status);
        QFETCH(QString, opening);
        const Notice n = longNotice(status);
        QVERIFY(!SocialPost::fits(SocialPost::compose(n, context(), x, fr), x));
        const QString post = SocialPost::shortened(n, context(), x, fr);
        QVERIFY2(SocialPost::fits(SocialPost::published(post, x, fr), x), qPrintable(post));
        QVERIFY2(post.startsWith(opening), qPrintable(post));
        // Whole sentences, as many as fit, then the link.
        const QString sentence =
            QStringLiteral("Une intervention de maintenance est programmée sur notre site.");
        QVERIFY2(post.endsWith(QStringLiteral("site. ") + n.link()), qPrintable(post));
        QVERIFY(!post.contains(QStringLiteral("…")));
        const qsizetype kept = post.count(sentence);
        QVERIFY(kept >= 1 && kept < 6);
        QString more = post;
        more.insert(post.indexOf(sentence), sentence + QLatin1Char(' '));
        QVERIFY(!SocialPost::fits(SocialPost::published(more, x, fr), x));
    }

    void shortened_mastodon()
    {
        Notice n = longNotice(QStringLiteral("test"));
        n.setText(fr, n.text(fr).repeated(2));
        const QString channel = QStringLiteral("mastodon");
        QVERIFY(!SocialPost::fits(SocialPost::compose(n, context(), channel, fr), channel));
        const QString post = SocialPost::shortened(n, context(), channel, fr);
        QVERIFY(MastodonCounter::count(SocialPost::published(post, channel, fr)).valid);
        QVERIFY(post.startsWith(QStringLiteral("ENTREPRISE TEST : Test : ")));
        QVERIFY(post.endsWith(QStringLiteral("site. ") + n.link()));
    }

    void shortened_override_obeysTheSameLimit()
    {
        Notice n = longNotice(QStringLiteral("exercise"));
        const QString opening = QStringLiteral("ENTREPRISE TEST: Exercice : ");
        n.setOverride(x, opening + QStringLiteral("mot ").repeated(80) + n.link());
        QVERIFY(!SocialPost::fits(n.override(x, QStringLiteral("fr")), x));
        const QString post = SocialPost::shortened(n, context(), x, fr);
        QVERIFY2(SocialPost::fits(SocialPost::published(post, x, fr), x), qPrintable(post));
        QVERIFY(post.startsWith(opening + QStringLiteral("mot mot")));
        QVERIFY(post.endsWith(QStringLiteral("mot… ") + n.link()));
    }

    void everySample_composesEveryShortChannel()
    {
        for (const QString &path : TestData::samplePaths()) {
            const Notice notice = TestData::sample(QFileInfo(path).baseName());
            for (const QString &channel : {x, QStringLiteral("mastodon"), QStringLiteral("sms")}) {
                const QString post = SocialPost::compose(notice, context(), channel, fr);
                // The SMS may have lost accents to GSM-7 ("Dépot"), one letter for one.
                if (channel == QLatin1String("sms"))
                    QCOMPARE(post.indexOf(QStringLiteral(" : ")), notice.company().size());
                else
                    QVERIFY2(post.startsWith(FrenchTypography::apply(notice.company()) +
                                             QChar(0x00A0) + QLatin1Char(':')),
                             qPrintable(post));
                QVERIFY(post.endsWith(notice.link()));
                QVERIFY(SocialPost::fits(
                    SocialPost::published(SocialPost::shortened(notice, context(), channel, fr),
                                          channel, fr),
                    channel));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSocialPost)
#include "tst_socialpost.moc"

#include "ChannelRenderer.h"
#include "FrenchTypography.h"
#include "PublicationRules.h"
#include "TestData.h"
#include "TweetCounter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString fr = QStringLiteral("fr");
const QString en = QStringLiteral("en");

// Visible stand-ins, so a failure shows which space is where.
QString shown(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1String("[nbsp]"))
        .replace(QChar(0x202F), QLatin1String("[nnbsp]"))
        .replace(QChar(0x2019), QLatin1String("[rsquo]"));
}

// The written form of the tests' expectations: "~" is U+00A0, "^" U+202F, "`" U+2019.
QString typographic(QString text)
{
    return text.replace(QLatin1Char('~'), QChar(0x00A0))
        .replace(QLatin1Char('^'), QChar(0x202F))
        .replace(QLatin1Char('`'), QChar(0x2019));
}

ChannelOutput render(const Notice &notice, const QString &channel, const QString &language)
{
    return ChannelRenderer::render(notice, ChannelRenderer::context(notice, TestData::sampleNow()),
                                   channel, language);
}

} // namespace

class TestFrenchTypography : public QObject
{
    Q_OBJECT

private slots:
    void apply_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("colon") << "Chimie de la Vallée : Des fumées"
                               << "Chimie de la Vallée~: Des fumées";
        QTest::newRow("colon without space") << "Attention: fermez"
                                             << "Attention~: fermez";
        QTest::newRow("colon ending the text") << "Contact:"
                                               << "Contact~:";
        QTest::newRow("semicolon, !, ?") << "Rien ; tout va bien ! Des questions ?"
                                         << "Rien^; tout va bien^! Des questions^?";
        QTest::newRow("without spaces") << "Vraiment? Oui! Bien;"
                                        << "Vraiment^? Oui^! Bien^;";
        QTest::newRow("a run takes one space") << "Quoi ?! Non!!"
                                               << "Quoi^?! Non^!!";
        QTest::newRow("wrong space replaced") << "Note\u202F: oui\u00A0!"
                                              << "Note~: oui^!";
        QTest::newRow("guillemets") << "« bruit » et «odeur»"
                                    << "«~bruit~» et «~odeur~»";
        QTest::newRow("times") << "de 6 h 40 à 18 h et 7 h 30."
                               << "de 6~h~40 à 18~h et 7~h~30.";
        QTest::newRow("not a time") << "5 heures, 2 hectares"
                                    << "5 heures, 2 hectares";
        QTest::newRow("phone 1-3-3-3") << "au 0 805 691 282."
                                       << "au 0~805~691~282.";
        QTest::newRow("phone 2-2-2-2-2") << "au 02 35 12 34 56"
                                         << "au 02~35~12~34~56";
        QTest::newRow("phone +33") << "au +33 2 35 12 34 56"
                                   << "au +33~2~35~12~34~56";
        QTest::newRow("dates are not phones") << "du 27 au 28 mars 2026"
                                              << "du 27 au 28 mars 2026";
        QTest::newRow("apostrophes") << "L'usine d'Harfleur, aujourd'hui"
                                     << "L`usine d`Harfleur, aujourd`hui";
        QTest::newRow("quotes are not apostrophes") << "'mot' et l'"
                                                    << "'mot' et l'";
        // What must stay as written.
        QTest::newRow("times like 18:00") << "à 18:00 ou 18h30"
                                          << "à 18:00 ou 18h30";
        QTest::newRow("URL") << "Voir https://exemple.fr/l'usine?a=1;b=2!c : oui"
                             << "Voir https://exemple.fr/l'usine?a=1;b=2!c~: oui";
        QTest::newRow("URL without protocol") << "Voir allo-industrie.com/l'avis?x=1 !"
                                              << "Voir allo-industrie.com/l'avis?x=1^!";
        QTest::newRow("http://") << "http://a.b/c'd"
                                 << "http://a.b/c'd";
        QTest::newRow("e-mail") << "Écrivez à jean.d'arc@exemple.fr ; merci"
                                << "Écrivez à jean.d'arc@exemple.fr^; merci";
        QTest::newRow("hashtag and mention") << "#L'usine @l'usine l'usine"
                                             << "#L'usine @l'usine l`usine";
        // A word ends at ASCII white space only (tab, new line…), not at a no-break space.
        QTest::newRow("words split by tab and new line")
            << "Écrire :\njean.d'arc@exemple.fr\tl'usine"
            << "Écrire~:\njean.d'arc@exemple.fr\tl`usine";
        QTest::newRow("no-break space inside a word") << "l'usine\u00A0l'avis@exemple.fr l'usine"
                                                      << "l'usine\u00A0l'avis@exemple.fr l`usine";
        QTest::newRow("ratio") << "un mélange 3:1"
                               << "un mélange 3:1";
    }

    void apply()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString result = FrenchTypography::apply(text);
        QCOMPARE(shown(result), shown(typographic(expected)));
        // Twice is once.
        QCOMPARE(shown(FrenchTypography::apply(result)), shown(result));
    }

    void keepPhoneNumbersTogether_only()
    {
        QCOMPARE(shown(FrenchTypography::keepPhoneNumbersTogether(
                     QStringLiteral("Call 0 805 691 282 : it's free ! At 6 h 40"))),
                 shown(typographic(QStringLiteral("Call 0~805~691~282 : it's free ! At 6 h 40"))));
    }

    // What residents read on X and Mastodon in French is typeset; the English post is not.
    void renderer_typesetsFrenchPostsOnly_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const QString french = QStringLiteral(
            "Dépôt pétrolier du Havre~: Essai mensuel de la sirène du site mardi 21 avril à "
            "12~h. Ce signal est un essai~: aucune action n`est demandée à la population. "
            "https://www.allo-industrie.com/le_havre/siren-test");
        QTest::newRow("x fr") << "x"
                              << "fr" << french;
        QTest::newRow("mastodon fr") << "mastodon"
                                     << "fr" << french;
        QTest::newRow("x en, as before")
            << "x"
            << "en"
            << "Dépôt pétrolier du Havre: Monthly siren test on Tuesday 21 April at 12:00; no "
               "action is needed! Questions? Call 0 805 691 282. It's only a test. "
               "https://www.allo-industrie.com/le_havre/siren-test";
    }

    void renderer_typesetsFrenchPostsOnly()
    {
        QFETCH(QString, channel);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        notice.setText(en, QStringLiteral("Monthly siren test on Tuesday 21 April at 12:00; no "
                                          "action is needed! Questions? Call 0 805 691 282. "
                                          "It's only a test."));
        const ChannelOutput out = render(notice, channel, language);
        QVERIFY2(out.ok(), qPrintable(out.error));
        QCOMPARE(shown(out.text), shown(typographic(expected)));
    }

    // Every sample's French X post has no ordinary space left before : ; ! ? and none inside a
    // time, and the rule book measures exactly what is published.
    void everySample_frenchPostsAreTypeset()
    {
        static const QRegularExpression ordinary(
            QStringLiteral(R"( [:;!?]|\d h\b|[\p{L}]'[\p{L}])"));
        for (const QString &path : TestData::samplePaths()) {
            const Notice notice = TestData::sample(QFileInfo(path).baseName());
            for (const QString &channel : {QStringLiteral("x"), QStringLiteral("mastodon")}) {
                const ChannelOutput out = render(notice, channel, fr);
                QVERIFY2(!ordinary.match(out.text).hasMatch(), qPrintable(shown(out.text)));
                QVERIFY2(out.text.startsWith(FrenchTypography::apply(notice.company()) +
                                             QChar(0x00A0) + QLatin1Char(':')),
                         qPrintable(shown(out.text)));
                QVERIFY(out.text.endsWith(QLatin1Char(' ') + notice.link()));
            }
            const ChannelOutput x = render(notice, QStringLiteral("x"), fr);
            QCOMPARE(int(x.measure), TweetCounter::weightedLength(x.text));
        }
    }

    // U+202F weighs 2 on X (twitter-text gives weight 1 only to U+2000–U+200D, U+2010–U+201F and
    // U+2032–U+2037 above U+10FF): a post of 280 as typed may be over the limit as published,
    // and the rule book must say so.
    void ruleBook_judgesTheTypesetPost()
    {
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        const QString link = notice.link();
        QString text = QStringLiteral("Des questions ? Appelez-nous ! ");
        // "Dépôt pétrolier du Havre : " + text + filler + " " + link(23) = 280 as typed.
        const int typed = TweetCounter::weightedLength(notice.company() + QStringLiteral(" : ") +
                                                       text + QLatin1Char(' ') + link);
        text += QStringLiteral("a").repeated(TweetCounter::limit - typed);
        notice.setText(fr, text);
        QCOMPARE(TweetCounter::weightedLength(notice.company() + QStringLiteral(" : ") + text +
                                              QLatin1Char(' ') + link),
                 TweetCounter::limit);
        const ChannelOutput x = render(notice, QStringLiteral("x"), fr);
        QCOMPARE(int(x.measure), TweetCounter::limit + 2); // two U+202F, 2 each
        QVERIFY(x.overLimit);
        bool refused = false;
        for (const ValidationIssue &issue : PublicationRules::check(
                 notice, ChannelRenderer::context(notice, TestData::sampleNow())))
            refused = refused || (issue.code == QLatin1String("x_over_limit") &&
                                  issue.path == QLatin1String("channels.x.fr"));
        QVERIFY(refused);
    }
};

QTEST_GUILESS_MAIN(TestFrenchTypography)
#include "tst_frenchtypography.moc"

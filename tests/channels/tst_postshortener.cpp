#include "ChannelRenderer.h"
#include "NoticeTemplate.h"
#include "PostShortener.h"
#include "SocialPost.h"
#include "TestData.h"
#include "Vocabulary.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString fr = QStringLiteral("fr");
const QString en = QStringLiteral("en");

// For each sample: its English text (the samples have French only, but one), and, in each
// language, the sentence that says what happens and the safety advice if it has one — chosen
// by hand, not by the shortener's cues.
struct Expected
{
    QString english;
    QString whatFr;
    QString safetyFr;
    QString whatEn;
    QString safetyEn;
};

const QHash<QString, Expected> &expected()
{
    static const QHash<QString, Expected> table = {
        {QStringLiteral("exercise-status"),
         {QStringLiteral("Exercise message. A simulated smoke release is under way on the site "
                         "as part of the POI drill."),
          QStringLiteral("Un dégagement de fumée simulé est en cours sur le site dans le cadre "
                         "de l'exercice POI."),
          {},
          QStringLiteral("A simulated smoke release is under way on the site as part of the "
                         "POI drill."),
          {}}},
        {QStringLiteral("flaring-maintenance"),
         {{},
          QStringLiteral("Une intervention de maintenance est programmée du 27 au 28 mars sur "
                         "notre site."),
          QStringLiteral("Il n'y a aucun risque pour la population."),
          QStringLiteral("Maintenance work is scheduled on our site from 27 to 28 March."),
          QStringLiteral("There is no risk to the public.")}},
        {QStringLiteral("incident-smoke"),
         {QStringLiteral("A fire on a retention tank is under control by our teams and the fire "
                         "brigade. Black smoke is visible above the port. Avoid the quai de "
                         "France area. Next update at 6 p.m."),
          QStringLiteral("Un départ de feu sur un bac de rétention est maîtrisé par nos équipes "
                         "et les pompiers."),
          QStringLiteral("Évitez le secteur du quai de France."),
          QStringLiteral("A fire on a retention tank is under control by our teams and the fire "
                         "brigade."),
          QStringLiteral("Avoid the quai de France area.")}},
        {QStringLiteral("odour-mercaptan"),
         {QStringLiteral("A purge operation is under way. A smell of gas (mercaptan) may be "
                         "noticed downwind of the site until further notice. This smell is "
                         "unpleasant but harmless at these levels."),
          QStringLiteral("Une opération de purge est en cours."),
          QStringLiteral("Cette odeur est gênante mais sans danger aux concentrations "
                         "rencontrées."),
          QStringLiteral("A purge operation is under way."),
          QStringLiteral("This smell is unpleasant but harmless at these levels.")}},
        {QStringLiteral("poi-drill"),
         {QStringLiteral("An exercise of our internal emergency plan (POI) will take place on "
                         "Tuesday morning with the fire brigade. Exercise smoke, an internal "
                         "siren and emergency vehicles may be seen around the site. This is a "
                         "drill."),
          QStringLiteral("Un exercice de notre plan d'opération interne (POI) aura lieu mardi "
                         "matin avec les sapeurs-pompiers."),
          {},
          QStringLiteral("An exercise of our internal emergency plan (POI) will take place on "
                         "Tuesday morning with the fire brigade."),
          {}}},
        {QStringLiteral("seed-test-message"),
         {QStringLiteral("Fictitious incident. Maintenance work is scheduled on our site from "
                         "27 to 28 March. Short flaring episodes may be seen."),
          QStringLiteral("Une intervention de maintenance est programmée du 27 au 28 mars sur "
                         "notre site."),
          {},
          QStringLiteral("Maintenance work is scheduled on our site from 27 to 28 March."),
          {}}},
        {QStringLiteral("siren-test"),
         {QStringLiteral("Monthly test of the site's siren on Tuesday 21 April at 12:00. This "
                         "signal is a test: the public need not do anything."),
          QStringLiteral("Essai mensuel de la sirène du site mardi 21 avril à 12 h."),
          QStringLiteral("Ce signal est un essai : aucune action n'est demandée à la "
                         "population."),
          QStringLiteral("Monthly test of the site's siren on Tuesday 21 April at 12:00."),
          QStringLiteral("This signal is a test: the public need not do anything.")}},
        {QStringLiteral("steam-startup"),
         {QStringLiteral("Restart of the boiler after the summer technical shutdown. A white "
                         "plume of water vapour and the noise of valves are possible during "
                         "start-up."),
          QStringLiteral("Redémarrage de la chaudière après l'arrêt technique d'été."),
          {},
          QStringLiteral("Restart of the boiler after the summer technical shutdown."),
          {}}},
    };
    return table;
}

// Background a reader can do without, which pushes a post over its limit.
QStringList padding(const QString &language)
{
    if (language == fr)
        return {QStringLiteral("Cette opération fait partie du programme annuel d'entretien "
                               "des installations."),
                QStringLiteral("Elle a été préparée plusieurs semaines à l'avance avec les "
                               "services de l'État."),
                QStringLiteral("Nos équipes techniques suivent attentivement son déroulement.")};
    return {QStringLiteral("This operation is part of the yearly maintenance programme of our "
                           "installations."),
            QStringLiteral("It was prepared several weeks in advance with the State services."),
            QStringLiteral("Our technical teams follow it closely.")};
}

// The text's sentences as a reader sees them (the texts here hold no abbreviation).
QStringList sentencesOf(const QString &text)
{
    static const QRegularExpression end(QStringLiteral(R"((?<=[.!?])\s+(?=\p{Lu}))"));
    return text.split(end, Qt::SkipEmptyParts);
}

RenderContext context(const Notice &notice)
{
    return ChannelRenderer::context(notice, TestData::sampleNow());
}

// The opening every post of the notice starts with: company, colon, test or exercise mark.
QString opening(const Notice &notice, const QString &language)
{
    QString mark;
    if (notice.status() == QLatin1String("test"))
        mark = language == fr ? QStringLiteral("Test : ") : QStringLiteral("Test: ");
    else if (notice.status() == QLatin1String("exercise"))
        mark = language == fr ? QStringLiteral("Exercice : ") : QStringLiteral("Exercise: ");
    return notice.company() + (language == fr ? QStringLiteral(" : ") : QStringLiteral(": ")) +
           mark;
}

// The shortened post, once it is the channel's own text, as the rule book judges it.
ChannelOutput published(Notice notice, const QString &channel, const QString &language,
                        const QString &post)
{
    notice.setOverride(channel, post);
    return ChannelRenderer::render(notice, context(notice), channel, language);
}

} // namespace

class TestPostShortener : public QObject
{
    Q_OBJECT

private slots:
    // The case from the issue: the offer cut "…Les mesures réalisées ne montrent…" and dropped
    // "aucun danger" and "fermez vos fenêtres".
    void issueCase_keepsTheSafetyAdvice_andCutsNoSentence()
    {
        Notice notice = TestData::sample(QStringLiteral("poi-drill"));
        notice.setType(QStringLiteral("incident"));
        notice.setText(
            fr,
            QStringLiteral("Un dégagement de fumée s'est produit ce matin sur une unité de notre "
                           "site. Nos équipes et les sapeurs-pompiers sont intervenus très "
                           "rapidement et la situation est désormais entièrement maîtrisée "
                           "par les services. Les mesures réalisées ne montrent aucun danger "
                           "pour la population. Par précaution, fermez vos fenêtres jusqu'à "
                           "14 h si vous êtes sous le panache."));
        const QString post =
            SocialPost::shortened(notice, context(notice), QStringLiteral("x"), fr);
        QVERIFY2(!published(notice, QStringLiteral("x"), fr, post).overLimit, qPrintable(post));
        QVERIFY2(!post.contains(QStringLiteral("…")), qPrintable(post));
        QCOMPARE(post, QStringLiteral("Chimie de la Vallée : Un dégagement de fumée s'est produit "
                                      "ce matin sur une unité de notre site. Les mesures "
                                      "réalisées ne montrent aucun danger pour la population. Par "
                                      "précaution, fermez vos fenêtres jusqu'à 14 h si vous êtes "
                                      "sous le panache. ") +
                           notice.link());
    }

    // Every sample, in both languages, on X and Mastodon, with background sentences enough to be
    // over the limit: the offer fits as published, keeps the opening mark and the link, cuts no
    // sentence, and keeps what happens and the safety advice.
    void everySample_keepsMeaning_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("channel");
        for (const QString &path : TestData::samplePaths()) {
            const QString name = QFileInfo(path).baseName();
            for (const QString &language : {fr, en}) {
                for (const QString &channel : {QStringLiteral("x"), QStringLiteral("mastodon")})
                    QTest::newRow(
                        qPrintable(name + QLatin1Char('/') + language + QLatin1Char('/') + channel))
                        << name << language << channel;
            }
        }
    }

    void everySample_keepsMeaning()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QFETCH(QString, channel);
        Notice notice = TestData::sample(name);
        QVERIFY2(expected().contains(name), "a new sample needs its row in expected()");
        const Expected &want = expected().value(name);
        if (notice.text(en).isEmpty())
            notice.setText(en, want.english);
        // Background after the first sentence, until the post is over the limit.
        QStringList sentences = sentencesOf(notice.text(language));
        const QStringList background = padding(language);
        for (int i = 0; SocialPost::fits(
                 SocialPost::compose(notice, context(notice), channel, language), channel);
             ++i) {
            QVERIFY(i < 30);
            sentences.insert(1, background.at(i % background.size()));
            notice.setText(language, sentences.join(QLatin1Char(' ')));
        }

        const QString post = SocialPost::shortened(notice, context(notice), channel, language);
        const ChannelOutput out = published(notice, channel, language, post);
        QVERIFY2(out.ok() && !out.overLimit, qPrintable(post));
        QVERIFY2(post.startsWith(opening(notice, language)), qPrintable(post));
        QVERIFY2(post.endsWith(QLatin1Char(' ') + notice.link()), qPrintable(post));
        // Whole sentences of the text, in its order.
        QVERIFY2(!post.contains(QStringLiteral("…")), qPrintable(post));
        QString middle = post.mid(opening(notice, language).size());
        middle.chop(notice.link().size() + 1);
        qsizetype from = 0;
        for (const QString &sentence : sentencesOf(middle)) {
            const qsizetype at = sentences.indexOf(sentence, from);
            QVERIFY2(at >= 0,
                     qPrintable(QStringLiteral("not a whole sentence, in order: ") + sentence));
            from = at + 1;
        }
        const QString what = language == fr ? want.whatFr : want.whatEn;
        const QString safety = language == fr ? want.safetyFr : want.safetyEn;
        QVERIFY2(post.contains(what), qPrintable(post));
        if (!safety.isEmpty())
            QVERIFY2(post.contains(safety), qPrintable(post));
    }

    // One sentence longer than the post may be: it alone is cut, at a word, with "…"; the
    // safety advice after it is kept.
    void oneSentenceTooLong_isCutAtAWord_andTheAdviceKept()
    {
        Notice notice = TestData::sample(QStringLiteral("odour-mercaptan"));
        const QString advice =
            QStringLiteral("Cette odeur est gênante mais sans danger aux concentrations "
                           "rencontrées.");
        const QString longest = QStringLiteral("Une opération de purge est en cours") +
                                QStringLiteral(" sur la ligne numéro un").repeated(12) +
                                QLatin1Char('.');
        notice.setText(fr, longest + QLatin1Char(' ') + advice);
        const QString post =
            SocialPost::shortened(notice, context(notice), QStringLiteral("x"), fr);
        QVERIFY2(!published(notice, QStringLiteral("x"), fr, post).overLimit, qPrintable(post));
        const QString tail = QStringLiteral("… ") + advice + QLatin1Char(' ') + notice.link();
        QVERIFY2(post.endsWith(tail), qPrintable(post));
        // Cut after a whole word of the sentence, and as late as it may be.
        const QString start = post.mid(opening(notice, fr).size()).chopped(tail.size());
        QVERIFY2(longest.startsWith(start + QLatin1Char(' ')), qPrintable(start));
        QString longer = post;
        longer.replace(start + QStringLiteral("…"),
                       longest.left(longest.indexOf(QLatin1Char(' '), start.size() + 1)) +
                           QStringLiteral("…"));
        QVERIFY(published(notice, QStringLiteral("x"), fr, longer).overLimit);
    }

    void sentences_endAtTheirPunctuationOnly()
    {
        QCOMPARE(
            PostShortener::sentences(QStringLiteral(
                "Essai à 12 h. Appelez M. Durand ! Quoi ? « Fermez. » Puis… 2 essais. fin")),
            QStringList({QStringLiteral("Essai à 12 h."), QStringLiteral("Appelez M. Durand !"),
                         QStringLiteral("Quoi ?"), QStringLiteral("« Fermez. »"),
                         QStringLiteral("Puis…"), QStringLiteral("2 essais. fin")}));
    }

    // The templates' own sentences are recognised: the first says where and when, and each
    // closing sentence that reassures or advises is safety advice, in both languages.
    void templates_partsAreRecognised_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("advice");
        const QStringList withAdvice = {"flaring", "maintenance", "startup", "shutdown",
                                        "drill",   "siren_test",  "odour",   "steam"};
        for (const QString &type : Vocabulary::types())
            QTest::newRow(qPrintable(type)) << type << withAdvice.contains(type);
    }

    void templates_partsAreRecognised()
    {
        QFETCH(QString, type);
        QFETCH(bool, advice);
        using Part = PostShortener::Part;
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        NoticeTemplate::builtIn().apply(notice, type, QTimeZone("Europe/Paris"));
        for (const QString &language : {fr, en}) {
            const QStringList sentences = PostShortener::sentences(notice.text(language));
            QVERIFY2(!sentences.isEmpty(), qPrintable(notice.text(language)));
            const auto first = PostShortener::parts(sentences.first(), {});
            QVERIFY2(first.testFlag(Part::Where) && first.testFlag(Part::When),
                     qPrintable(sentences.first()));
            QVERIFY(!first.testFlag(Part::Safety));
            // A type without effects nor closing words ("other") has one sentence.
            QCOMPARE(sentences.size() > 1 &&
                         PostShortener::parts(sentences.last(), {}).testFlag(Part::Safety),
                     advice);
            for (const QString &sentence : sentences.mid(1, sentences.size() - 2))
                QVERIFY2(!PostShortener::parts(sentence, {}).testFlag(Part::Safety),
                         qPrintable(sentence));
        }
    }

    void parts_cuesAndPlaces_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("parts");
        using Part = PostShortener::Part;
        QTest::newRow("mark") << "Message d’exercice." << int(Part::Mark);
        QTest::newRow("long sentence is no mark")
            << "Un exercice de notre plan aura lieu avec les sapeurs-pompiers." << 0;
        QTest::newRow("place") << "La fumée est visible depuis Petit-Couronne." << int(Part::Where);
        QTest::newRow("time") << "Prochain point à 18 h 00." << int(Part::When);
        QTest::newRow("no-break time") << "Prochain point à 18\u00A0h\u00A000." << int(Part::When);
        QTest::newRow("fermez") << "Fermez vos fenêtres." << int(Part::Safety);
        QTest::newRow("restez") << "Restez chez vous." << int(Part::Safety);
        QTest::newRow("aucun danger")
            << "Les mesures ne montrent aucun danger." << int(Part::Safety);
        QTest::newRow("stay indoors") << "Please stay indoors." << int(Part::Safety);
        QTest::newRow("close your windows") << "Close your windows." << int(Part::Safety);
        QTest::newRow("no danger") << "There is no danger." << int(Part::Safety);
        QTest::newRow("courtesy") << "Nous vous prions de nous excuser pour la gêne occasionnée."
                                  << 0;
        QTest::newRow("restent is not restez") << "Nos équipes restent mobilisées." << 0;
    }

    void parts_cuesAndPlaces()
    {
        QFETCH(QString, sentence);
        QFETCH(int, parts);
        QCOMPARE(int(PostShortener::parts(sentence, {QStringLiteral("Petit-Couronne")})), parts);
    }
};

QTEST_GUILESS_MAIN(TestPostShortener)
#include "tst_postshortener.moc"

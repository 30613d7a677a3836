#include "PostShortener.h"

#include "SocialPost.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace {

const QString ellipsis = QStringLiteral("…");

// A mark is a short sentence: "Message d'exercice.", "Incident fictif.", "This is a drill."
constexpr int markMaxWords = 6;
// The fewest words of the most important sentence kept before the safety advice when that
// sentence has to be cut.
constexpr int fewestWordsBeforeAdvice = 8;

// One alternation of cues, each matched as the start of a word (and its end, unless the cue
// says otherwise), on a lower-cased sentence with straight apostrophes and plain spaces.
QRegularExpression cues(const QStringList &alternatives)
{
    return QRegularExpression(QStringLiteral("(?<!\\p{L})(?:") +
                              alternatives.join(QLatin1Char('|')) + QStringLiteral(")(?!\\p{L})"));
}

const QRegularExpression &markCues()
{
    static const QRegularExpression re = cues({
        QStringLiteral("exercices?"),
        QStringLiteral("exercises?"),
        QStringLiteral("tests?"),
        QStringLiteral("essais?"),
        QStringLiteral("fictif\\p{L}*"),
        QStringLiteral("fictitious"),
        QStringLiteral("drills?"),
        QStringLiteral("simul\\p{L}*"),
    });
    return re;
}

const QRegularExpression &whereCues()
{
    static const QRegularExpression re = cues({
        // French
        QStringLiteral("sites?"),
        QStringLiteral("usines?"),
        QStringLiteral("dépôts?"),
        QStringLiteral("raffinerie"),
        QStringLiteral("terminal"),
        QStringLiteral("port"),
        QStringLiteral("quai"),
        QStringLiteral("secteurs?"),
        QStringLiteral("quartiers?"),
        QStringLiteral("rue"),
        QStringLiteral("avenue"),
        QStringLiteral("boulevard"),
        QStringLiteral("route"),
        QStringLiteral("zone"),
        QStringLiteral("communes?"),
        QStringLiteral("abords"),
        QStringLiteral("alentours"),
        QStringLiteral("autour"),
        QStringLiteral("au-dessus"),
        QStringLiteral("à proximité"),
        QStringLiteral("près"),
        QStringLiteral("sous le vent"),
        QStringLiteral("en direction"),
        // English
        QStringLiteral("plants?"),
        QStringLiteral("depots?"),
        QStringLiteral("refinery"),
        QStringLiteral("quay"),
        QStringLiteral("area"),
        QStringLiteral("district"),
        QStringLiteral("street"),
        QStringLiteral("road"),
        QStringLiteral("around"),
        QStringLiteral("near"),
        QStringLiteral("nearby"),
        QStringLiteral("above"),
        QStringLiteral("downwind"),
        QStringLiteral("towards"),
        QStringLiteral("neighbourhood"),
    });
    return re;
}

const QRegularExpression &whenCues()
{
    static const QRegularExpression re = cues({
        // Times and dates as the templates and members write them
        QStringLiteral("\\d{1,2} ?h(?: ?\\d{2})?"),
        QStringLiteral("\\d{1,2}:\\d{2}"),
        QStringLiteral("\\d{1,2}(?:[.:]\\d{2})? ?(?:a\\.m\\.|p\\.m\\.|am|pm)"),
        QStringLiteral("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                       "novembre|décembre"),
        QStringLiteral("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
        QStringLiteral("january|february|march|april|may|june|july|august|september|october|"
                       "november|december"),
        QStringLiteral("monday|tuesday|wednesday|thursday|friday|saturday|sunday"),
        // French
        QStringLiteral("aujourd'hui"),
        QStringLiteral("demain"),
        QStringLiteral("ce soir"),
        QStringLiteral("ce matin"),
        QStringLiteral("cet après-midi"),
        QStringLiteral("cette nuit"),
        QStringLiteral("midi"),
        QStringLiteral("minuit"),
        QStringLiteral("jusqu'à"),
        QStringLiteral("à partir d\\p{L}*"),
        QStringLiteral("en cours"),
        QStringLiteral("actuellement"),
        QStringLiteral("dès"),
        QStringLiteral("pendant"),
        // English
        QStringLiteral("today"),
        QStringLiteral("tonight"),
        QStringLiteral("tomorrow"),
        QStringLiteral("this (?:morning|afternoon|evening)"),
        QStringLiteral("noon"),
        QStringLiteral("midnight"),
        QStringLiteral("until"),
        QStringLiteral("under way"),
        QStringLiteral("currently"),
        QStringLiteral("now"),
        QStringLiteral("during"),
    });
    return re;
}

const QRegularExpression &safetyCues()
{
    static const QRegularExpression re = cues({
        // French: reassurance, then what to do or not to do
        QStringLiteral("(?:aucun|sans|pas de) (?:danger|risque)"),
        QStringLiteral("pas dangereu\\p{L}*"),
        QStringLiteral("inoffensi\\p{L}*"),
        QStringLiteral("sans conséquence"),
        QStringLiteral("sans effet"),
        QStringLiteral("(?:sont|est) norma\\p{L}*"),
        QStringLiteral("aucune action"),
        QStringLiteral("n'est (?:demandée|requise|nécessaire)"),
        QStringLiteral("fermez"),
        QStringLiteral("restez"),
        QStringLiteral("évitez"),
        QStringLiteral("éloignez-vous"),
        QStringLiteral("confinez-vous"),
        QStringLiteral("confinement"),
        QStringLiteral("abritez-vous"),
        QStringLiteral("à l'abri"),
        QStringLiteral("ne sortez"),
        QStringLiteral("ne vous rendez"),
        QStringLiteral("n'allez pas"),
        QStringLiteral("ne téléphonez"),
        QStringLiteral("n'appelez"),
        QStringLiteral("ne fumez"),
        // English
        QStringLiteral("no (?:danger|risk)"),
        QStringLiteral("not dangerous"),
        QStringLiteral("harmless"),
        QStringLiteral("(?:are|is) normal"),
        QStringLiteral("no action"),
        QStringLiteral("need not"),
        QStringLiteral("do not"),
        QStringLiteral("don't"),
        QStringLiteral("close (?:your|all|the)? ?windows"),
        QStringLiteral("close your"),
        QStringLiteral("keep (?:your )?windows"),
        QStringLiteral("stay (?:indoors|inside|away)"),
        QStringLiteral("keep away"),
        QStringLiteral("avoid"),
        QStringLiteral("shelter"),
    });
    return re;
}

QString normalised(const QString &sentence)
{
    QString text = sentence.toLower();
    text.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x00A0), QLatin1Char(' '));
    return text.replace(QChar(0x202F), QLatin1Char(' '));
}

// The post with the kept sentences in the order written; cutIndex, if any, is the sentence cut
// to its first cutLength characters (a word end) and "…".
class Assembly
{
public:
    Assembly(const PostShortener::Post &post, const QStringList &sentences)
        : m_post(post)
        , m_sentences(sentences)
    {}

    QString text(const QList<int> &kept, int cutIndex = -1, qsizetype cutLength = 0) const
    {
        QStringList parts;
        for (int i = 0; i < m_sentences.size(); ++i) {
            if (i == cutIndex) {
                QString start = m_sentences.at(i).left(cutLength);
                while (!start.isEmpty() && QStringLiteral(" ,;:.!?").contains(start.back()))
                    start.chop(1);
                parts.append(start + ellipsis);
            } else if (kept.contains(i)) {
                parts.append(m_sentences.at(i));
            }
        }
        return m_post.opening + parts.join(QLatin1Char(' ')) + m_post.closing;
    }

private:
    const PostShortener::Post &m_post;
    const QStringList &m_sentences;
};

// The ends of the words of a sentence: where it may be cut.
QList<qsizetype> wordEnds(const QString &sentence)
{
    QList<qsizetype> ends;
    for (qsizetype i = 1; i < sentence.size(); ++i) {
        if (sentence.at(i).isSpace() && !sentence.at(i - 1).isSpace())
            ends.append(i);
    }
    return ends;
}

} // namespace

QStringList PostShortener::sentences(const QString &text)
{
    // A sentence ends at . ! ? or … (and any closing quote or bracket) followed by a space and
    // a capital, a digit or an opening quote; not after a lone capital ("M. Durand").
    static const QRegularExpression end(
        QStringLiteral(R"((?<!(?<!\p{L})\p{Lu})([.!?…]+(?:[ \x{00A0}\x{202F}]?["»)\]])*)\s+)"
                       R"((?=[\p{Lu}\p{N}«"(]))"));
    QStringList result;
    qsizetype from = 0;
    for (auto it = end.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result.append(text.mid(from, m.capturedEnd(1) - from).trimmed());
        from = m.capturedEnd(0);
    }
    const QString last = text.mid(from).trimmed();
    if (!last.isEmpty())
        result.append(last);
    result.removeAll(QString());
    return result;
}

PostShortener::Parts PostShortener::parts(const QString &sentence, const QStringList &places)
{
    const QString text = normalised(sentence);
    Parts result;
    if (text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= markMaxWords &&
        markCues().match(text).hasMatch())
        result |= Part::Mark;
    bool where = whereCues().match(text).hasMatch();
    for (const QString &place : places)
        where = where || (!place.trimmed().isEmpty() && text.contains(normalised(place.trimmed())));
    if (where)
        result |= Part::Where;
    if (whenCues().match(text).hasMatch())
        result |= Part::When;
    if (safetyCues().match(text).hasMatch())
        result |= Part::Safety;
    return result;
}

QString PostShortener::shorten(const Post &post, const QStringList &places, const QString &channel,
                               const QString &language)
{
    const auto fits = [&](const QString &candidate) {
        return SocialPost::fits(SocialPost::published(candidate, channel, language), channel);
    };
    const QStringList all = sentences(post.text);
    const Assembly assembly(post, all);
    QList<int> everything;
    for (int i = 0; i < all.size(); ++i)
        everything.append(i);
    if (fits(assembly.text(everything)))
        return assembly.text(everything);

    QList<Parts> said;
    for (const QString &sentence : all)
        said.append(parts(sentence, places));
    const auto first = [&](const std::function<bool(int)> &wanted) {
        for (int i = 0; i < all.size(); ++i) {
            if (wanted(i))
                return i;
        }
        return -1;
    };
    // The order in which sentences are offered a place.
    QList<int> order;
    const auto offer = [&](int i) {
        if (i >= 0 && !order.contains(i))
            order.append(i);
    };
    for (int i = 0; i < all.size(); ++i) {
        if (said.at(i).testFlag(Part::Mark))
            offer(i);
    }
    const int what = first([&](int i) { return !said.at(i).testFlag(Part::Mark); });
    offer(what);
    for (const Part part : {Part::Where, Part::When}) {
        const bool told = std::any_of(order.cbegin(), order.cend(),
                                      [&](int i) { return said.at(i).testFlag(part); });
        if (!told)
            offer(first([&](int i) { return said.at(i).testFlag(part); }));
    }
    for (int i = 0; i < all.size(); ++i) {
        if (said.at(i).testFlag(Part::Safety))
            offer(i);
    }
    for (int i = 0; i < all.size(); ++i)
        offer(i);

    QList<int> kept;
    for (const int i : std::as_const(order)) {
        kept.append(i);
        if (!fits(assembly.text(kept)))
            kept.removeLast();
    }
    if (what < 0 || kept.contains(what))
        return assembly.text(kept);

    // The most important sentence cannot fit on its own: it is cut at a word, after keeping the
    // marks, and the safety advice too while its first words still fit.
    const QList<qsizetype> ends = wordEnds(all.at(what));
    const qsizetype fewest =
        ends.isEmpty() ? 0 : ends.at(std::min<qsizetype>(fewestWordsBeforeAdvice, ends.size()) - 1);
    kept.clear();
    for (const int i : std::as_const(order)) {
        if (i == what || !(said.at(i).testFlag(Part::Mark) || said.at(i).testFlag(Part::Safety)))
            continue;
        kept.append(i);
        if (!fits(assembly.text(kept, what, said.at(i).testFlag(Part::Mark) ? 0 : fewest)))
            kept.removeLast();
    }
    // Longer cuts never weigh less, so the longest that fits is found by bisection.
    qsizetype best = 0;
    qsizetype low = 0;
    qsizetype high = ends.size() - 1;
    while (low <= high) {
        const qsizetype middle = (low + high) / 2;
        if (fits(assembly.text(kept, what, ends.at(middle)))) {
            best = ends.at(middle);
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return assembly.text(kept, what, best);
}

#include "WebCard.h"

#include "ContentLabels.h"
#include "FrenchTypography.h"
#include "PeriodText.h"
#include "Vocabulary.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace {

// The card's fixed words are published content in the card's language, not UI strings.
struct Words
{
    const char *testBand;
    const char *exerciseBand;
    const char *type;
    const char *period;
    const char *periodUnknown;
    const char *pattern;
    const char *intermittent;
    const char *continuous;
    const char *effects;
    const char *noEffect;
    const char *moreInformation;
    const char *contact;
    const char *hotline;
    const char *colon; // French typography puts a space before the colon
};

const Words &words(const QString &language)
{
    static const Words fr = {"TEST : message fictif",
                             "EXERCICE : message d’exercice",
                             "Type",
                             "Période",
                             "à préciser",
                             "Déroulement",
                             "par intermittence",
                             "en continu",
                             "Effets attendus",
                             "aucun effet visible attendu",
                             "Plus d’informations",
                             "Contact",
                             "Numéro vert",
                             " : "};
    static const Words en = {"TEST: not a real event",
                             "EXERCISE: drill message",
                             "Type",
                             "Period",
                             "to be announced",
                             "Pattern",
                             "intermittent",
                             "continuous",
                             "Expected effects",
                             "no visible effect expected",
                             "More information",
                             "Contact",
                             "Free hotline",
                             ": "};
    return language == QLatin1String("fr") ? fr : en;
}

QString word(const char *text)
{
    return QString::fromUtf8(text);
}

// Escapes a member-typed text for HTML and drops control characters, which have no business in
// a page and could confuse a reader of the source.
QString escaped(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control || c == QLatin1Char('\n'))
            clean.append(c);
    }
    return clean.toHtmlEscaped();
}

// What residents read, typeset: French typography in French; phone numbers kept on one line in
// any language (no-break spaces), as the card must never break "0 805 691 282" or "6 h 40".
QString typeset(const QString &text, const QString &language)
{
    return language == QLatin1String("fr") ? FrenchTypography::apply(text)
                                           : FrenchTypography::keepPhoneNumbersTogether(text);
}

// A text for the page: typeset, then escaped.
QString shown(const QString &text, const QString &language)
{
    return escaped(typeset(text, language));
}

QString paragraphs(const QString &text, const QString &language)
{
    static const QRegularExpression blankLine(QStringLiteral(R"(\n[ \t]*\n\s*)"));
    QString normal = text;
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString html;
    for (const QString &paragraph : normal.split(blankLine, Qt::SkipEmptyParts)) {
        const QString trimmed = paragraph.trimmed();
        if (!trimmed.isEmpty())
            html += QLatin1String("<p>") +
                    shown(trimmed, language).replace(QLatin1Char('\n'), QLatin1String("<br>")) +
                    QLatin1String("</p>");
    }
    return html;
}

// data: URIs of the effect icons, read once from the resources.
const QHash<QString, QString> &icons()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const QString &effect : Vocabulary::effects()) {
            QFile file(QLatin1String(":/channels/icons/") + effect + QLatin1String(".svg"));
            if (file.open(QIODevice::ReadOnly))
                t.insert(effect, QLatin1String("data:image/svg+xml;base64,") +
                                     QString::fromLatin1(file.readAll().toBase64()));
        }
        return t;
    }();
    return table;
}

QString effectList(const QStringList &effects, const QString &language)
{
    if (effects.isEmpty())
        return word(words(language).noEffect);
    QStringList items;
    for (const QString &effect : effects) {
        const QString label = shown(ContentLabels::effect(effect, language), language);
        const QString icon = icons().value(effect);
        items.append(icon.isEmpty() ? label
                                    : QLatin1String("<img class=\"allo-icon\" src=\"") + icon +
                                          QLatin1String("\" width=\"20\" height=\"20\" alt=\"") +
                                          label + QLatin1String("\">&nbsp;") + label);
    }
    return items.join(QLatin1String("<br>"));
}

QString row(const char *label, const QString &value)
{
    return QLatin1String(
               "<tr><th class=\"allo-label\" width=\"30%\" align=\"left\" valign=\"top\">") +
           word(label) + QLatin1String("</th><td class=\"allo-value\">") + value +
           QLatin1String("</td></tr>\n");
}

QString wideRow(const char *cssClass, const QString &content)
{
    return QLatin1String("<tr><td class=\"") + QLatin1String(cssClass) +
           QLatin1String("\" colspan=\"2\">") + content + QLatin1String("</td></tr>\n");
}

} // namespace

QString WebCard::httpsLink(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

QString WebCard::render(const Notice &notice, const RenderContext &context, const QString &language)
{
    const Words &w = words(language);
    const Site site = notice.site();
    QString html = QLatin1String("<table class=\"allo-card\" lang=\"") + language.toHtmlEscaped() +
                   QLatin1String("\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">\n");
    if (notice.status() == QLatin1String("test"))
        html += wideRow("allo-band allo-band-test", shown(word(w.testBand), language));
    else if (notice.status() == QLatin1String("exercise"))
        html += wideRow("allo-band allo-band-exercise", shown(word(w.exerciseBand), language));
    html += wideRow("allo-company", shown(notice.company(), language));
    QStringList where;
    for (const QString &part : {site.name, site.commune}) {
        if (!part.trimmed().isEmpty())
            where.append(shown(part.trimmed(), language));
    }
    html += wideRow("allo-site", where.join(QStringLiteral(" — ")));
    html += row(w.type, shown(ContentLabels::type(notice.type(), language), language));
    // A draft may not have its times yet; the preview still shows the rest.
    const auto end = notice.end();
    const bool timed = notice.start().isValid() && (!end || end->isValid());
    html += row(w.period, timed ? shown(PeriodText::written(notice.start(), end,
                                                            context.territory.timeZone, language),
                                        language)
                                : word(w.periodUnknown));
    html += row(w.pattern, word(notice.intermittent() ? w.intermittent : w.continuous));
    html += row(w.effects, effectList(notice.effects(), language));
    html += wideRow("allo-text", paragraphs(notice.text(language), language));

    QStringList links;
    if (const QString link = httpsLink(notice.link()); !link.isEmpty())
        links.append(QLatin1String("<a href=\"") + link.toHtmlEscaped() + QLatin1String("\">") +
                     word(w.moreInformation) + QLatin1String("</a>"));
    if (!notice.contact().trimmed().isEmpty())
        links.append(shown(word(w.contact) + word(w.colon) + notice.contact().trimmed(), language));
    if (!context.territory.hotline.isEmpty())
        links.append(shown(word(w.hotline) + QLatin1Char(' ') + context.territory.name +
                               word(w.colon) + context.territory.hotline,
                           language));
    if (!links.isEmpty())
        html += wideRow("allo-links", links.join(QLatin1String("<br>")));
    return html + QLatin1String("</table>\n");
}

QString WebCard::styleSheet()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/channels/card.css"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The card stylesheet is missing from the resources");
        return QString::fromUtf8(file.readAll());
    }();
    return css;
}

QString WebCard::page(const QString &card, const QString &language)
{
    return QLatin1String("<!DOCTYPE html>\n<html lang=\"") + language.toHtmlEscaped() +
           QLatin1String("\">\n<head>\n<meta charset=\"utf-8\">\n<title>Allo Industrie</title>\n"
                         "<style>\n") +
           styleSheet() + QLatin1String("</style>\n</head>\n<body>\n") + card +
           QLatin1String("</body>\n</html>\n");
}

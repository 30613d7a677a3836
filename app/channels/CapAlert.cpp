#include "CapAlert.h"

#include "ContentLabels.h"
#include "IsoTime.h"
#include "Vocabulary.h"
#include "WebCard.h"

#include <QXmlStreamWriter>

#include <array>

namespace {

// What a type means for CAP (docs/channels.md explains the choices). Planned events are Future
// until they start and Expected once begun; an incident is Immediate and Observed.
struct Mapping
{
    const char *type;
    const char *category;
    bool planned;
    const char *severity;
    const char *certainty;
};

constexpr std::array<Mapping, 14> kMappings = {{
    {"flaring", "Env", true, "Minor", "Likely"},
    {"maintenance", "Infra", true, "Minor", "Likely"},
    {"startup", "Infra", true, "Minor", "Likely"},
    {"shutdown", "Infra", true, "Minor", "Likely"},
    {"drill", "Safety", true, "Minor", "Likely"},
    {"siren_test", "Safety", true, "Minor", "Likely"},
    {"noise", "Env", true, "Minor", "Likely"},
    {"odour", "Env", true, "Minor", "Likely"},
    {"smoke", "Env", true, "Minor", "Likely"},
    {"steam", "Env", true, "Minor", "Likely"},
    {"light", "Env", true, "Minor", "Likely"},
    {"traffic", "Transport", true, "Minor", "Likely"},
    {"incident", "Safety", false, "Moderate", "Observed"},
    {"other", "Other", true, "Minor", "Possible"},
}};

const Mapping &mapping(const QString &type)
{
    for (const Mapping &m : kMappings) {
        if (type == QLatin1String(m.type))
            return m;
    }
    return kMappings.back(); // an unknown type is published as "other"
}

const char *capStatus(const QString &status)
{
    if (status == QLatin1String("exercise"))
        return "Exercise";
    if (status == QLatin1String("test"))
        return "Test";
    return "Actual";
}

const char *capLanguage(const QString &language)
{
    return language == QLatin1String("fr") ? "fr-FR" : "en-GB";
}

// XML 1.0 cannot carry most control characters; a member's stray one must not break the alert.
QString xmlText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control || c == QLatin1Char('\n') ||
            c == QLatin1Char('\t'))
            clean.append(c);
    }
    return clean.trimmed();
}

void element(QXmlStreamWriter &xml, const char *name, const QString &value)
{
    xml.writeTextElement(QLatin1String(name), value);
}

void optionalElement(QXmlStreamWriter &xml, const char *name, const QString &value)
{
    if (!value.isEmpty())
        element(xml, name, value);
}

QString circle(const Site &site)
{
    if (!site.lat || !site.lon || std::abs(*site.lat) > 90 || std::abs(*site.lon) > 180)
        return {};
    // QString::number never uses the process locale, so the decimal point stays a point.
    return QString::number(*site.lat, 'f', 5) + QLatin1Char(',') +
           QString::number(*site.lon, 'f', 5) + QLatin1Char(' ') +
           QString::number(CapAlert::areaRadiusKm, 'f', 1);
}

void writeInfo(QXmlStreamWriter &xml, const Notice &notice, const RenderContext &context,
               const QString &language)
{
    const Mapping &m = mapping(notice.type());
    const QTimeZone &zone = context.territory.timeZone;
    const QDateTime start = notice.start();
    const auto end = notice.end();
    const QString event = ContentLabels::type(notice.type(), language);
    const Site site = notice.site();

    xml.writeStartElement(QStringLiteral("info"));
    element(xml, "language", QLatin1String(capLanguage(language)));
    element(xml, "category", QLatin1String(m.category));
    element(xml, "event", xmlText(event));
    element(xml, "responseType", QLatin1String(m.planned ? "None" : "Monitor"));
    const bool begun = !start.isValid() || start <= context.sentAt;
    element(xml, "urgency",
            QLatin1String(!m.planned ? "Immediate"
                          : begun    ? "Expected"
                                     : "Future"));
    element(xml, "severity", QLatin1String(m.severity));
    element(xml, "certainty", QLatin1String(m.certainty));
    if (start.isValid())
        element(xml, "onset", IsoTime::format(start, zone));
    if (end && end->isValid())
        element(xml, "expires", IsoTime::format(*end, zone));
    optionalElement(xml, "senderName", xmlText(context.territory.name));
    QStringList headline;
    for (const QString &part : {notice.company(), event, site.commune}) {
        if (!xmlText(part).isEmpty())
            headline.append(xmlText(part));
    }
    optionalElement(xml, "headline", headline.join(QStringLiteral(" – ")));
    optionalElement(xml, "description", xmlText(notice.text(language)));
    QString web = WebCard::httpsLink(notice.link());
    if (web.isEmpty())
        web = WebCard::httpsLink(context.territory.webSection);
    optionalElement(xml, "web", web);
    const QString contact = xmlText(notice.contact());
    optionalElement(xml, "contact", contact.isEmpty() ? context.territory.hotline : contact);

    xml.writeStartElement(QStringLiteral("area"));
    QString areaDesc = xmlText(site.commune);
    if (areaDesc.isEmpty())
        areaDesc = xmlText(site.name);
    if (areaDesc.isEmpty())
        areaDesc = context.territory.name;
    element(xml, "areaDesc", areaDesc);
    optionalElement(xml, "circle", circle(site));
    xml.writeEndElement(); // area
    xml.writeEndElement(); // info
}

} // namespace

QString CapAlert::identifier(const QString &noticeId, int revision)
{
    QString id = xmlText(noticeId) + QStringLiteral(".r") + QString::number(revision);
    for (QChar &c : id) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('<') || c == QLatin1Char('&'))
            c = QLatin1Char('-');
    }
    return id;
}

QString CapAlert::reference(const Notice &notice, const RenderContext &context)
{
    return context.capSender + QLatin1Char(',') + identifier(notice.id(), context.revision) +
           QLatin1Char(',') + IsoTime::format(context.sentAt, context.territory.timeZone);
}

QString CapAlert::render(const Notice &notice, const RenderContext &context, Intent intent)
{
    if (intent == Intent::Cancel && context.previousReference.isEmpty())
        return {};
    const char *msgType = intent == Intent::Cancel              ? "Cancel"
                          : context.previousReference.isEmpty() ? "Alert"
                                                                : "Update";
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2"));
    xml.writeStartElement(QStringLiteral("alert"));
    element(xml, "identifier", identifier(notice.id(), context.revision));
    element(xml, "sender", context.capSender);
    element(xml, "sent", IsoTime::format(context.sentAt, context.territory.timeZone));
    element(xml, "status", QLatin1String(capStatus(notice.status())));
    element(xml, "msgType", QLatin1String(msgType));
    element(xml, "scope", QStringLiteral("Public"));
    optionalElement(xml, "references", context.previousReference);
    bool any = false;
    for (const QString &language : Vocabulary::languages()) {
        if (!notice.text(language).trimmed().isEmpty()) {
            writeInfo(xml, notice, context, language);
            any = true;
        }
    }
    if (!any)
        writeInfo(xml, notice, context, QStringLiteral("fr"));
    xml.writeEndElement(); // alert
    xml.writeEndDocument();
    return out;
}

#include "HotlineScript.h"

#include "PeriodText.h"
#include "SpokenForm.h"

namespace {

bool isFrench(const QString &language)
{
    return language != QLatin1String("en");
}

// "à Rouen", "au Havre", "aux Andelys".
QString inCommune(const QString &commune)
{
    if (commune.startsWith(QLatin1String("Le ")))
        return QStringLiteral("au ") + commune.mid(3);
    if (commune.startsWith(QLatin1String("Les ")))
        return QStringLiteral("aux ") + commune.mid(4);
    return QStringLiteral("à ") + commune;
}

// The period as the caller hears it at the moment the message is played (the render clock): an
// incident already under way is not "planned", and a period over is said to be.
QString periodSentence(const Notice &notice, const RenderContext &context, const QString &language)
{
    const bool fr = isFrench(language);
    const QTimeZone zone = context.territory.timeZone;
    const QDateTime start = notice.start();
    const std::optional<QDateTime> end = notice.end();
    const QDateTime now = context.sentAt;
    const bool begun = now.isValid() && start <= now;
    const bool over = begun && end && *end <= now;
    if (begun && !over) {
        return (fr ? QStringLiteral("En cours %1") : QStringLiteral("Under way %1"))
            .arg(PeriodText::spokenSince(start, end, zone, language));
    }
    const QString period = PeriodText::spoken(start, end, zone, language);
    if (over)
        return (fr ? QStringLiteral("Terminé. C'était %1") : QStringLiteral("Now over. It was %1"))
            .arg(period);
    return (fr ? QStringLiteral("Prévu %1") : QStringLiteral("Planned %1")).arg(period);
}

QString mark(const Notice &notice, const QString &language, bool closing)
{
    const QString status = notice.status();
    const bool fr = isFrench(language);
    if (status == QLatin1String("test"))
        return closing ? (fr ? QStringLiteral("Fin du message de test.")
                             : QStringLiteral("End of this test message."))
                       : (fr ? QStringLiteral("Ceci est un message de test.")
                             : QStringLiteral("This is a test message."));
    if (status == QLatin1String("exercise"))
        return closing ? (fr ? QStringLiteral("Fin du message d'exercice.")
                             : QStringLiteral("End of this exercise message."))
                       : (fr ? QStringLiteral("Ceci est un message d'exercice.")
                             : QStringLiteral("This is an exercise message."));
    return {};
}

QString sentence(const QString &text)
{
    QString s = text.trimmed();
    if (!s.isEmpty() && !QStringLiteral(".!?").contains(s.back()))
        s += QLatin1Char('.');
    return s;
}

} // namespace

QString HotlineScript::render(const Notice &notice, const RenderContext &context,
                              const QString &language)
{
    const QString text = notice.text(language);
    if (text.trimmed().isEmpty())
        return {};
    const bool fr = isFrench(language);
    const QTimeZone zone = context.territory.timeZone;
    const QDateTime start = notice.start();
    const int year = start.isValid() ? start.toTimeZone(zone).date().year() : 0;
    const QString service = context.territory.name;
    const auto spoken = [&](const QString &words) {
        return SpokenForm::of(words, language, year, service);
    };

    QStringList parts;
    parts << mark(notice, language, false);
    if (!service.isEmpty())
        parts << (fr ? QStringLiteral("Vous êtes sur %1.") : QStringLiteral("This is %1."))
                     .arg(service);
    const Site site = notice.site();
    const QString company = spoken(notice.company());
    const QString siteName = spoken(site.name);
    const QString commune = spoken(site.commune);
    parts << (fr ? QStringLiteral("Message %1, %2, %3.")
                       .arg(SpokenForm::ofName(company), siteName, inCommune(commune))
                 : QStringLiteral("A message from %1, %2, in %3.").arg(company, siteName, commune));
    // sentence(): an English period ending in "p.m." takes no second full stop.
    if (start.isValid())
        parts << sentence(periodSentence(notice, context, language));
    // The introduction, period and marks stay with an override, so a test is never taken for a
    // real event.
    const QString override = HotlineScript::override(notice, language);
    parts << sentence(spoken(override.isEmpty() ? text : override));
    parts << mark(notice, language, true);
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString HotlineScript::override(const Notice &notice, const QString &language)
{
    // A single-string hotline text stands for the French script only (Notice reads it so): an
    // English voice reading a French text would be lost on callers.
    return notice.override(QStringLiteral("hotline"), language).trimmed();
}

int HotlineScript::words(const QString &script)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : script) {
        if (c.isSpace()) {
            inWord = false;
        } else if (!inWord && c.isLetterOrNumber()) {
            inWord = true;
            ++count;
        }
    }
    return count;
}

double HotlineScript::seconds(const QString &script, double wordsPerMinute)
{
    if (wordsPerMinute <= 0)
        return 0;
    return words(script) * 60.0 / wordsPerMinute;
}

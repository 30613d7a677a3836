#include "ProgramOptions.h"

#include "IsoTime.h"
#include "Localization.h"

#include <QCoreApplication>

QString ProgramOptions::applyLanguage(const QStringList &arguments, const QString &savedLanguage)
{
    QString lang;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1String("--lang=")))
            lang = a.mid(7);
        else if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments.at(i + 1);
    }
    const bool asked = !lang.isEmpty();
    if (!asked)
        lang = savedLanguage.isEmpty() ? Localization::systemLanguage() : savedLanguage;
    if (Localization::apply(lang))
        return {};
    Localization::apply(Localization::systemLanguage());
    if (!asked)
        return {};
    return QCoreApplication::translate("ProgramOptions", "Unknown language \"%1\": use fr or en.")
        .arg(lang);
}

ProgramOptions::ProgramOptions(Now now)
    : m_kind(now)
    , m_now(QStringLiteral("now"),
            now == Now::Running
                ? QCoreApplication::translate("ProgramOptions",
                                              "Start the clock at this time (ISO 8601 with an "
                                              "offset); it runs on from there.")
                : QCoreApplication::translate("ProgramOptions",
                                              "Take this time as now (ISO 8601 with an offset); "
                                              "it stays there for the whole command."),
            QCoreApplication::translate("ProgramOptions", "time"))
    , m_lang(QStringLiteral("lang"),
             QCoreApplication::translate("ProgramOptions", "Language of messages: fr or en."),
             QCoreApplication::translate("ProgramOptions", "language"))
{}

void ProgramOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_now);
    parser.addOption(m_lang);
}

QString ProgramOptions::applyClock(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_now))
        return {};
    const auto now = IsoTime::parse(parser.value(m_now));
    if (!now)
        return QCoreApplication::translate(
                   "ProgramOptions", "--now \"%1\" is not a time: write it as ISO 8601 with an "
                                     "offset, for example 2026-03-27T07:00:00+01:00.")
            .arg(parser.value(m_now));
    if (m_kind == Now::Fixed)
        m_clock.setFixed(*now);
    else
        m_clock.startAt(*now);
    return {};
}

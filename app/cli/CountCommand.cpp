#include "CountCommand.h"

#include "Cli.h"
#include "HotlineScript.h"
#include "MastodonCounter.h"
#include "ProgramOptions.h"
#include "SmsCounter.h"
#include "SpokenForm.h"
#include "TweetCounter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace {

// Keys in the documented order (QJsonObject would sort them).
QString object(const QList<std::pair<const char *, QString>> &members)
{
    QStringList list;
    for (const auto &[key, value] : members)
        list.append(QLatin1Char('"') + QLatin1String(key) + QStringLiteral("\":") + value);
    return QLatin1Char('{') + list.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

int CountCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption channel(
        QStringLiteral("channel"),
        QCoreApplication::translate("CountCommand",
                                    "The channel to count for: x, mastodon, sms or hotline."),
        QStringLiteral("channel"));
    parser.addOption(channel);
    // Counting needs no time; --now and --lang are taken as by every command.
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    const QString name = parser.value(channel);
    const QStringList channels = {QStringLiteral("x"), QStringLiteral("mastodon"),
                                  QStringLiteral("sms"), QStringLiteral("hotline")};
    if (!channels.contains(name)) {
        m_io.err << QCoreApplication::translate("CountCommand",
                                                "Give --channel x, mastodon, sms or hotline.")
                 << Qt::endl;
        return Cli::Unusable;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        m_io.err << QCoreApplication::translate("CountCommand",
                                                "Cannot read the standard input: %1")
                        .arg(input.errorString())
                 << Qt::endl;
        return Cli::Unusable;
    }
    const QString text = QString::fromUtf8(input.readAll());

    QString result;
    bool valid = true;
    if (name == QLatin1String("x")) {
        const TweetCounter::Result count = TweetCounter::count(text);
        valid = count.valid;
        result = object({{"weightedLength", QString::number(count.weightedLength)},
                         {"valid", boolean(count.valid)},
                         {"limit", QString::number(TweetCounter::limit)}});
    } else if (name == QLatin1String("mastodon")) {
        const MastodonCounter::Result count = MastodonCounter::count(text);
        valid = count.valid;
        result = object({{"length", QString::number(count.length)},
                         {"valid", boolean(count.valid)},
                         {"limit", QString::number(MastodonCounter::limit)}});
    } else if (name == QLatin1String("sms")) {
        const SmsCounter::Result count = SmsCounter::count(text);
        valid = !text.isEmpty();
        result = object({{"encoding", QLatin1Char('"') + SmsCounter::encodingName(count.encoding) +
                                          QLatin1Char('"')},
                         {"parts", QString::number(count.parts)},
                         {"length", QString::number(count.length)}});
    } else {
        // The text is counted as the voice will read it.
        const QString script = SpokenForm::of(text, QStringLiteral("fr"));
        valid = !script.trimmed().isEmpty();
        const double seconds = HotlineScript::seconds(script, 150);
        result = object({{"words", QString::number(HotlineScript::words(script))},
                         {"seconds", QString::number(std::round(seconds * 10) / 10)}});
    }
    m_io.out << result << Qt::endl;
    return valid ? Cli::Ok : Cli::Invalid;
}

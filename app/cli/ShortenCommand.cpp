#include "ShortenCommand.h"

#include "ChannelRenderer.h"
#include "Cli.h"
#include "ProgramOptions.h"
#include "SocialPost.h"

#include <QCommandLineParser>

int ShortenCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the notice's post for a channel shortened to fit it, as the console offers it: "
           "in French, or in the language --lang names."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption channel(QStringLiteral("channel"), tr("Channel: x or mastodon."),
                                     tr("channel"));
    parser.addOption(channel);
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The notice file (JSON)."),
                                 QStringLiteral("FILE"));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    if (parser.isSet(help)) {
        m_io.out << parser.helpText();
        return Cli::Ok;
    }
    const QString name = parser.value(channel);
    if ((name != QLatin1String("x") && name != QLatin1String("mastodon")) ||
        parser.positionalArguments().size() != 1) {
        m_io.err << tr("Usage: allo-cli shorten --channel x|mastodon [--lang fr|en] FILE")
                 << Qt::endl;
        return Cli::Unusable;
    }
    const QString path = parser.positionalArguments().first();
    auto notice = Cli::readNotice(path, m_io);
    if (!notice)
        return Cli::Unusable;
    const QString language = Cli::contentLanguage(parser);
    // From the notice's own text, not from an override, so the offer is the console's.
    notice->setOverride(name, language, QString());
    const RenderContext context = ChannelRenderer::context(*notice, options.clock().now());
    m_io.out << SocialPost::shortened(*notice, context, name, language) << Qt::endl;
    return Cli::Ok;
}

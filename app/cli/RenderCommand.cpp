#include "RenderCommand.h"

#include "ChannelRenderer.h"
#include "Cli.h"
#include "HotlineVoice.h"
#include "ProgramOptions.h"
#include "PublicationRules.h"

#include <QCommandLineParser>

int RenderCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints what a channel would publish for the notice: in French, or in the language "
           "--lang names."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     tr("Channel: web, hotline, x, mastodon, sms or cap."),
                                     tr("channel"));
    const QCommandLineOption revision(QStringLiteral("revision"),
                                      tr("The platform's revision of the notice (default: 1)."),
                                      tr("number"), QStringLiteral("1"));
    const QCommandLineOption references(
        QStringLiteral("references"),
        tr("cap: the previous revision's \"sender,identifier,sent\"; makes the alert an Update."),
        tr("reference"));
    const QCommandLineOption cancel(
        QStringLiteral("cancel"),
        tr("cap: cancel the revision named by --references instead of publishing."));
    const QCommandLineOption audio(
        QStringLiteral("audio"),
        tr("hotline: also write the script as the phone line plays it (8 kHz WAV) to this file."),
        tr("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("hotline --audio: alaw (G.711 A-law, the default) or pcm "
                                       "(16-bit)."),
                                    tr("format"), QStringLiteral("alaw"));
    parser.addOptions({channel, revision, references, cancel, audio, format});
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
    bool revisionOk = false;
    const int revisionNumber = parser.value(revision).toInt(&revisionOk);
    if (!parser.isSet(channel) || parser.positionalArguments().size() != 1 || !revisionOk ||
        revisionNumber < 1) {
        m_io.err << tr("Usage: allo-cli render --channel CHANNEL [--lang fr|en] [--audio FILE "
                       "[--format alaw|pcm]] FILE")
                 << Qt::endl;
        return Cli::Unusable;
    }
    const auto encoding = TelephonyWav::encodingNamed(parser.value(format));
    if (parser.isSet(audio) && parser.value(channel) != QLatin1String("hotline")) {
        m_io.err << tr("--audio is for the hotline only: use --channel hotline.") << Qt::endl;
        return Cli::Unusable;
    }
    if (!encoding) {
        m_io.err << tr("Unknown audio format \"%1\": use alaw or pcm.").arg(parser.value(format))
                 << Qt::endl;
        return Cli::Unusable;
    }

    const QString path = parser.positionalArguments().first();
    const auto notice = Cli::readNotice(path, m_io);
    if (!notice)
        return Cli::Unusable;

    RenderContext context = ChannelRenderer::context(*notice, options.clock().now());
    context.revision = revisionNumber;
    // The 60-second rule on the voice's real duration (the estimate without an engine).
    if (parser.value(channel) == QLatin1String("hotline"))
        HotlineVoice::measure(*notice, context);
    context.previousReference = parser.value(references);
    const QString language = Cli::contentLanguage(parser);
    const ChannelOutput output = ChannelRenderer::render(
        *notice, context, parser.value(channel), language,
        parser.isSet(cancel) ? CapAlert::Intent::Cancel : CapAlert::Intent::Publish);
    if (!output.ok()) {
        m_io.err << path << ": " << output.error << Qt::endl;
        return Cli::Unusable;
    }
    m_io.out << output.text;
    if (!output.text.endsWith(QLatin1Char('\n')))
        m_io.out << '\n';
    m_io.out.flush();
    if (parser.isSet(audio) &&
        !writeAudio(*notice, context, language, *encoding, parser.value(audio)))
        return Cli::Unusable;
    // The rule book's word on this channel in this language: errors fail, warnings are said.
    int exit = Cli::Ok;
    for (const ValidationIssue &issue : PublicationRules::check(*notice, context)) {
        if (PublicationRules::channelOf(issue) != parser.value(channel) ||
            PublicationRules::languageOf(issue) != language)
            continue;
        const QString kind = issue.isError() ? QString() : tr("warning: ");
        m_io.err << path << ':' << issue.path << ':' << issue.code << ": " << kind
                 << issue.message() << Qt::endl;
        if (issue.isError())
            exit = Cli::Invalid;
    }
    return exit;
}

bool RenderCommand::writeAudio(const Notice &notice, const RenderContext &context,
                               const QString &language, TelephonyWav::Encoding encoding,
                               const QString &path)
{
    const QString problem = HotlineVoice::write(notice, context, language, encoding, path);
    if (!problem.isEmpty())
        m_io.err << problem << Qt::endl;
    return problem.isEmpty();
}

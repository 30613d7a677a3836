#pragma once

#include "CliOutput.h"
#include "Notice.h"
#include "RenderContext.h"
#include "TelephonyWav.h"

#include <QCoreApplication>
#include <QStringList>

// allo-cli render --channel CHANNEL [--lang fr|en] FILE: prints what the channel would publish
// for the notice. 0 when rendered, 1 when the rule book refuses the channel's output in that
// language (it is still printed, and the problem said), 2 when the file or the options are
// unusable. --audio FILE (hotline) also writes the script as the phone line plays it (HotlineVoice,
// A-law or --format pcm). The output language is French unless
// --lang says otherwise: never the system's, so the bytes do not depend on the machine.
class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    explicit RenderCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    bool writeAudio(const Notice &notice, const RenderContext &context, const QString &language,
                    TelephonyWav::Encoding encoding, const QString &path);

    CliOutput &m_io;
};

#pragma once

#include "Notice.h"
#include "Outbox.h"
#include "RenderContext.h"

#include <QCoreApplication>

#include <optional>

// Queues a notice with the hotline's audio, the one way every entry point does it (the
// console's send, allo-cli queue add): the create or update, then the A-law WAV of the script in
// each language the notice speaks, recorded now with the context's rate, all in one commit. The
// platform keeps the audio with the revision the create or update makes.
class HotlineAudioQueue
{
    Q_DECLARE_TR_FUNCTIONS(HotlineAudioQueue)

public:
    struct Queued
    {
        std::optional<Outbox::Operation> operation; // the create or update; none: not queued
        // Why the notice went without its recording (no voice on this system); "" when it has one
        // for each of its languages.
        QString note;
    };

    static Queued enqueue(Outbox &outbox, const Notice &notice, const RenderContext &context,
                          const QString &user);
};

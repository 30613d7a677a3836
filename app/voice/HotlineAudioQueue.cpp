#include "HotlineAudioQueue.h"

#include "HotlineVoice.h"
#include "Vocabulary.h"

HotlineAudioQueue::Queued HotlineAudioQueue::enqueue(Outbox &outbox, const Notice &notice,
                                                     const RenderContext &context,
                                                     const QString &user)
{
    Queued queued;
    QList<Outbox::Recording> recordings;
    for (const QString &language : Vocabulary::languages()) {
        // A language without a text has no script on the line.
        if (notice.text(language).trimmed().isEmpty())
            continue;
        const HotlineVoice::Audio audio =
            HotlineVoice::speak(notice, context, language, TelephonyWav::Encoding::ALaw);
        if (!audio.ok()) {
            // The notice matters more than its recording: it goes, and the line reads the text.
            queued.note = tr("The notice is queued without its hotline audio (%1); the phone line "
                             "reads its script with the phone server's own voice.")
                              .arg(audio.error);
            recordings.clear();
            break;
        }
        recordings.append({language, audio.wav, audio.seconds});
    }
    queued.operation = outbox.enqueue(notice, user, recordings);
    return queued;
}

#pragma once

#include "ApiResponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// What the platform takes as a revision's hotline audio: a WAV the phone server plays as it is,
// 8 kHz mono, G.711 A-law or 16-bit PCM. Its length comes from the header (no decoding), and is
// judged against the hotline's 60 seconds like the script: too long is a warning, not a refusal.
class HotlineAudioCheck
{
    Q_DECLARE_TR_FUNCTIONS(HotlineAudioCheck)

public:
    struct Verdict
    {
        std::optional<ApiResponse> refusal; // 415 or 422, with what is wrong and what to do
        double seconds = 0;
        QJsonArray warnings; // field errors {field, code, message}
    };

    static Verdict judge(const QByteArray &contentType, const QByteArray &wav);
    // The warning a file of that length gets (empty array when it is short enough).
    static QJsonArray lengthWarnings(double seconds);
};

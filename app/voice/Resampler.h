#pragma once

#include <QList>

#include <optional>

// Sample-rate conversion with libsamplerate (BSD): band-limited, so the 22,050 Hz voice keeps
// no aliasing once at the telephone's 8 kHz. Same input, same build: same samples.
class Resampler
{
public:
    // Nothing when libsamplerate refuses the conversion (a rate of 0 or out of its range).
    static std::optional<QList<qint16>> convert(const QList<qint16> &samples, int fromRate,
                                                int toRate);
};

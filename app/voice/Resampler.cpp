#include "Resampler.h"

#if ALLO_HAVE_VOICE
#include <samplerate.h>
#include <vector>
#endif

std::optional<QList<qint16>> Resampler::convert(const QList<qint16> &samples, int fromRate,
                                                int toRate)
{
#if ALLO_HAVE_VOICE
    if (fromRate <= 0 || toRate <= 0)
        return std::nullopt;
    if (samples.isEmpty())
        return QList<qint16>();
    const double ratio = double(toRate) / fromRate;
    std::vector<float> in(size_t(samples.size()));
    src_short_to_float_array(samples.constData(), in.data(), int(in.size()));
    std::vector<float> out(size_t(double(in.size()) * ratio) + 16);
    SRC_DATA data{};
    data.data_in = in.data();
    data.input_frames = long(in.size());
    data.data_out = out.data();
    data.output_frames = long(out.size());
    data.src_ratio = ratio;
    // Speech for a phone line: the medium sinc converter is already far below G.711's noise.
    if (src_simple(&data, SRC_SINC_MEDIUM_QUALITY, 1) != 0)
        return std::nullopt;
    QList<qint16> result(data.output_frames_gen);
    src_float_to_short_array(out.data(), result.data(), int(result.size()));
    return result;
#else
    // A build without libsamplerate (the MinGW SDK): HotlineVoice says so before calling.
    Q_UNUSED(samples);
    Q_UNUSED(fromRate);
    Q_UNUSED(toRate);
    return std::nullopt;
#endif
}

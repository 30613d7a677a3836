#include "HotlinePlayer.h"

#include "TelephonyWav.h"

#include <QBuffer>

#if ALLO_HAVE_MULTIMEDIA
#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>
#endif

HotlinePlayer::HotlinePlayer(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &HotlinePlayer::showPosition);
}

HotlinePlayer::~HotlinePlayer()
{
    // The output reads the samples until it is stopped: it stops first.
    stop();
}

QString HotlinePlayer::unavailable()
{
#if ALLO_HAVE_MULTIMEDIA
    return {};
#else
    // The MinGW SDK (packaging/windows/cross) has no Qt Multimedia.
    return tr("This build of the console cannot play the hotline audio: export it (File menu) to "
              "listen to it elsewhere.");
#endif
}

QString HotlinePlayer::noOutput()
{
    return tr("This computer has no audio output: export the hotline audio (File menu) to listen "
              "to it elsewhere.");
}

void HotlinePlayer::play(const QByteArray &wav)
{
    stop();
    m_wav = wav;
    const auto header = TelephonyWav::read(wav);
    m_durationMs = header ? qRound64(header->seconds() * 1000) : 0;
    emit positionChanged(0, m_durationMs);
    if (const QString why = unavailable(); !why.isEmpty()) {
        fail(why);
        return;
    }
#if ALLO_HAVE_MULTIMEDIA
    const QList<qint16> samples = TelephonyWav::samples(wav);
    if (!header || samples.isEmpty()) {
        fail(tr("The hotline audio is not an 8 kHz WAV file the console can play: export it (File "
                "menu) to check it elsewhere."));
        return;
    }
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        fail(noOutput());
        return;
    }
    QAudioFormat format;
    format.setSampleRate(int(header->sampleRate));
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!m_samples)
        m_samples = new QBuffer(this);
    m_samples->close();
    m_samples->setData(reinterpret_cast<const char *>(samples.constData()),
                       samples.size() * qsizetype(sizeof(qint16)));
    m_samples->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(output, format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::ActiveState) {
            setPlaying(true);
        } else if (state == QAudio::IdleState) { // every sample played
            showPosition();
            stop();
        } else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
            qWarning("Hotline audio: the audio output stopped with error %d", int(m_sink->error()));
            stop();
            fail(tr("The hotline audio could not be played on this computer's audio output: "
                    "export it (File menu) to listen to it elsewhere."));
        }
    });
    m_sink->start(m_samples);
    if (m_sink->error() != QAudio::NoError) {
        // Opening failed at once (the output went away, or no sound server answers).
        stop();
        fail(noOutput());
        return;
    }
    setPlaying(true);
    m_tick.start();
#endif
}

void HotlinePlayer::stop()
{
    m_tick.stop();
#if ALLO_HAVE_MULTIMEDIA
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink->deleteLater();
        m_sink = nullptr;
    }
#endif
    setPlaying(false);
}

void HotlinePlayer::showPosition()
{
#if ALLO_HAVE_MULTIMEDIA
    if (m_sink)
        emit positionChanged(qMin(m_sink->processedUSecs() / 1000, m_durationMs), m_durationMs);
#endif
}

void HotlinePlayer::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    emit playingChanged(playing);
}

void HotlinePlayer::fail(const QString &message)
{
    setPlaying(false);
    emit problem(message);
}

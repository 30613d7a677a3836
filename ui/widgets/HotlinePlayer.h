#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QAudioSink;
class QBuffer;

// Plays the hotline's telephony WAV, the very bytes HotlineVoice wrote for the phone line (never
// a second synthesis): it keeps the file as given, and the audio output reads its samples, A-law
// expanded as the phone line does. Qt Multimedia's audio output only, no media back-end: those
// pull in FFmpeg (GPL-2+ as Debian builds it) or GStreamer plugins. The output is opened at the
// first play. Without one, or when it fails, it says so in one sentence of the UI's language.
class HotlinePlayer : public QObject
{
    Q_OBJECT

public:
    explicit HotlinePlayer(QObject *parent = nullptr);
    ~HotlinePlayer() override;

    // Why this build cannot play at all (made without Qt Multimedia), or "" when it can.
    static QString unavailable();
    // The sentence said when the computer has no audio output.
    static QString noOutput();

    // Plays wav from its start; stops whatever was playing first.
    void play(const QByteArray &wav);
    void stop();
    bool isPlaying() const { return m_playing; }
    // The file the player was given: what it plays.
    QByteArray source() const { return m_wav; }
    qint64 durationMs() const { return m_durationMs; }

signals:
    void playingChanged(bool playing);
    void positionChanged(qint64 positionMs, qint64 durationMs);
    // Why nothing can be heard, and what to do instead.
    void problem(const QString &message);

private:
    void setPlaying(bool playing);
    void fail(const QString &message);
    void showPosition();

    QByteArray m_wav;
    qint64 m_durationMs = 0;
    QAudioSink *m_sink = nullptr;
    QBuffer *m_samples = nullptr; // m_wav's samples, as the output reads them
    QTimer m_tick;                // the position, while playing
    bool m_playing = false;
};

#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QTextToSpeech;

// Speaks the hotline script so the officer hears what callers will hear. The speech engines are
// created only when first needed (loading them costs time, and many machines have none that
// works). It picks an engine with a voice in the script's language; when none can speak, it
// says so in a sentence for a person instead of failing silently, crashing or waiting forever.
class HotlineSpeaker : public QObject
{
    Q_OBJECT

public:
    explicit HotlineSpeaker(QObject *parent = nullptr);

    // The rate of the hotline's voice (Settings::Key::SpeakingRate, words a minute).
    void setWordsPerMinute(int wordsPerMinute) { m_wordsPerMinute = wordsPerMinute; }
    // Why this build cannot speak at all (made without Qt TextToSpeech), or "" when it can.
    static QString unavailable();
    // QTextToSpeech's rate (-1…1, 0 the engine's normal pace, about 150 words a minute).
    static double engineRate(int wordsPerMinute);

    // language: "fr" or "en". Stops whatever was being spoken first.
    void speak(const QString &script, const QString &language);
    void stop();
    bool isSpeaking() const { return m_speaking; }
    // Whether any engine has been created yet (for tests of the lazy start).
    bool enginesLoaded() const { return m_loaded; }

signals:
    void speakingChanged(bool speaking);
    // Why nothing can be heard, and what to do about it.
    void problem(const QString &message);

private:
    struct Engine
    {
        QString name;
        QTextToSpeech *speech = nullptr; // null when it failed to start
        QString problem;
    };

    void loadEngines();
    bool selectVoice(Engine &engine, const QString &language);
    void setSpeaking(bool speaking);
    void fail(const QString &message);

    QList<Engine> m_engines;
    QTextToSpeech *m_current = nullptr;
    bool m_loaded = false;
    bool m_speaking = false;
    int m_wordsPerMinute = 150;
    // An engine that claims to speak for far longer than the script lasts is stopped.
    QTimer m_watchdog;
};

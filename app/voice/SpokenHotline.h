#pragma once

#include "HotlineVoice.h"

#include <QList>
#include <QObject>
#include <QTimer>

// The console's hotline voice: says the scripts being written off the UI thread, once typing
// pauses (never per keystroke), and keeps the latest audio of each, so the previews, the rule
// book and Listen use the real duration and the very file the platform will play. Until a
// script is said (or when no engine can say it) the context keeps the words' estimate.
class SpokenHotline : public QObject
{
    Q_OBJECT

public:
    // How long typing must pause before a script is said: a word typed at a time costs nothing.
    static constexpr int pauseMs = 800;

    explicit SpokenHotline(QObject *parent = nullptr);
    ~SpokenHotline() override;

    // The scripts of notice in context (each language it has a text in), to say after a pause.
    void request(const Notice &notice, const RenderContext &context);
    // Adds the durations already measured to context (a script not said yet keeps its estimate).
    void apply(RenderContext &context) const;
    // The A-law WAV of exactly this script at this rate; empty when not said (yet).
    QByteArray audio(const QString &script, double wordsPerMinute) const;
    // Why the last script could not be said, in the UI language; "" when it was.
    QString problem() const { return m_problem; }
    bool busy() const { return m_worker != nullptr; }
    // Says the scripts waiting for the pause at once (the officer asked to listen). False when
    // nothing is waiting or being said, so no said() will come.
    bool sayNow();

signals:
    // A script's audio and duration are ready (or its problem is known).
    void said();

private:
    struct Script
    {
        QString text;
        QString language;
        double wordsPerMinute = 0;
    };
    struct Said
    {
        Script script;
        HotlineVoice::Audio audio;
    };

    void sayPending();
    const Said *find(const QString &script, double wordsPerMinute) const;

    QTimer m_pause;
    QList<Script> m_pending;
    QList<Said> m_said; // the latest first, a few kept (both languages, an undo or two)
    QString m_problem;
    QThread *m_worker = nullptr;
};

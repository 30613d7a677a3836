#pragma once

#include "Clock.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// Options every program takes: --lang and --now (the clock starts at that time).
class ProgramOptions
{
public:
    // What --now starts. Whatever sends or waits (the console, the sandbox, allo-cli queue and
    // review) needs a clock that runs on from there, or retries and reminders never come due. A
    // one-shot command (render, validate, template…) answers for that very instant, so that its
    // output depends on its input alone, however slow the machine.
    enum class Now
    {
        Running,
        Fixed
    };

    // Reads --lang from the raw arguments before any parser exists, so that --help and every
    // message speak the chosen language. Returns an error sentence, or "" when all is well.
    static QString applyLanguage(const QStringList &arguments, const QString &savedLanguage);

    explicit ProgramOptions(Now now = Now::Running);
    void addTo(QCommandLineParser &parser) const;
    // Applies --now (Clock::startAt, or Clock::setFixed); returns an error sentence or "".
    QString applyClock(const QCommandLineParser &parser);

    const Clock &clock() const { return m_clock; }

private:
    Now m_kind;
    QCommandLineOption m_now;
    QCommandLineOption m_lang;
    Clock m_clock;
};

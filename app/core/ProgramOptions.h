#pragma once

#include "Clock.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// Options every program takes: --lang and --now (the clock starts at that time and runs).
class ProgramOptions
{
public:
    // Reads --lang from the raw arguments before any parser exists, so that --help and every
    // message speak the chosen language. Returns an error sentence, or "" when all is well.
    static QString applyLanguage(const QStringList &arguments, const QString &savedLanguage);

    ProgramOptions();
    void addTo(QCommandLineParser &parser) const;
    // Applies --now (Clock::startAt); returns an error sentence or "".
    QString applyClock(const QCommandLineParser &parser);

    const Clock &clock() const { return m_clock; }

private:
    QCommandLineOption m_now;
    QCommandLineOption m_lang;
    Clock m_clock;
};

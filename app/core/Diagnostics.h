#pragma once

#include <QJsonObject>

class Clock;
class Settings;

// Help → Export diagnostics and `allo-cli diagnostics DIR`: the facts support needs, in one
// archive a user can send: versions, settings (no secrets), the state the caller reports
// (connection, outbox), and the last lines of the log.
class Diagnostics
{
public:
    // What the caller knows: e.g. {"connection": "offline", "outbox": {"queued": 3}}.
    Diagnostics(const Settings &settings, const Clock &clock, const QJsonObject &state);

    QJsonObject summary() const;
    // Writes DIR/allo-diagnostics-<UTC time>.tar; returns its path, or "" with error() set.
    QString write(const QString &directory);
    QString error() const { return m_error; }

private:
    const Settings &m_settings;
    const Clock &m_clock;
    QJsonObject m_state;
    QString m_error;
};

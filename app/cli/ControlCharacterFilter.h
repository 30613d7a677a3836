#pragma once

#include <QIODevice>

#include <cstdio>

// Standard output or error with every control character but line feed and tab written visibly,
// as its JSON escape (ESC as \u001b): what a notice, a comment, a reason or a platform's answer
// holds cannot move the cursor, retitle the window or clear a coordinator's terminal. The one
// place every command's text goes through. --json output keeps its meaning: QJsonDocument
// escapes C0 characters itself, and DEL and C1 characters can only be inside strings, where
// \u00XX is their escape.
class ControlCharacterFilter : public QIODevice
{
public:
    explicit ControlCharacterFilter(FILE *stream);
    ~ControlCharacterFilter() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void put(const QByteArray &bytes);

    FILE *m_stream;
    // C1 characters are two bytes in UTF-8 (C2 80 to C2 9F): a C2 that ended the last write.
    bool m_pendingLead = false;
};

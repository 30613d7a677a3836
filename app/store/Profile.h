#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

// The folder that holds one identity's data: the database, its lock and its session marker.
// Several profiles live side by side (tests, training, two accounts) by choosing the folder.
class Profile
{
public:
    explicit Profile(const QString &dir);
    // allo-industrie/profile under the generic data location (~/.local/share on Linux).
    static Profile standard();
    // --profile DIR, which every program and command takes.
    static QCommandLineOption option();
    // The folder from --profile when set, the standard one otherwise.
    static Profile fromParser(const QCommandLineParser &parser);

    QString dir() const { return m_dir; }
    QString databasePath() const;
    QString lockPath() const;
    // Present while a program has the store open: found at start, it means an unclean stop.
    QString sessionMarkerPath() const;

private:
    QString m_dir;
};

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What one allo-cli run printed and returned.
struct CliRun
{
    int exitCode = -1; // -1: crashed or never finished
    QString out;
    QString err;

    // allo-cli (ALLO_CLI, in English) with HOME and its XDG folders under home and its own
    // keychain service, so nothing touches the user's. It waits through the test's event loop,
    // so a sandbox in the test process keeps answering. env is the environment to start from.
    static CliRun start(const QString &home, const QString &keychainService,
                        const QStringList &arguments, const QByteArray &input = {},
                        QProcessEnvironment env = QProcessEnvironment::systemEnvironment());
};

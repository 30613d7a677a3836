#pragma once

#include <QString>
#include <QTimeZone>

// One Allo Industrie service: its own hotline, accounts, web section and coordinators.
struct Territory
{
    QString id;
    QString name;
    QString hotline;
    QString xAccount;
    QString mastodonAccount;
    QString webSection;
    QTimeZone timeZone;

    bool isValid() const { return !id.isEmpty(); }
};

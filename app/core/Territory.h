#pragma once

#include <QString>
#include <QStringList>
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
    // The SMS parts a post may take before the rule book warns (0: no limit). French texts often
    // need UCS-2, 67 characters a part, so several parts are normal.
    int smsMaxParts = 0;
    // The rate the hotline's voice speaks at: the script's length is judged at it, by the console
    // and the platform alike, whatever rate a user listens at.
    double hotlineWordsPerMinute = 150;
    // The types the platform publishes as soon as it has them, the CCI reviewing them afterwards
    // (a control room cannot wait for a review at 3 a.m.); every other type waits for approval.
    QStringList publishedAtOnce{QStringLiteral("incident")};

    bool isPublishedAtOnce(const QString &type) const { return publishedAtOnce.contains(type); }

    bool isValid() const { return !id.isEmpty(); }
};

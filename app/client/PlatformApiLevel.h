#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What a platform can read, from the API version its GET /v1/health reports (apiVersion).
// Texts by language for a channel ({"x": {"fr": …, "en": …}}) came with API 1.2.0: an older
// platform refuses that shape or, worse, keeps one text and loses the other language's.
// Below ui/, so the console and allo-cli refuse alike.
class PlatformApiLevel
{
    Q_DECLARE_TR_FUNCTIONS(PlatformApiLevel)

public:
    static constexpr const char *languageOverridesSince = "1.2.0";
    // PUT /v1/notices/{id}/revisions/{rev}/hotline-audio came with API 1.3.0.
    static constexpr const char *hotlineAudioSince = "1.3.0";

    // Why this create or update cannot go to a platform of that API version ("" when it can);
    // an empty version (a platform from before 1.1.0 says none) counts as older.
    static QString refusal(const QJsonObject &notice, const QString &apiVersion);
    // Why the hotline's audio cannot go to a platform of that API version ("" when it can).
    static QString hotlineAudioRefusal(const QString &apiVersion);
};

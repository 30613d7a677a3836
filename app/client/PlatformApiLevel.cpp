#include "PlatformApiLevel.h"

#include "Notice.h"
#include "Vocabulary.h"

#include <QVersionNumber>

QString PlatformApiLevel::refusal(const QJsonObject &notice, const QString &apiVersion)
{
    const QVersionNumber version = QVersionNumber::fromString(apiVersion);
    if (!version.isNull() &&
        version >= QVersionNumber::fromString(QLatin1String(languageOverridesSince)))
        return {};
    // Only texts that really differ by language are written in the new shape (Notice).
    const QJsonObject overrides = notice.value(QStringLiteral("overrides")).toObject();
    QStringList channels;
    for (const QString &channel : Vocabulary::channels()) {
        if (overrides.value(channel).isObject())
            channels.append(channel);
    }
    if (channels.isEmpty())
        return {};
    return tr("The platform speaks API %1, older than %2: it cannot take different texts by "
              "language for %3, and the English ones would be lost. Ask its administrator to "
              "update it, then retry; or make those texts the same in English as in French (or "
              "empty the English ones), remove this operation and send the notice again.")
        .arg(apiVersion.isEmpty() ? tr("(no version given)") : apiVersion,
             QLatin1String(languageOverridesSince), channels.join(QLatin1String(", ")));
}

QString PlatformApiLevel::hotlineAudioRefusal(const QString &apiVersion)
{
    const QVersionNumber version = QVersionNumber::fromString(apiVersion);
    if (!version.isNull() &&
        version >= QVersionNumber::fromString(QLatin1String(hotlineAudioSince)))
        return {};
    return tr("The platform speaks API %1, older than %2: it cannot take the hotline's audio, so "
              "it was not sent. The notice itself was sent; the phone line reads its script "
              "with the phone server's own voice. Once the platform is updated, retry this "
              "operation.")
        .arg(apiVersion.isEmpty() ? tr("(no version given)") : apiVersion,
             QLatin1String(hotlineAudioSince));
}

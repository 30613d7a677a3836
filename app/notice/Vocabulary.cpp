#include "Vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace Vocabulary {

namespace {

using Labels = QList<std::pair<QString, const char *>>;

const Labels &typeLabels()
{
    static const Labels labels = {
        {QStringLiteral("flaring"), QT_TRANSLATE_NOOP("Vocabulary", "Flaring")},
        {QStringLiteral("maintenance"), QT_TRANSLATE_NOOP("Vocabulary", "Maintenance")},
        {QStringLiteral("startup"), QT_TRANSLATE_NOOP("Vocabulary", "Start-up")},
        {QStringLiteral("shutdown"), QT_TRANSLATE_NOOP("Vocabulary", "Shutdown")},
        {QStringLiteral("drill"), QT_TRANSLATE_NOOP("Vocabulary", "Emergency plan drill")},
        {QStringLiteral("siren_test"), QT_TRANSLATE_NOOP("Vocabulary", "Siren test")},
        {QStringLiteral("noise"), QT_TRANSLATE_NOOP("Vocabulary", "Noise")},
        {QStringLiteral("odour"), QT_TRANSLATE_NOOP("Vocabulary", "Odour")},
        {QStringLiteral("smoke"), QT_TRANSLATE_NOOP("Vocabulary", "Smoke")},
        {QStringLiteral("steam"), QT_TRANSLATE_NOOP("Vocabulary", "Steam plume")},
        {QStringLiteral("light"), QT_TRANSLATE_NOOP("Vocabulary", "Night lighting")},
        {QStringLiteral("traffic"), QT_TRANSLATE_NOOP("Vocabulary", "Heavy traffic")},
        {QStringLiteral("incident"), QT_TRANSLATE_NOOP("Vocabulary", "Incident")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Vocabulary", "Other event")},
    };
    return labels;
}

const Labels &effectLabels()
{
    static const Labels labels = {
        {QStringLiteral("flaring"), QT_TRANSLATE_NOOP("Vocabulary", "Flare")},
        {QStringLiteral("smoke"), QT_TRANSLATE_NOOP("Vocabulary", "Smoke")},
        {QStringLiteral("steam"), QT_TRANSLATE_NOOP("Vocabulary", "Steam")},
        {QStringLiteral("noise"), QT_TRANSLATE_NOOP("Vocabulary", "Noise")},
        {QStringLiteral("odour"), QT_TRANSLATE_NOOP("Vocabulary", "Odour")},
        {QStringLiteral("light"), QT_TRANSLATE_NOOP("Vocabulary", "Light")},
        {QStringLiteral("siren"), QT_TRANSLATE_NOOP("Vocabulary", "Siren")},
        {QStringLiteral("traffic"), QT_TRANSLATE_NOOP("Vocabulary", "Traffic")},
        {QStringLiteral("dust"), QT_TRANSLATE_NOOP("Vocabulary", "Dust")},
        {QStringLiteral("vibration"), QT_TRANSLATE_NOOP("Vocabulary", "Vibration")},
    };
    return labels;
}

const Labels &statusLabels()
{
    static const Labels labels = {
        {QStringLiteral("actual"), QT_TRANSLATE_NOOP("Vocabulary", "Actual")},
        {QStringLiteral("exercise"), QT_TRANSLATE_NOOP("Vocabulary", "Exercise")},
        {QStringLiteral("test"), QT_TRANSLATE_NOOP("Vocabulary", "Test")},
    };
    return labels;
}

QStringList words(const Labels &labels)
{
    QStringList result;
    for (const auto &[word, label] : labels)
        result.append(word);
    return result;
}

const char *source(const Labels &labels, const QString &word)
{
    for (const auto &[w, label] : labels) {
        if (w == word)
            return label;
    }
    return nullptr;
}

QString label(const Labels &labels, const QString &word)
{
    const char *s = source(labels, word);
    return s ? QCoreApplication::translate(context, s) : word;
}

} // namespace

const QStringList &types()
{
    static const QStringList list = words(typeLabels());
    return list;
}

const QStringList &statuses()
{
    static const QStringList list = words(statusLabels());
    return list;
}

const QStringList &effects()
{
    static const QStringList list = words(effectLabels());
    return list;
}

const QStringList &languages()
{
    static const QStringList list = {QStringLiteral("fr"), QStringLiteral("en")};
    return list;
}

const QStringList &channels()
{
    static const QStringList list = {QStringLiteral("web"), QStringLiteral("hotline"),
                                     QStringLiteral("x"),   QStringLiteral("mastodon"),
                                     QStringLiteral("sms"), QStringLiteral("cap")};
    return list;
}

const char *typeSource(const QString &type)
{
    return source(typeLabels(), type);
}

const char *effectSource(const QString &effect)
{
    return source(effectLabels(), effect);
}

const char *statusSource(const QString &status)
{
    return source(statusLabels(), status);
}

QString typeLabel(const QString &type)
{
    return label(typeLabels(), type);
}

QString effectLabel(const QString &effect)
{
    return label(effectLabels(), effect);
}

QString statusLabel(const QString &status)
{
    return label(statusLabels(), status);
}

} // namespace Vocabulary

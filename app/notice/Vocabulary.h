#pragma once

#include <QStringList>

// The fixed words of a notice: types, statuses, effects, languages and channels, as the JSON and
// the API spell them, with their names for a person.
namespace Vocabulary {

const QStringList &types();
const QStringList &statuses();
const QStringList &effects();
const QStringList &languages();
const QStringList &channels();

// The English source of a word's label (for a QTranslator of any language) and its label in
// the current UI language. An unknown word is returned as is.
const char *typeSource(const QString &type);
const char *effectSource(const QString &effect);
const char *statusSource(const QString &status);
QString typeLabel(const QString &type);
QString effectLabel(const QString &effect);
QString statusLabel(const QString &status);

// The translation context of those labels.
inline constexpr const char *context = "Vocabulary";

} // namespace Vocabulary

#pragma once

#include <QString>
#include <QStringList>

// Which language the programs speak: French first, English otherwise. Loads the project's
// translations and Qt's own, so standard dialogs speak the same language.
class Localization
{
public:
    static QStringList languages() { return {QStringLiteral("fr"), QStringLiteral("en")}; }
    // "fr" when the system speaks French, "en" otherwise.
    static QString systemLanguage();
    // Installs the translators for lang (replacing earlier ones); false if lang is unknown.
    static bool apply(const QString &lang);
    static QString current();
};

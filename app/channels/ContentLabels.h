#pragma once

#include <QString>

// The vocabulary's words as published content in a given language ("fr" or "en"), whatever
// language the UI speaks: a QTranslator per language, loaded once from :/i18n/allo_<lang>.qm and
// never installed, so the console's own language cannot leak into what is published.
class ContentLabels
{
public:
    static QString type(const QString &type, const QString &language);
    static QString effect(const QString &effect, const QString &language);
};

#include "ContentLabels.h"

#include "Vocabulary.h"

#include <QTranslator>

namespace {

QString translated(const char *source, const QString &word, const QString &language)
{
    if (!source)
        return word;
    // English is the source language: its catalogue may be empty, the source is the content.
    if (language != QLatin1String("fr"))
        return QString::fromUtf8(source);
    static const QTranslator *const french = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/allo_fr.qm")))
            qFatal("The French catalogue is missing from the resources");
        return t;
    }();
    const QString text = french->translate(Vocabulary::context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace

QString ContentLabels::type(const QString &type, const QString &language)
{
    return translated(Vocabulary::typeSource(type), type, language);
}

QString ContentLabels::effect(const QString &effect, const QString &language)
{
    return translated(Vocabulary::effectSource(effect), effect, language);
}

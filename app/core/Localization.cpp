#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

struct Installed
{
    QString language;
    std::unique_ptr<QTranslator> project;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QString Localization::systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

bool Localization::apply(const QString &lang)
{
    if (!languages().contains(lang))
        return false;
    Installed &state = installed();
    for (auto *t : {state.project.get(), state.qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    // Source strings are English; the French catalogue must be complete (a test checks).
    state.project = std::make_unique<QTranslator>();
    if (state.project->load(QLatin1String(":/i18n/allo_") + lang))
        QCoreApplication::installTranslator(state.project.get());
    state.qt = std::make_unique<QTranslator>();
    if (state.qt->load(QLatin1String("qtbase_") + lang,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    state.language = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("fr") ? QLocale::French : QLocale::English));
    return true;
}

QString Localization::current()
{
    return installed().language;
}

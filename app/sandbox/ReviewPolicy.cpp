#include "ReviewPolicy.h"

#include "TerritoryCatalog.h"

namespace {

QString key(const QString &territory, const QString &type)
{
    return territory + QLatin1Char('/') + type;
}

} // namespace

ReviewPolicy::Moment ReviewPolicy::moment(const QString &territory, const QString &type) const
{
    const bool atOnce = TerritoryCatalog::builtIn().find(territory).isPublishedAtOnce(type) ||
                        m_atOnce.contains(key(territory, type)) ||
                        m_atOnce.contains(key(QStringLiteral("*"), type));
    return atOnce ? Moment::AfterPublication : Moment::BeforePublication;
}

void ReviewPolicy::setPublishedAtOnce(const QString &territory, const QString &type, bool atOnce)
{
    if (atOnce)
        m_atOnce.insert(key(territory, type));
    else
        m_atOnce.remove(key(territory, type));
}

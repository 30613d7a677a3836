#pragma once

#include "Territory.h"

#include <QList>

// The territories the console knows. Built in from resources/territories.json until the
// platform's list replaces it.
class TerritoryCatalog
{
public:
    static const TerritoryCatalog &builtIn();
    static TerritoryCatalog fromJson(const QByteArray &json);

    const QList<Territory> &all() const { return m_territories; }
    Territory find(const QString &id) const;
    bool contains(const QString &id) const { return find(id).isValid(); }

private:
    QList<Territory> m_territories;
};

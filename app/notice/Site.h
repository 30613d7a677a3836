#pragma once

#include <QString>

#include <optional>

// Where the event happens. Coordinates are optional (CAP uses them for a circle).
struct Site
{
    QString id;
    QString name;
    QString commune;
    std::optional<double> lat;
    std::optional<double> lon;

    bool operator==(const Site &) const = default;
};

#pragma once

#include <QJsonObject>

namespace TestData {

// The notice with the shortened X and Mastodon posts the console offers where its composed ones
// are over their limit: what an officer sends since the rule book (PublicationRules), so the
// platform accepts the samples whose composed X post is too long (flaring-maintenance,
// poi-drill).
QJsonObject publishable(const QJsonObject &json);

} // namespace TestData

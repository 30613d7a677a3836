#pragma once

#include <QSet>
#include <QString>

// Which operations and statuses of docs/api/openapi.yaml the tests have seen, so that a test can
// fail when the contract has one nobody exercised.
namespace ContractCoverage {

// "METHOD /path/{template} status" for every response of every operation in the yaml.
QSet<QString> documented(const QString &openApiPath);
// Called for every answer a test receives.
void record(const QByteArray &method, const QString &path, int status);
const QSet<QString> &recorded();

} // namespace ContractCoverage

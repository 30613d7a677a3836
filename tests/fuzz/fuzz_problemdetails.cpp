#include "ProblemDetails.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

// An error body from the platform, read as problem+json and described for a person.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(input);
    const auto problem = ProblemDetails::fromJson(document.object());
    if (!problem)
        return 0;
    const QString text = problem->describe();
    // Each field error is one line of the description, after the detail or title.
    if (text.count(QLatin1Char('\n')) < problem->errors.size())
        __builtin_trap();
    return 0;
}

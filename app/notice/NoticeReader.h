#pragma once

#include "Notice.h"

#include <optional>

// Reads a notice from JSON text. Malformed input is reported with its line and column.
class NoticeReader
{
public:
    struct Error
    {
        int line = 0;
        int column = 0;
        QString message;
    };

    // On success the notice; on failure error() says where and what.
    std::optional<Notice> read(const QByteArray &json);
    const Error &error() const { return m_error; }

    // Pretty JSON, as the samples are written, ending with a newline.
    static QByteArray write(const Notice &notice);

private:
    Error m_error;
};

#include "NoticeReader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

// Line and column (in characters, from 1) of a byte offset into UTF-8 text.
std::pair<int, int> position(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype stop = qMin(offset, text.size());
    for (qsizetype i = 0; i < stop; ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

} // namespace

std::optional<Notice> NoticeReader::read(const QByteArray &json)
{
    m_error = {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = position(json, parseError.offset);
        m_error = {line, column,
                   QCoreApplication::translate("NoticeReader", "This is not valid JSON (%1).")
                       .arg(parseError.errorString())};
        return std::nullopt;
    }
    if (!doc.isObject()) {
        m_error = {
            1, 1,
            QCoreApplication::translate("NoticeReader", "A notice must be a JSON object { … }.")};
        return std::nullopt;
    }
    return Notice(doc.object());
}

QByteArray NoticeReader::write(const Notice &notice)
{
    return QJsonDocument(notice.toJson()).toJson(QJsonDocument::Indented);
}

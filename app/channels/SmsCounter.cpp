#include "SmsCounter.h"

#include <QHash>

#include <array>

namespace {

// 3GPP TS 23.038 default alphabet (one septet) and its extension table (escape + septet).
const QString &basicAlphabet()
{
    static const QString set =
        QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                          "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return set;
}

const QString &extensionAlphabet()
{
    static const QString set = QString::fromUtf8("\f^{}\\[~]|€");
    return set;
}

// Septets per UTF-16 unit: 1 in the default alphabet, 2 in the extension table, 0 outside both.
// Looked up, not searched for in the two strings, at every keystroke: Latin-1 in an array,
// the few others (Greek capitals, €) in a hash.
int septets(QChar c)
{
    struct Table
    {
        std::array<quint8, 256> latin1{};
        QHash<char16_t, quint8> others;
        void set(QChar a, quint8 n)
        {
            if (a.unicode() < latin1.size())
                latin1[a.unicode()] = n;
            else
                others.insert(a.unicode(), n);
        }
    };
    static const Table table = [] {
        Table t;
        for (const QChar a : extensionAlphabet())
            t.set(a, 2);
        for (const QChar a : basicAlphabet())
            t.set(a, 1);
        return t;
    }();
    return c.unicode() < table.latin1.size() ? table.latin1[c.unicode()]
                                             : table.others.value(c.unicode(), 0);
}

int partsFor(int length, int single, int multi)
{
    if (length == 0)
        return 0;
    return length <= single ? 1 : (length + multi - 1) / multi;
}

} // namespace

SmsCounter::Result SmsCounter::count(const QString &text)
{
    Result result;
    int total = 0; // septets
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (const int n = septets(c); n > 0) {
            total += n;
        } else {
            const bool pair =
                c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            const QString character = text.mid(i, pair ? 2 : 1);
            if (!result.ucs2Characters.contains(character))
                result.ucs2Characters.append(character);
            i += pair ? 1 : 0;
        }
    }
    if (result.ucs2Characters.isEmpty()) {
        result.encoding = Encoding::Gsm7;
        result.length = total;
        result.parts = partsFor(total, 160, 153);
    } else {
        result.encoding = Encoding::Ucs2;
        result.length = int(text.size());
        result.parts = partsFor(result.length, 70, 67);
    }
    return result;
}

QString SmsCounter::encodingName(Encoding encoding)
{
    return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

QString SmsCounter::replacement(const QString &character)
{
    // French typography and accents outside GSM-7, mapped to what a phone shows the same way.
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const char *pairs[][2] = {
            {"’", "'"},   {"‘", "'"}, {"«", "\""}, {"»", "\""},     {"“", "\""},     {"”", "\""},
            {"…", "..."}, {"–", "-"}, {"—", "-"},  {"\u00A0", " "}, {"\u202F", " "}, {"œ", "oe"},
            {"Œ", "OE"},  {"â", "a"}, {"ê", "e"},  {"ë", "e"},      {"î", "i"},      {"ï", "i"},
            {"ô", "o"},   {"û", "u"}, {"ç", "c"},  {"À", "A"},      {"Â", "A"},      {"È", "E"},
            {"Ê", "E"},   {"Ë", "E"}, {"Î", "I"},  {"Ï", "I"},      {"Ô", "O"},      {"Ù", "U"},
            {"Û", "U"},   {"ÿ", "y"}, {"•", "-"},  {"°", "o"},
        };
        for (const auto &[from, to] : pairs)
            t.insert(QString::fromUtf8(from), QString::fromUtf8(to));
        return t;
    }();
    return table.value(character);
}

QString SmsCounter::fewestParts(const QString &text)
{
    const Result original = count(text);
    if (original.encoding == Encoding::Gsm7)
        return text;
    QString replaced = text;
    for (const QString &character : original.ucs2Characters) {
        const QString gsm = replacement(character);
        if (!gsm.isEmpty())
            replaced.replace(character, gsm);
    }
    return count(replaced).parts < original.parts ? replaced : text;
}

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "obsolete", "vanished"
};

QList<Message> read(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = {context, {}, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void french_isComplete()
    {
        const QList<Message> messages = read(QStringLiteral(ALLO_TRANSLATIONS_DIR "/allo_fr.ts"));
        QVERIFY(messages.size() > 50);
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems.append(m.type + QLatin1String(": ") + m.context + QLatin1String(" / ") +
                                m.source);
            else if (m.translation.trimmed().isEmpty())
                problems.append(QLatin1String("untranslated: ") + m.context + QLatin1String(" / ") +
                                m.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void french_keepsPlaceholders()
    {
        for (const Message &m : read(QStringLiteral(ALLO_TRANSLATIONS_DIR "/allo_fr.ts"))) {
            for (int i = 1; i <= 4; ++i) {
                const QString marker = QLatin1Char('%') + QString::number(i);
                QVERIFY2(m.source.contains(marker) == m.translation.contains(marker),
                         qPrintable(m.source + QStringLiteral(" → ") + m.translation));
            }
        }
    }

    void english_pluralFormsAreFinished()
    {
        // The English catalogue holds only the plural forms ("1 part", "2 parts").
        const QList<Message> messages = read(QStringLiteral(ALLO_TRANSLATIONS_DIR "/allo_en.ts"));
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages)
            QVERIFY2(m.type.isEmpty() && !m.translation.trimmed().isEmpty(), qPrintable(m.source));
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"

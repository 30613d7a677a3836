#include "ChannelRenderer.h"
#include "SmsCounter.h"
#include "TestData.h"

#include <QFileInfo>
#include <QTest>

Q_DECLARE_METATYPE(SmsCounter::Encoding)

class TestSmsCounter : public QObject
{
    Q_OBJECT

private slots:
    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SmsCounter::Encoding>("encoding");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("parts");
        using E = SmsCounter::Encoding;
        QTest::newRow("empty") << QString() << E::Gsm7 << 0 << 0;
        // É, é and à are in the GSM-7 basic table.
        QTest::newRow("É é à are GSM-7") << QStringLiteral("Été à Rouen") << E::Gsm7 << 11 << 1;
        QTest::newRow("160 in one part")
            << QStringLiteral("a").repeated(160) << E::Gsm7 << 160 << 1;
        QTest::newRow("161 in two parts of 153")
            << QStringLiteral("a").repeated(161) << E::Gsm7 << 161 << 2;
        QTest::newRow("306 in two parts")
            << QStringLiteral("a").repeated(306) << E::Gsm7 << 306 << 2;
        QTest::newRow("307 in three parts")
            << QStringLiteral("a").repeated(307) << E::Gsm7 << 307 << 3;
        // € is an extension character: escape + septet.
        QTest::newRow("euro counts 2") << QStringLiteral("10 €") << E::Gsm7 << 5 << 1;
        QTest::newRow("80 euros fill one part")
            << QStringLiteral("€").repeated(80) << E::Gsm7 << 160 << 1;
        QTest::newRow("brackets count 2") << QStringLiteral("[]{}~^\\|") << E::Gsm7 << 16 << 1;
        // ê, œ and ’ are outside GSM-7: the whole message goes UCS-2, 70 then 67 a part.
        QTest::newRow("ê forces UCS-2") << QStringLiteral("fête") << E::Ucs2 << 4 << 1;
        QTest::newRow("70 UCS-2") << QStringLiteral("œ").repeated(70) << E::Ucs2 << 70 << 1;
        QTest::newRow("71 UCS-2") << QStringLiteral("œ").repeated(71) << E::Ucs2 << 71 << 2;
        QTest::newRow("135 UCS-2") << QStringLiteral("’").repeated(135) << E::Ucs2 << 135 << 3;
        // An emoji is a surrogate pair: 2 UTF-16 units.
        QTest::newRow("emoji") << QStringLiteral("ok 👍") << E::Ucs2 << 5 << 1;
    }

    void count()
    {
        QFETCH(QString, text);
        QFETCH(SmsCounter::Encoding, encoding);
        QFETCH(int, length);
        QFETCH(int, parts);
        const SmsCounter::Result result = SmsCounter::count(text);
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.length, length);
        QCOMPARE(result.parts, parts);
    }

    void count_listsTheCharactersThatForceUcs2()
    {
        const SmsCounter::Result result =
            SmsCounter::count(QStringLiteral("L’usine fête « l’été » 👍"));
        QCOMPARE(result.ucs2Characters,
                 QStringList({QStringLiteral("’"), QStringLiteral("ê"), QStringLiteral("«"),
                              QStringLiteral("»"), QStringLiteral("👍")}));
        QCOMPARE(SmsCounter::count(QStringLiteral("été")).ucs2Characters, QStringList());
    }

    void replacement_bringsTextBackToGsm7()
    {
        QString text = QStringLiteral("L’usine fête « l’été »");
        for (const QString &c : SmsCounter::count(text).ucs2Characters) {
            QVERIFY2(!SmsCounter::replacement(c).isEmpty(), qPrintable(c));
            text.replace(c, SmsCounter::replacement(c));
        }
        QCOMPARE(text, QStringLiteral("L'usine fete \" l'été \""));
        QCOMPARE(SmsCounter::count(text).encoding, SmsCounter::Encoding::Gsm7);
        QCOMPARE(SmsCounter::replacement(QStringLiteral("中")), QString());
    }

    void encodingName()
    {
        QCOMPARE(SmsCounter::encodingName(SmsCounter::Encoding::Gsm7), QStringLiteral("GSM-7"));
        QCOMPARE(SmsCounter::encodingName(SmsCounter::Encoding::Ucs2), QStringLiteral("UCS-2"));
    }

    // The SMS actually produced takes the replacements when they save parts: every French
    // sample, as written, against the SMS the renderer gives (figures in the output).
    void everySample_smsIsGsm7WhenThatSavesParts()
    {
        int before = 0;
        int after = 0;
        for (const QString &path : TestData::samplePaths()) {
            const Notice notice = TestData::sample(QFileInfo(path).baseName());
            const QString mark =
                notice.status() == QLatin1String("test")       ? QStringLiteral("Test : ")
                : notice.status() == QLatin1String("exercise") ? QStringLiteral("Exercice : ")
                                                               : QString();
            const QString written = notice.company() + QStringLiteral(" : ") + mark +
                                    notice.text(QStringLiteral("fr")) + QLatin1Char(' ') +
                                    notice.link();
            const SmsCounter::Result plain = SmsCounter::count(written);
            const ChannelOutput sms = ChannelRenderer::render(
                notice, ChannelRenderer::context(notice, TestData::sampleNow()),
                QStringLiteral("sms"), QStringLiteral("fr"));
            QVERIFY2(sms.ok(), qPrintable(sms.error));
            const SmsCounter::Result sent = SmsCounter::count(sms.text);
            qInfo("%s: as written %s %d part(s), sent %s %d part(s)",
                  qPrintable(QFileInfo(path).baseName()),
                  qPrintable(SmsCounter::encodingName(plain.encoding)), plain.parts,
                  qPrintable(SmsCounter::encodingName(sent.encoding)), sent.parts);
            QCOMPARE(int(sms.measure), sent.parts);
            // Every character of these samples has a replacement: all go back to GSM-7.
            QCOMPARE(sent.encoding, SmsCounter::Encoding::Gsm7);
            if (plain.encoding == SmsCounter::Encoding::Gsm7)
                QCOMPARE(sms.text, written);
            else
                QVERIFY(sent.parts < plain.parts);
            before += plain.parts;
            after += sent.parts;
        }
        qInfo("all samples: %d parts as written, %d sent", before, after);
        QVERIFY(after < before);
    }

    void fewestParts_keepsAccentsWhenNothingIsSaved_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one part either way") << "Fête à l’usine à 12 h."
                                             << "Fête à l’usine à 12 h.";
        QTest::newRow("an emoji keeps UCS-2") << QStringLiteral("Fête à l’usine 👍 ").repeated(5)
                                              << QStringLiteral("Fête à l’usine 👍 ").repeated(5);
        QTest::newRow("saves a part")
            << QStringLiteral("L’odeur perçue à côté : sans danger. ").repeated(3)
            << QStringLiteral("L'odeur percue à coté : sans danger. ").repeated(3);
        QTest::newRow("no-break spaces")
            << QStringLiteral("Fin à 6\u00A0h\u00A040\u202F! ").repeated(8)
            << QStringLiteral("Fin à 6 h 40 ! ").repeated(8);
    }

    void fewestParts_keepsAccentsWhenNothingIsSaved()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SmsCounter::fewestParts(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestSmsCounter)
#include "tst_smscounter.moc"

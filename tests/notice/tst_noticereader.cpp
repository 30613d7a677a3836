#include "NoticeReader.h"

#include <QTest>

class TestNoticeReader : public QObject
{
    Q_OBJECT

private slots:
    void malformed_isReportedWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // Qt reports the position just after the first character it could not accept.
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"id\": \"a\"\n  \"type\": \"x\"\n}") << 3 << 4;
        QTest::newRow("trailing garbage") << QByteArray("{}\nxyz") << 2 << 1;
        QTest::newRow("unterminated string")
            << QByteArray("{\"text\": {\"fr\": \"événement") << 1 << 27;
        QTest::newRow("empty") << QByteArray("") << 1 << 1;
    }

    void malformed_isReportedWithLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        NoticeReader reader;
        QVERIFY(!reader.read(json));
        QCOMPARE(reader.error().line, line);
        QCOMPARE(reader.error().column, column);
        QVERIFY(!reader.error().message.isEmpty());
    }

    void notAnObject_isRefused()
    {
        NoticeReader reader;
        QVERIFY(!reader.read("[1, 2]"));
        QVERIFY(reader.error().message.contains(QLatin1String("object")));
    }

    void binaryGarbage_doesNotCrash()
    {
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(static_cast<char>((i * 7919) % 256));
        NoticeReader reader;
        QVERIFY(!reader.read(junk));
        QVERIFY(reader.error().line >= 1);
    }
};

QTEST_GUILESS_MAIN(TestNoticeReader)
#include "tst_noticereader.moc"

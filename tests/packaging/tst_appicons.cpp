#include <QImage>
#include <QImageReader>
#include <QTest>

class TestAppIcons : public QObject
{
    Q_OBJECT

private slots:
    void png_matchesTheSizeInItsName_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void png_matchesTheSizeInItsName()
    {
        QFETCH(int, size);
        const QImage image(
            QStringLiteral(ALLO_ICON_DIR "/com.allo_industrie.Console-%1.png").arg(size));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
    }

    void svg_isReadable()
    {
        // Without Qt's SVG image plugin (qt6-svg) the scalable icon would silently vanish.
        QImageReader reader(QStringLiteral(ALLO_ICON_DIR "/com.allo_industrie.Console.svg"));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.size(), QSize(256, 256));
    }
};

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"

#include "FirstPaint.h"

#include <QEvent>
#include <QLabel>
#include <QTest>
#include <QTimer>

namespace {

class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

// What main() leaves for after the first paint runs after it, once, in the order given; a zero
// timer set before show() would have run before the paint.
class TestFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void functions_runAfterTheFirstPaint_inOrder_once()
    {
        QLabel label(QStringLiteral("Allo Industrie"));
        PaintCounter counter;
        label.installEventFilter(&counter);
        QStringList ran;
        int paintsSeenByFirst = -1;
        FirstPaint::then(&label, [&] {
            paintsSeenByFirst = counter.paints;
            ran.append(QStringLiteral("first"));
        });
        FirstPaint::then(&label, [&] { ran.append(QStringLiteral("second")); });
        int paintsSeenByTimer = -1;
        QTimer::singleShot(0, &label, [&] { paintsSeenByTimer = counter.paints; });
        QVERIFY(ran.isEmpty());

        label.show();
        QTRY_COMPARE(ran, QStringList({QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(paintsSeenByTimer, 0);
        QVERIFY(paintsSeenByFirst >= 1);

        label.setText(QStringLiteral("Allo Industrie — console"));
        label.repaint();
        QCoreApplication::processEvents();
        QCOMPARE(ran.size(), 2);
    }
};

QTEST_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"

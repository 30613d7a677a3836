#include "PeakMemory.h"

#include <QTest>

#include <cstring>
#include <memory>

// bench_startup's memory figure: the peak resident memory the process itself reports.
class TestPeakMemory : public QObject
{
    Q_OBJECT

private slots:
    void followsMemoryTouched()
    {
        const qint64 before = PeakMemory::residentKiB();
        QVERIFY2(before > 0, qPrintable(QString::number(before)));
        constexpr std::size_t kBytes = 64 * 1024 * 1024;
        const auto block = std::make_unique<char[]>(kBytes);
        std::memset(block.get(), 1, kBytes); // resident only once written
        QVERIFY(block[kBytes - 1] == 1);
        const qint64 after = PeakMemory::residentKiB();
        QVERIFY2(after - before >= 60 * 1024,
                 qPrintable(QStringLiteral("%1 -> %2 KiB").arg(before).arg(after)));
    }
};

QTEST_GUILESS_MAIN(TestPeakMemory)
#include "tst_peakmemory.moc"

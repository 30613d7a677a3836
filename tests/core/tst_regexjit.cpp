#include "RegexJit.h"

#include <QTest>

// Run as its own process: Qt reads QT_ENABLE_REGEXP_JIT once, and nothing here compiles a
// pattern before the choice is made.
class TestRegexJit : public QObject
{
    Q_OBJECT

private slots:
    void unset_choosesTheInterpreter()
    {
        qunsetenv("QT_ENABLE_REGEXP_JIT");
        RegexJit::preferInterpreter();
        QCOMPARE(qgetenv("QT_ENABLE_REGEXP_JIT"), QByteArray("0"));
    }

    void usersChoice_wins()
    {
        qputenv("QT_ENABLE_REGEXP_JIT", QByteArray("1"));
        RegexJit::preferInterpreter();
        QCOMPARE(qgetenv("QT_ENABLE_REGEXP_JIT"), QByteArray("1"));
    }
};

QTEST_GUILESS_MAIN(TestRegexJit)
#include "tst_regexjit.moc"

#include "Localization.h"

#include <QCoreApplication>
#include <QTest>

class TestLocalization : public QObject
{
    Q_OBJECT

private slots:
    void french_translatesProjectStrings()
    {
        QVERIFY(Localization::apply(QStringLiteral("fr")));
        QCOMPARE(Localization::current(), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("Validation", "This field is required."),
                 QStringLiteral("Ce champ est obligatoire."));
    }

    void english_givesTheSourceText()
    {
        QVERIFY(Localization::apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Validation", "This field is required."),
                 QStringLiteral("This field is required."));
    }

    void switchingBack_replacesTheTranslator()
    {
        QVERIFY(Localization::apply(QStringLiteral("fr")));
        QVERIFY(Localization::apply(QStringLiteral("en")));
        QVERIFY(Localization::apply(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("Validation", "This field is required."),
                 QStringLiteral("Ce champ est obligatoire."));
    }

    void french_loadsQtsOwnCatalogue()
    {
        QVERIFY(Localization::apply(QStringLiteral("fr")));
        // A string of Qt's own standard dialogs, from qtbase_fr.qm.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Annuler"));
    }

    void unknownLanguage_isRefused()
    {
        QVERIFY(Localization::apply(QStringLiteral("fr")));
        QVERIFY(!Localization::apply(QStringLiteral("de")));
        QCOMPARE(Localization::current(), QStringLiteral("fr"));
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"

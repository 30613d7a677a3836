#include "Clock.h"
#include "DraftAutosaver.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Draft autosave (debounced) and the account cache: the parts of the store the editor and
// the platform client build on.
class TestStoreAutosave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock;
    std::unique_ptr<Store> m_store;

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        m_store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    }

    void cleanup() { m_store.reset(); }

    void typing_writesAtMostOncePerInterval()
    {
        DraftAutosaver saver(m_store->drafts(), QStringLiteral("officer"));
        saver.setInterval(300);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        Notice n = TestData::sample(QStringLiteral("incident-smoke"));
        QElapsedTimer typing;
        typing.start();
        for (int i = 0; typing.elapsed() < 700; ++i) {
            n.setText(QStringLiteral("fr"), QStringLiteral("Texte %1").arg(i));
            saver.changed(n);
            QTest::qWait(20);
        }
        QTRY_VERIFY(!saver.hasPending());
        // About 700 ms of typing: the first write at once, then one per 300 ms at most.
        QVERIFY2(saved.size() >= 2 && saved.size() <= 4, qPrintable(QString::number(saved.size())));
        QCOMPARE(m_store->drafts().load(n.id())->toJson(), n.toJson());
    }

    void flush_writesAtOnce()
    {
        DraftAutosaver saver(m_store->drafts(), QStringLiteral("officer"));
        saver.setInterval(60000);
        Notice n = TestData::sample(QStringLiteral("siren-test"));
        saver.changed(n);
        n.setText(QStringLiteral("fr"), QStringLiteral("Sur perte de focus."));
        saver.changed(n);
        QVERIFY(saver.flush());
        QCOMPARE(m_store->drafts().load(n.id())->text(QStringLiteral("fr")),
                 QStringLiteral("Sur perte de focus."));
    }

    void close_savesThePendingChange()
    {
        const Notice n = TestData::sample(QStringLiteral("odour-mercaptan"));
        {
            DraftAutosaver saver(m_store->drafts(), QStringLiteral("officer"));
            saver.setInterval(60000);
            saver.changed(TestData::sample(QStringLiteral("siren-test")));
            saver.changed(n);
        }
        QVERIFY(m_store->drafts().load(n.id()));
        QVERIFY(m_store->drafts().load(TestData::sample(QStringLiteral("siren-test")).id()));
    }

    void accountCache_keepsSitesAndTerritoriesOffline()
    {
        AccountCache &cache = m_store->accountCache();
        QVERIFY(cache.replaceTerritories({{{"id", "le-havre"}, {"name", "Le Havre"}}}));
        QVERIFY(cache.replaceSites({{{"id", "s1"}, {"territory", "le-havre"}, {"name", "Unité 3"}},
                                    {{"id", "s2"}, {"territory", "rouen"}, {"name", "Dépôt"}}}));
        m_store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY(m_store->open());
        QCOMPARE(m_store->accountCache().territories().size(), 1);
        QCOMPARE(m_store->accountCache().sites().size(), 2);
        const auto havre = m_store->accountCache().sites(QStringLiteral("le-havre"));
        QCOMPARE(havre.size(), 1);
        QCOMPARE(havre.first().value("name").toString(), QStringLiteral("Unité 3"));
        QVERIFY(m_store->accountCache().sitesFetchedAt().isValid());
        QVERIFY(m_store->accountCache().replaceSites({}));
        QVERIFY(m_store->accountCache().sites().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreAutosave)
#include "tst_storeautosave.moc"

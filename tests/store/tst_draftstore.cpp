#include "Clock.h"
#include "NoticeTemplate.h"
#include "PeriodConsistency.h"
#include "PeriodText.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QTemporaryDir>
#include <QTest>

class TestDraftStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{QDateTime(QDate(2026, 3, 20), QTime(11, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;

    DraftStore &drafts() { return m_store->drafts(); }

    static DraftStore::Filter search(const QString &text)
    {
        DraftStore::Filter filter;
        filter.search = text;
        return filter;
    }

    QString user() const { return QStringLiteral("officer"); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    }

    void cleanup()
    {
        m_store.reset();
        QDir(m_dir.path()).removeRecursively();
    }

    void save_keepsEveryVersion()
    {
        Notice n = TestData::sample(QStringLiteral("incident-smoke"));
        QCOMPARE(drafts().save(n, user()), 1);
        n.setText(QStringLiteral("fr"), QStringLiteral("Deuxième version."));
        QCOMPARE(drafts().save(n, user()), 2);
        n.setText(QStringLiteral("fr"), QStringLiteral("Troisième version."));
        QCOMPARE(drafts().save(n, user()), 3);

        QCOMPARE(drafts().versions(n.id()).size(), 3);
        QCOMPARE(drafts().load(n.id())->text(QStringLiteral("fr")),
                 QStringLiteral("Troisième version."));
        QCOMPARE(drafts().loadVersion(n.id(), 1)->toJson(),
                 TestData::sample(QStringLiteral("incident-smoke")).toJson());
    }

    // What each channel's text was written on is kept with the draft: after a restart (a new
    // store on the same SQLite file) a text written before the main text changed is still stale,
    // and the texts by language are still there.
    void channelTexts_byLanguageAndStaleness_surviveARestart()
    {
        Notice n = TestData::sample(QStringLiteral("siren-test"));
        n.setText(QStringLiteral("en"), QStringLiteral("Siren tests."));
        n.setOverride(QStringLiteral("x"), QStringLiteral("fr"), QStringLiteral("Essais."));
        n.setOverride(QStringLiteral("x"), QStringLiteral("en"), QStringLiteral("Tests."));
        n.setText(QStringLiteral("fr"), QStringLiteral("Essais reportés au 22."));
        QVERIFY(n.overrideStale(QStringLiteral("x"), QStringLiteral("fr")));
        QCOMPARE(drafts().save(n, user()), 1);
        m_store.reset();
        m_store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        const auto loaded = drafts().load(n.id());
        QVERIFY(loaded);
        QVERIFY(loaded->overrideStale(QStringLiteral("x"), QStringLiteral("fr")));
        QVERIFY(!loaded->overrideStale(QStringLiteral("x"), QStringLiteral("en")));
        QCOMPARE(loaded->override(QStringLiteral("x"), QStringLiteral("en")),
                 QStringLiteral("Tests."));
    }

    void save_acceptsAHalfWrittenDraft()
    {
        // Autosave runs while the officer types: a draft without company or site yet.
        const Notice n = Notice::create();
        QCOMPARE(drafts().save(n, user()), 1);
        QCOMPARE(drafts().load(n.id())->toJson(), n.toJson());
        QCOMPARE(drafts().save(Notice(), user()), 0);
        QVERIFY(drafts().lastError().contains(QLatin1String("no id")));
    }

    void save_unchanged_addsNoVersion()
    {
        const Notice n = TestData::sample(QStringLiteral("siren-test"));
        QCOMPARE(drafts().save(n, user()), 1);
        QCOMPARE(drafts().save(n, user()), 1);
        QCOMPARE(drafts().versions(n.id()).size(), 1);
    }

    void restore_bringsBackAnEarlierVersionAsTheNewest()
    {
        Notice n = TestData::sample(QStringLiteral("incident-smoke"));
        const QJsonObject first = n.toJson();
        drafts().save(n, user());
        n.setCompany(QStringLiteral("Autre société"));
        drafts().save(n, user());
        QCOMPARE(drafts().restore(n.id(), 1, user()), 3);
        QCOMPARE(drafts().load(n.id())->toJson(), first);
        QCOMPARE(drafts().versions(n.id()).size(), 3);
    }

    void versions_surviveARestart()
    {
        Notice n = TestData::sample(QStringLiteral("odour-mercaptan"));
        drafts().save(n, user());
        n.setText(QStringLiteral("fr"), QStringLiteral("Modifié."));
        drafts().save(n, user());
        m_store.reset();
        m_store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY(m_store->open());
        QCOMPARE(drafts().versions(n.id()).size(), 2);
        QCOMPARE(drafts().load(n.id())->text(QStringLiteral("fr")), QStringLiteral("Modifié."));
    }

    // The template's period phrase in a text the officer has added to keeps following the
    // period after a restart: the link is in the saved notice ("periodPhrases").
    void templatePeriodLink_survivesARestart()
    {
        const QTimeZone paris("Europe/Paris");
        Notice n = TestData::sample(QStringLiteral("flaring-maintenance"));
        NoticeTemplate::builtIn().apply(n, QStringLiteral("flaring"), paris);
        n.setText(QStringLiteral("fr"),
                  n.text(QStringLiteral("fr")) + QStringLiteral(" Fermez vos fenêtres."));
        QVERIFY(drafts().save(n, user()) > 0);
        m_store.reset();
        m_store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY(m_store->open());

        Notice loaded = *drafts().load(n.id());
        loaded.setEnd(loaded.end()->addSecs(3600));
        NoticeTemplate::followPeriod(loaded, paris);
        const QString now =
            PeriodText::written(loaded.start(), loaded.end(), paris, QStringLiteral("fr"));
        QVERIFY2(now.endsWith(QStringLiteral("à 20 h")), qPrintable(now));
        QVERIFY2(loaded.text(QStringLiteral("fr")).contains(now),
                 qPrintable(loaded.text(QStringLiteral("fr"))));
        QVERIFY(
            loaded.text(QStringLiteral("fr")).endsWith(QStringLiteral(" Fermez vos fenêtres.")));
        QCOMPARE(PeriodConsistency::check(loaded, paris), ValidationIssues());
    }

    void search_ignoresDiacritics()
    {
        Notice n = TestData::sample(QStringLiteral("incident-smoke"));
        n.setText(QStringLiteral("fr"), QStringLiteral("Un événement est en cours à l'usine."));
        drafts().save(n, user());
        drafts().save(TestData::sample(QStringLiteral("siren-test")), user());

        const auto found = drafts().list(search(QStringLiteral("evenement")));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, n.id());
        QCOMPARE(drafts().list(search(QStringLiteral("ÉVÉNEMENT"))).size(), 1);
        QCOMPARE(drafts().list(search(QStringLiteral("even"))).size(), 1);
    }

    void search_coversCompanySiteAndCommune()
    {
        const Notice n = TestData::sample(QStringLiteral("incident-smoke"));
        drafts().save(n, user());
        QCOMPARE(drafts().list(search(QStringLiteral("portuaire"))).size(), 1);
        QCOMPARE(drafts().list(search(QStringLiteral("depot"))).size(), 1);
        QCOMPARE(drafts().list(search(QStringLiteral("rouen"))).size(), 1);
        QCOMPARE(drafts().list(search(QStringLiteral("lyon"))).size(), 0);
    }

    void search_userTextIsNeverSyntax()
    {
        drafts().save(TestData::sample(QStringLiteral("incident-smoke")), user());
        QVERIFY(drafts().list(search(QStringLiteral("\"quai AND (OR * NEAR"))).isEmpty());
        QVERIFY(m_store->database().errorString().isEmpty());
    }

    void search_followsEdits()
    {
        Notice n = TestData::sample(QStringLiteral("incident-smoke"));
        drafts().save(n, user());
        n.setText(QStringLiteral("fr"), QStringLiteral("Rien à signaler."));
        drafts().save(n, user());
        QVERIFY(drafts().list(search(QStringLiteral("fumee"))).isEmpty());
        QCOMPARE(drafts().list(search(QStringLiteral("signaler"))).size(), 1);
    }

    void filters_territoryTypeStatusStateAndPeriod()
    {
        for (const QString &path : TestData::samplePaths())
            drafts().save(TestData::sample(QFileInfo(path).completeBaseName()), user());
        const int all = int(TestData::samplePaths().size());
        QCOMPARE(drafts().list({}).size(), all);

        DraftStore::Filter f;
        f.territory = QStringLiteral("rouen-metropole");
        for (const auto &s : drafts().list(f))
            QCOMPARE(s.territory, f.territory);
        QVERIFY(!drafts().list(f).isEmpty());

        f = {};
        f.type = QStringLiteral("flaring");
        QCOMPARE(drafts().list(f).size(), 1);

        f = {};
        f.status = QStringLiteral("exercise");
        for (const auto &s : drafts().list(f))
            QCOMPARE(s.status, QStringLiteral("exercise"));

        f = {};
        f.state = NoticeState::Draft;
        QCOMPARE(drafts().list(f).size(), all);
        f.state = NoticeState::Queued;
        QCOMPARE(drafts().list(f).size(), 0);

        // incident-smoke starts 2026-10-14 and has no end: it overlaps any later period.
        f = {};
        f.from = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        f.to = QDateTime(QDate(2027, 1, 2), QTime(0, 0), Qt::UTC);
        bool smoke = false;
        for (const auto &s : drafts().list(f)) {
            QVERIFY(!s.end || *s.end >= f.from);
            QVERIFY(s.start <= f.to);
            smoke = smoke || s.id == TestData::sample(QStringLiteral("incident-smoke")).id();
        }
        QVERIFY(smoke);
    }

    void list_newestFirstAndPaged()
    {
        for (int i = 0; i < 5; ++i) {
            Notice n = TestData::sample(QStringLiteral("siren-test"));
            n.setId(QStringLiteral("5a3e0000-0000-4000-8000-00000000000%1").arg(i));
            m_clock.setFixed(m_clock.now().addSecs(60));
            drafts().save(n, user());
        }
        DraftStore::Filter f;
        f.limit = 2;
        const auto page = drafts().list(f);
        QCOMPARE(page.size(), 2);
        QVERIFY(page.first().id.endsWith(QLatin1Char('4')));
        f.offset = 4;
        QCOMPARE(drafts().list(f).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"

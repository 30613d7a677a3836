#include "CapAlert.h"
#include "ChannelRenderer.h"
#include "TestData.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kSchema = QStringLiteral(ALLO_TEST_DATA_DIR "/cap/cap-1.2.xsd");

RenderContext contextFor(const Notice &notice)
{
    return ChannelRenderer::context(notice, TestData::sampleNow());
}

// The texts of the elements with that local name, in document order.
QStringList values(const QString &xml, const QString &name)
{
    QStringList found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            found.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (reader.hasError())
        qWarning("not well-formed: %s", qPrintable(reader.errorString()));
    return found;
}

} // namespace

class TestCapAlert : public QObject
{
    Q_OBJECT

    // xmllint's verdict on the text against the CAP 1.2 schema, with its messages.
    bool schemaAccepts(const QString &xml, QString *messages = nullptr)
    {
        QFile file(m_dir.filePath(QStringLiteral("alert.xml")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the alert");
        file.write(xml.toUtf8());
        file.close();
        QProcess lint;
        lint.start(m_xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), kSchema,
                               file.fileName()});
        if (!lint.waitForFinished(30000))
            qFatal("xmllint did not finish");
        if (messages)
            *messages = QString::fromUtf8(lint.readAllStandardError());
        return lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        QVERIFY2(!m_xmllint.isEmpty(), "xmllint is missing: install libxml2-utils");
        QVERIFY(QFile::exists(kSchema));
    }

    void everySample_passesTheSchema_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &path : TestData::samplePaths())
            QTest::newRow(qPrintable(QFileInfo(path).baseName())) << QFileInfo(path).baseName();
    }

    void everySample_passesTheSchema()
    {
        QFETCH(QString, name);
        const Notice notice = TestData::sample(name);
        RenderContext context = contextFor(notice);
        QString messages;
        const QString alert = CapAlert::render(notice, context);
        QVERIFY2(schemaAccepts(alert, &messages), qPrintable(messages + alert));
        QCOMPARE(values(alert, QStringLiteral("msgType")), QStringList{QStringLiteral("Alert")});

        context.revision = 2;
        context.previousReference = CapAlert::reference(notice, contextFor(notice));
        const QString update = CapAlert::render(notice, context);
        QVERIFY2(schemaAccepts(update, &messages), qPrintable(messages + update));
        QCOMPARE(values(update, QStringLiteral("msgType")), QStringList{QStringLiteral("Update")});
        QCOMPARE(values(update, QStringLiteral("references")),
                 QStringList{context.previousReference});

        const QString cancel = CapAlert::render(notice, context, CapAlert::Intent::Cancel);
        QVERIFY2(schemaAccepts(cancel, &messages), qPrintable(messages + cancel));
        QCOMPARE(values(cancel, QStringLiteral("msgType")), QStringList{QStringLiteral("Cancel")});
    }

    void schema_rejectsWhatCapForbids_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("reordered status and msgType")
            << "<status>Actual</status>\n  <msgType>Alert</msgType>"
            << "<msgType>Alert</msgType>\n  <status>Actual</status>";
        QTest::newRow("Z time") << "<sent>2026-03-20T12:00:00+01:00</sent>"
                                << "<sent>2026-03-20T11:00:00Z</sent>";
        QTest::newRow("fraction of a second") << "<sent>2026-03-20T12:00:00+01:00</sent>"
                                              << "<sent>2026-03-20T12:00:00.000+01:00</sent>";
        QTest::newRow("space in identifier") << "<identifier>5a3e"
                                             << "<identifier>5a3e ";
        QTest::newRow("comma in sender") << "<sender>allo-industrie.fr"
                                         << "<sender>allo,industrie.fr";
        QTest::newRow("unknown status") << "<status>Actual"
                                        << "<status>Real";
        QTest::newRow("circle without radius") << " 1.0</circle>"
                                               << "</circle>";
    }

    void schema_rejectsWhatCapForbids()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        const QString good = CapAlert::render(notice, contextFor(notice));
        QVERIFY2(good.contains(from), qPrintable(good));
        QVERIFY(schemaAccepts(good));
        QString bad = good;
        bad.replace(from, to);
        QString messages;
        QVERIFY2(!schemaAccepts(bad, &messages), qPrintable(bad));
        QVERIFY2(messages.contains(QLatin1String("fails to validate")), qPrintable(messages));
    }

    void alert_carriesTheNotice()
    {
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        RenderContext context = contextFor(notice);
        // A UTC time of sending is written in the territory's zone, with its offset.
        context.sentAt = QDateTime(QDate(2026, 3, 20), QTime(11, 0), QTimeZone::utc());
        context.revision = 3;
        const QString xml = CapAlert::render(notice, context);
        QCOMPARE(values(xml, QStringLiteral("identifier")),
                 QStringList{QStringLiteral("5a3e0000-0000-4000-8000-000000000000.r3")});
        QCOMPARE(values(xml, QStringLiteral("sender")),
                 QStringList{QStringLiteral("allo-industrie.fr")});
        QCOMPARE(values(xml, QStringLiteral("sent")),
                 QStringList{QStringLiteral("2026-03-20T12:00:00+01:00")});
        QCOMPARE(values(xml, QStringLiteral("status")), QStringList{QStringLiteral("Actual")});
        QCOMPARE(values(xml, QStringLiteral("scope")), QStringList{QStringLiteral("Public")});
        QCOMPARE(values(xml, QStringLiteral("language")),
                 (QStringList{QStringLiteral("fr-FR"), QStringLiteral("en-GB")}));
        QCOMPARE(values(xml, QStringLiteral("event")),
                 (QStringList{QStringLiteral("Torchage"), QStringLiteral("Flaring")}));
        QCOMPARE(values(xml, QStringLiteral("onset")).value(0),
                 QStringLiteral("2026-03-27T07:00:00+01:00"));
        QCOMPARE(values(xml, QStringLiteral("expires")).value(0),
                 QStringLiteral("2026-03-28T19:00:00+01:00"));
        QCOMPARE(values(xml, QStringLiteral("description")).value(0),
                 notice.text(QStringLiteral("fr")));
        QCOMPARE(values(xml, QStringLiteral("description")).value(1),
                 notice.text(QStringLiteral("en")));
        QCOMPARE(values(xml, QStringLiteral("web")).value(0), notice.link());
        QCOMPARE(values(xml, QStringLiteral("contact")).value(0), notice.contact());
        QCOMPARE(values(xml, QStringLiteral("senderName")).value(0),
                 QStringLiteral("Allo Industrie Le Havre"));
        QCOMPARE(values(xml, QStringLiteral("areaDesc")).value(0),
                 QStringLiteral("Gonfreville-l'Orcher"));
        QCOMPARE(values(xml, QStringLiteral("circle")).value(0),
                 QStringLiteral("49.48860,0.23300 1.0"));
        QVERIFY(!xml.contains(QLatin1String("Z<")));
    }

    void times_followTheClockChange()
    {
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        notice.setStart(QDateTime(QDate(2026, 3, 28), QTime(21, 0), QTimeZone::utc()));
        notice.setEnd(QDateTime(QDate(2026, 3, 29), QTime(8, 0), QTimeZone::utc()));
        const QString xml = CapAlert::render(notice, contextFor(notice));
        QCOMPARE(values(xml, QStringLiteral("onset")).value(0),
                 QStringLiteral("2026-03-28T22:00:00+01:00"));
        QCOMPARE(values(xml, QStringLiteral("expires")).value(0),
                 QStringLiteral("2026-03-29T10:00:00+02:00"));
    }

    void status_mapsToCap_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("cap");
        QTest::newRow("actual") << "actual"
                                << "Actual";
        QTest::newRow("exercise") << "exercise"
                                  << "Exercise";
        QTest::newRow("test") << "test"
                              << "Test";
    }

    void status_mapsToCap()
    {
        QFETCH(QString, status);
        QFETCH(QString, cap);
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        notice.setStatus(status);
        QCOMPARE(values(CapAlert::render(notice, contextFor(notice)), QStringLiteral("status")),
                 QStringList{cap});
    }

    void incident_isNotAPlannedMaintenance()
    {
        const Notice incident = TestData::sample(QStringLiteral("incident-smoke"));
        RenderContext context = contextFor(incident);
        context.sentAt = incident.start().addSecs(600);
        const QString a = CapAlert::render(incident, context);
        QCOMPARE(values(a, QStringLiteral("category")), QStringList{QStringLiteral("Safety")});
        QCOMPARE(values(a, QStringLiteral("responseType")), QStringList{QStringLiteral("Monitor")});
        QCOMPARE(values(a, QStringLiteral("urgency")), QStringList{QStringLiteral("Immediate")});
        QCOMPARE(values(a, QStringLiteral("severity")), QStringList{QStringLiteral("Moderate")});
        QCOMPARE(values(a, QStringLiteral("certainty")), QStringList{QStringLiteral("Observed")});
        QVERIFY(values(a, QStringLiteral("expires")).isEmpty()); // until further notice

        const Notice maintenance = TestData::sample(QStringLiteral("seed-test-message"));
        RenderContext before = contextFor(maintenance);
        before.sentAt = maintenance.start().addDays(-1);
        const QString m = CapAlert::render(maintenance, before);
        QCOMPARE(values(m, QStringLiteral("category")), QStringList{QStringLiteral("Infra")});
        QCOMPARE(values(m, QStringLiteral("responseType")), QStringList{QStringLiteral("None")});
        QCOMPARE(values(m, QStringLiteral("urgency")), QStringList{QStringLiteral("Future")});
        QCOMPARE(values(m, QStringLiteral("severity")), QStringList{QStringLiteral("Minor")});
        QCOMPARE(values(m, QStringLiteral("certainty")), QStringList{QStringLiteral("Likely")});
        RenderContext during = before;
        during.sentAt = maintenance.start().addSecs(3600);
        QCOMPARE(values(CapAlert::render(maintenance, during), QStringLiteral("urgency")),
                 QStringList{QStringLiteral("Expected")});
    }

    void cancel_needsAReference()
    {
        const Notice notice = TestData::sample(QStringLiteral("odour-mercaptan"));
        QVERIFY(CapAlert::render(notice, contextFor(notice), CapAlert::Intent::Cancel).isEmpty());
    }

    void identifier_hasNoForbiddenCharacter()
    {
        QCOMPARE(CapAlert::identifier(QStringLiteral("a b,c<d&e"), 2),
                 QStringLiteral("a-b-c-d-e.r2"));
    }

    void markup_staysTextAndValid()
    {
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        const QString attack =
            QStringLiteral("<script>alert(1)</script> ]]> &amp &#0; \x01\x1b<!-- -->");
        notice.setCompany(attack);
        notice.setText(QStringLiteral("fr"), attack);
        Site site = notice.site();
        site.commune = attack;
        notice.setSite(site);
        notice.setLink(QStringLiteral("javascript:alert(1)"));
        notice.setContact(attack);
        notice.setId(QStringLiteral("id with spaces, <and> &"));
        const QString xml = CapAlert::render(notice, contextFor(notice));
        QString messages;
        QVERIFY2(schemaAccepts(xml, &messages), qPrintable(messages + xml));
        QVERIFY(!xml.contains(QLatin1String("<script")));
        const QString clean = QStringLiteral("<script>alert(1)</script> ]]> &amp &#0; <!-- -->");
        QCOMPARE(values(xml, QStringLiteral("description")).value(0), clean);
        QCOMPARE(values(xml, QStringLiteral("areaDesc")).value(0), clean);
        // An unusable link falls back to the territory's web section.
        QCOMPARE(values(xml, QStringLiteral("web")).value(0),
                 QStringLiteral("https://www.allo-industrie.com/le_havre"));
    }

private:
    QTemporaryDir m_dir;
    QString m_xmllint;
};

QTEST_GUILESS_MAIN(TestCapAlert)
#include "tst_capalert.moc"

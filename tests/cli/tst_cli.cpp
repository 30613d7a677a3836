#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(ALLO_CLI), arguments);
    p.closeWriteChannel(); // count reads its standard input to the end
    if (!p.waitForFinished(30000))
        qFatal("allo-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList samples()
{
    QStringList paths;
    const QDir dir(QStringLiteral(ALLO_TEST_DATA_DIR "/samples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}))
        paths.append(dir.filePath(name));
    return paths;
}

const QString kNow = QStringLiteral("--now=2026-03-20T12:00:00+01:00");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile sample(samples().first());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(sample.readAll()).object();
        json.remove(QStringLiteral("company"));
        json.insert(QStringLiteral("type"), QStringLiteral("fire"));
        write(QStringLiteral("invalid.json"), QJsonDocument(json).toJson());
        write(QStringLiteral("malformed.json"), "{\n  \"id\": \"x\",\n  \"type\" \"flaring\"\n}\n");
    }

    void validate_everySampleIsAValidNotice_twoAreTooLongForX()
    {
        const Run r = cli(
            QStringList{QStringLiteral("validate"), QStringLiteral("--lang=en"), kNow} + samples());
        QCOMPARE(r.exit, 1);
        // The only errors are the rule book's X limit, for the two samples an officer must give
        // a shorter X post (the console offers one); everything else is a warning.
        QStringList errors;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.contains(QLatin1String(": warning: ")))
                errors.append(QFileInfo(line.section(QLatin1Char(':'), 0, 0)).fileName() +
                              QLatin1Char(':') + line.section(QLatin1Char(':'), 1, 2));
        }
        QCOMPARE(errors,
                 QStringList({QStringLiteral("flaring-maintenance.json:channels.x.fr:"
                                             "x_over_limit"),
                              QStringLiteral("poi-drill.json:channels.x.fr:x_over_limit")}));
    }

    void validate_invalid_namesFileFieldAndCode()
    {
        const Run r = cli({QStringLiteral("validate"), QStringLiteral("--lang=en"), kNow,
                           path(QStringLiteral("invalid.json"))});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains(path(QStringLiteral("invalid.json")) +
                                QLatin1String(":company:required: This field is required.")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String(":type:unknown_type: Unknown type \"fire\"")),
                 qPrintable(r.out));
    }

    void validate_speaksFrench_withTheSameCodes()
    {
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("fr"),
                           QStringLiteral("validate"), kNow, path(QStringLiteral("invalid.json"))});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains(QLatin1String(":company:required: Ce champ est obligatoire.")),
                 qPrintable(r.out));
    }

    void validate_malformed_givesLineAndColumn()
    {
        const Run r = cli({QStringLiteral("validate"), path(QStringLiteral("malformed.json"))});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.startsWith(path(QStringLiteral("malformed.json")) + QLatin1String(":3:")),
                 qPrintable(r.err));
    }

    void validate_unreadableWinsOverInvalid()
    {
        const Run r = cli({QStringLiteral("validate"), path(QStringLiteral("invalid.json")),
                           path(QStringLiteral("missing.json"))});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(QLatin1String("missing.json")));
        QVERIFY(r.out.contains(QLatin1String(":company:required:")));
    }

    void validate_warningsDoNotFail()
    {
        // The 2019 seed message is long over: a warning, exit 0.
        const Run r = cli({QStringLiteral("validate"), QStringLiteral("--lang=en"),
                           QStringLiteral("--now=2026-11-29T09:00:00+01:00"),
                           QStringLiteral(ALLO_TEST_DATA_DIR "/samples/seed-test-message.json")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QLatin1String(":end:period_over: warning:")), qPrintable(r.out));
    }

    void validate_json_isStructured()
    {
        const Run r = cli({QStringLiteral("validate"), QStringLiteral("--json"), kNow,
                           path(QStringLiteral("invalid.json")), samples().first()});
        QCOMPARE(r.exit, 1);
        const QJsonArray report = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(report.size(), 2);
        const QJsonObject bad = report.at(0).toObject();
        QCOMPARE(bad.value(QStringLiteral("valid")).toBool(true), false);
        QStringList codes;
        for (const QJsonValue &issue : bad.value(QStringLiteral("issues")).toArray())
            codes.append(issue.toObject().value(QStringLiteral("path")).toString() +
                         QLatin1Char(':') +
                         issue.toObject().value(QStringLiteral("code")).toString());
        QVERIFY(codes.contains(QStringLiteral("company:required")));
        QVERIFY(codes.contains(QStringLiteral("type:unknown_type")));
        QCOMPARE(report.at(1).toObject().value(QStringLiteral("valid")).toBool(), true);
    }

    void validate_noFile_isUsageError()
    {
        const Run r = cli({QStringLiteral("validate")});
        QCOMPARE(r.exit, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void template_printsAValidDraft()
    {
        const Run r = cli({QStringLiteral("template"), QStringLiteral("flaring"), kNow,
                           QStringLiteral("--company=Raffinerie"), QStringLiteral("--site=Unité 2"),
                           QStringLiteral("--commune=Petit-Couronne")});
        QCOMPARE(r.exit, 0);
        const QJsonObject draft = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(draft.value(QStringLiteral("type")).toString(), QStringLiteral("flaring"));
        QCOMPARE(draft.value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-03-20T13:00:00+01:00"));
        QVERIFY(draft.value(QStringLiteral("text"))
                    .toObject()
                    .value(QStringLiteral("fr"))
                    .toString()
                    .contains(QStringLiteral("vendredi 20 mars 2026 de 13 h à 17 h")));
        write(QStringLiteral("draft.json"), r.out.toUtf8());
        const Run check =
            cli({QStringLiteral("validate"), kNow, path(QStringLiteral("draft.json"))});
        QCOMPARE(check.exit, 0);
    }

    // One-shot commands answer for the --now instant itself: what they print depends on their
    // input alone. The notice is padded with 8 MB of blanks, so reading it takes a while, as on
    // a slow machine: a clock running from 11:00:00.999 would be past the second by then.
    void render_underNow_sentIsThatInstantExactly()
    {
        QFile sample(QStringLiteral(ALLO_TEST_DATA_DIR "/samples/flaring-maintenance.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray json = sample.readAll().trimmed();
        QVERIFY(json.endsWith('}'));
        write(QStringLiteral("padded.json"), json.chopped(1) + QByteArray(8 << 20, ' ') + '}');
        const Run r = cli({QStringLiteral("render"), QStringLiteral("--channel"),
                           QStringLiteral("cap"), QStringLiteral("--now=2026-03-20T11:00:00.999Z"),
                           path(QStringLiteral("padded.json"))});
        QCOMPARE(r.exit, 0);
        // Le Havre is on Paris time.
        QVERIFY2(r.out.contains(QLatin1String("<sent>2026-03-20T12:00:00+01:00</sent>")),
                 qPrintable(r.out.left(2000)));
    }

    // Notices with one text per channel, as before API 1.2.0, publish byte for byte what they
    // published then: every channel in every language against what allo-cli render printed
    // before per-language texts existed (tests/data/old-overrides, the English X post included,
    // which was the French text). The files were printed by the allo-cli before per-language
    // texts, then once again after #17's French typography and GSM-7 SMS, which change every
    // notice alike (a no-break space before ":", "ô" → "o" in an SMS): nothing else differed;
    // the hotline scripts once more after #21's spoken forms (times in words, which change every
    // script alike): nothing else differed.
    void render_oldSingleChannelTexts_asBefore_data()
    {
        QTest::addColumn<QString>("notice");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const QDir dir(QStringLiteral(ALLO_TEST_DATA_DIR "/old-overrides"));
        const QStringList outputs = dir.entryList({QStringLiteral("*.txt")});
        QVERIFY(outputs.size() >= 30);
        for (const QString &output : outputs) {
            const QStringList parts = output.split(QLatin1Char('.')); // notice.channel.lang.txt
            QTest::newRow(qPrintable(output)) << dir.filePath(parts.at(0) + QStringLiteral(".json"))
                                              << parts.at(1) << parts.at(2) << dir.filePath(output);
        }
    }

    void render_oldSingleChannelTexts_asBefore()
    {
        QFETCH(QString, notice);
        QFETCH(QString, channel);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QFile before(expected);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const Run r = cli({QStringLiteral("render"), QStringLiteral("--channel"), channel,
                           QStringLiteral("--lang"), language, kNow, notice});
        QVERIFY2(r.exit == 0 || r.exit == 1, qPrintable(r.err));
        QCOMPARE(r.out.toUtf8(), before.readAll());
    }

    void template_unknownType_isExplained()
    {
        const Run r =
            cli({QStringLiteral("template"), QStringLiteral("fire"), QStringLiteral("--lang=en")});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(QLatin1String("flaring")));
    }

    void version_andUnknownCommand()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.exit, 0);
        QVERIFY(v.out.startsWith(QLatin1String("allo-cli ")));
        const Run u = cli({QStringLiteral("publish")});
        QCOMPARE(u.exit, 2);
        QVERIFY(u.err.contains(QLatin1String("publish")));
    }

    void everyCommand_takesTheGlobalOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString sample = samples().first();
        QTest::newRow("validate") << QStringList{QStringLiteral("validate"), sample};
        QTest::newRow("render") << QStringList{
            QStringLiteral("render"), QStringLiteral("--channel"), QStringLiteral("web"), sample};
        QTest::newRow("shorten") << QStringList{
            QStringLiteral("shorten"), QStringLiteral("--channel"), QStringLiteral("x"), sample};
        QTest::newRow("count") << QStringList{QStringLiteral("count"), QStringLiteral("--channel"),
                                              QStringLiteral("sms")};
        QTest::newRow("template") << QStringList{QStringLiteral("template"),
                                                 QStringLiteral("flaring")};
        QTest::newRow("whoami") << QStringList{QStringLiteral("whoami")};
        QTest::newRow("logout") << QStringList{QStringLiteral("logout")};
        QTest::newRow("drafts") << QStringList{QStringLiteral("drafts"), QStringLiteral("list")};
        QTest::newRow("queue") << QStringList{QStringLiteral("queue"), QStringLiteral("list")};
    }

    void everyCommand_takesTheGlobalOptions()
    {
        // allo-cli --help lists them as global: no command may answer "Unknown option".
        QFETCH(QStringList, arguments);
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QLatin1String("--profile")));
        const QString profile = path(QStringLiteral("profile-") + QTest::currentDataTag());
        const Run r = cli(arguments + QStringList{QStringLiteral("--profile"), profile,
                                                  QStringLiteral("--lang=en"), kNow});
        QVERIFY2(!r.err.contains(QLatin1String("Unknown option")), qPrintable(r.err));
        QVERIFY2(r.exit != 2 || !r.err.contains(QLatin1String("profile")), qPrintable(r.err));
    }

    void badNow_isExplained()
    {
        const Run r =
            cli({QStringLiteral("validate"), QStringLiteral("--now=demain"), samples().first()});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(QLatin1String("demain")));
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &data)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// allo-cli diagnostics DIR, run as a user would: a profile with a queued notice and a log that
// holds secrets, settings with a proxy password and an administrator's locked value; the archive
// is unpacked with tar and read.

#include <QDateTime>
#include <QDir>
#include <QFile>
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

// Secrets placed where a careless export would pick them up.
const QString kProxyPassword = QStringLiteral("Pr0xyS3cretPw");
const QString kRefreshToken = QStringLiteral("rt-9f8e7d6c5b4aLogSecret");
const QString kBearer = QStringLiteral("eyJhbGciOiJFUzI1NiJ9.BearerSecret");
const QString kPassword = QStringLiteral("Hunter2LoginPw");

} // namespace

class TestDiagnosticsCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), path(QStringLiteral("xdg")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ALLO_CLI), arguments);
        if (!p.waitForFinished(30000))
            qFatal("allo-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static void write(const QString &file, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private slots:
    void archive_holdsVersionsSettingsOutboxAndLog_withoutSecrets()
    {
        QVERIFY(m_dir.isValid());
        const QString profile = path(QStringLiteral("profile"));
        write(path(QStringLiteral("config/allo-industrie/console.conf")),
              "[network]\nproxy=http://alice:" + kProxyPassword.toUtf8() +
                  "@proxy.example:3128\n[platform]\nurl=https://user.example\n");
        write(path(QStringLiteral("xdg/allo-industrie/console.conf")),
              "[platform]\nurl=https://platform.example\n");

        const Run queued =
            cli({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("--profile"),
                 profile, QStringLiteral("--now=2026-03-20T12:00:00+01:00"),
                 QStringLiteral(ALLO_TEST_DATA_DIR "/samples/siren-test.json")});
        QCOMPARE(queued.exit, 0);
        const QString operation = queued.out.trimmed();
        QVERIFY(!operation.isEmpty());

        // An older log, written before a masking rule existed, and one ordinary line.
        write(profile + QLatin1String("/allo.log"),
              "2026-03-20T11:00:00.000Z info allo.client: refresh_token=" + kRefreshToken.toUtf8() +
                  "\n2026-03-20T11:00:01.000Z debug allo.client: Authorization: Bearer " +
                  kBearer.toUtf8() +
                  "\n2026-03-20T11:00:02.000Z info allo.client: password=" + kPassword.toUtf8() +
                  "\n2026-03-20T11:00:03.000Z info allo.outbox: marker line 42\n");

        const QString out = path(QStringLiteral("out"));
        const Run r = cli({QStringLiteral("diagnostics"), out, QStringLiteral("--profile"), profile,
                           QStringLiteral("--now=2026-03-20T12:30:00+01:00")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString archive = r.out.trimmed();
        QCOMPARE(QFileInfo(archive).path(), out);
        // --now starts the clock at 11:30 UTC and lets it run: the archive is named at or just
        // after it.
        const QDateTime given(QDate(2026, 3, 20), QTime(11, 30), Qt::UTC);
        const QDateTime wall =
            QDateTime::fromString(QFileInfo(archive).fileName(),
                                  QStringLiteral("'allo-diagnostics-'yyyyMMdd-HHmmss'.tar'"));
        QVERIFY2(wall.isValid(), qPrintable(archive));
        const QDateTime named(wall.date(), wall.time(), Qt::UTC);
        QVERIFY(named >= given && named < given.addSecs(60));

        const QString unpacked = path(QStringLiteral("unpacked"));
        QVERIFY(QDir().mkpath(unpacked));
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-xf"), archive, QStringLiteral("-C"), unpacked});
        QVERIFY(tar.waitForFinished(30000));
        QCOMPARE(tar.exitCode(), 0);

        QFile summaryFile(unpacked + QLatin1String("/summary.json"));
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
        QCOMPARE(summary.value(QStringLiteral("program")).toString(), QStringLiteral("allo-cli"));
        QCOMPARE(summary.value(QStringLiteral("version")).toString(), QStringLiteral(ALLO_VERSION));
        QVERIFY(!summary.value(QStringLiteral("qt")).toString().isEmpty());
        const QDateTime time =
            QDateTime::fromString(summary.value(QStringLiteral("time")).toString(), Qt::ISODate);
        QVERIFY(time >= named && time < given.addSecs(60));

        const QJsonObject settings = summary.value(QStringLiteral("settings")).toObject();
        const QJsonObject url = settings.value(QStringLiteral("platform/url")).toObject();
        QCOMPARE(url.value(QStringLiteral("value")).toString(),
                 QStringLiteral("https://platform.example"));
        QCOMPARE(url.value(QStringLiteral("locked")).toBool(), true);
        const QJsonObject proxy = settings.value(QStringLiteral("network/proxy")).toObject();
        QCOMPARE(proxy.value(QStringLiteral("value")).toString(),
                 QStringLiteral("http://proxy.example:3128"));
        QCOMPARE(proxy.value(QStringLiteral("locked")).toBool(), false);

        const QJsonObject state = summary.value(QStringLiteral("state")).toObject();
        QVERIFY(!state.value(QStringLiteral("connection")).toString().isEmpty());
        const QJsonObject outbox = state.value(QStringLiteral("outbox")).toObject();
        // The notice, and behind it the French hotline audio (HotlineAudioQueue).
        const QJsonObject queuedOnly{{QStringLiteral("queued"), 2}};
        QCOMPARE(outbox.value(QStringLiteral("counts")).toObject(), queuedOnly);
        const QJsonArray pending = outbox.value(QStringLiteral("pending")).toArray();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.first()[QStringLiteral("id")].toString(), operation);
        QCOMPARE(pending.first()[QStringLiteral("state")].toString(), QStringLiteral("queued"));
        QCOMPARE(pending.first()[QStringLiteral("kind")].toString(), QStringLiteral("create"));
        QCOMPARE(pending.last()[QStringLiteral("kind")].toString(),
                 QStringLiteral("hotline_audio"));

        QFile log(unpacked + QLatin1String("/log.txt"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString lines = QString::fromUtf8(log.readAll());
        QVERIFY2(lines.contains(QLatin1String("allo.outbox: marker line 42")), qPrintable(lines));
        QVERIFY2(lines.contains(QLatin1String("refresh_token=***")), qPrintable(lines));

        // No secret anywhere in the archive, whatever file it might have gone to.
        QFile raw(archive);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        for (const QString &secret : {kProxyPassword, kRefreshToken, kBearer, kPassword})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    }

    void folderThatCannotBeCreated_isNamed_andExitsTwo()
    {
        const QString file = path(QStringLiteral("a-file"));
        write(file, "not a folder");
        const Run r = cli({QStringLiteral("diagnostics"), file + QLatin1String("/sub"),
                           QStringLiteral("--lang=en"), QStringLiteral("--profile"),
                           path(QStringLiteral("profile"))});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(file + QLatin1String("/sub")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsCommand)
#include "tst_diagnosticscommand.moc"

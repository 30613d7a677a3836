#include "IntegrityCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

IntegrityCheck::IntegrityCheck(QObject *parent)
    : QObject(parent)
{}

IntegrityCheck::~IntegrityCheck()
{
    wait();
}

IntegrityCheck::Result IntegrityCheck::run(const QString &path)
{
    Result result;
    const QString name =
        QStringLiteral("allo-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("PRAGMA quick_check"))) {
            const QSqlError error = db.isOpen() ? q.lastError() : db.lastError();
            // SQLITE_CORRUPT and SQLITE_NOTADB: the file itself is bad.
            const int code = error.nativeErrorCode().toInt() & 0xff;
            result = {false, code == 11 || code == 26, error.text()};
        } else {
            QStringList problems;
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QLatin1String("ok"))
                    problems.append(line);
            }
            if (!problems.isEmpty())
                result = {false, true, problems.mid(0, 5).join(QLatin1String("; "))};
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

IntegrityCheck::Result IntegrityCheck::checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    const auto damaged = [&](const char *why) {
        return Result{false, true, QCoreApplication::translate("IntegrityCheck", why)};
    };
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return damaged(QT_TRANSLATE_NOOP("IntegrityCheck", "the file is not an SQLite database"));
    const quint16 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 pages = qFromBigEndian<quint32>(header.constData() + 28);
    // With a write-ahead log present the file may lag behind its header until the log is
    // applied, so the size is only compared when there is no log.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (pageSize < 512 || file.size() % pageSize != 0 ||
        ((!wal.exists() || wal.size() == 0) && pages > 0 && file.size() < pages * pageSize))
        return damaged(QT_TRANSLATE_NOOP("IntegrityCheck", "the file is shorter than its header "
                                                           "says: it was truncated"));
    return {};
}

QString IntegrityCheck::setAside(const QString &path, const QDateTime &now, QString *error)
{
    const QFileInfo info(path);
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString target = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                           QStringLiteral(".damaged-") + stamp + QLatin1Char('.') + info.suffix();
    if (!QFile::rename(path, target)) {
        if (error)
            *error = QCoreApplication::translate("IntegrityCheck",
                                                 "The damaged database %1 could not be renamed "
                                                 "to %2. Move it away yourself, then start again.")
                         .arg(path, target);
        return {};
    }
    // The log holds the newest commits: it stays with its file, for whoever tries a repair.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

void IntegrityCheck::start(const QString &path)
{
    wait();
    m_thread.reset(QThread::create([this, path] {
        const Result result = run(path);
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result.damaged, result.detail); },
            Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

bool IntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void IntegrityCheck::wait()
{
    if (m_thread)
        m_thread->wait();
}

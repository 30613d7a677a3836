#include "UserDirectory.h"

#include "TerritoryCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

UserDirectory UserDirectory::builtIn()
{
    QFile file(QStringLiteral(":/sandbox/training-users.json"));
    UserDirectory directory;
    if (!file.open(QIODevice::ReadOnly) || !directory.load(file.readAll()).isEmpty())
        qFatal("The built-in training users do not load");
    return directory;
}

QString UserDirectory::load(const QByteArray &json)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("UserDirectory", text);
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return tr("The users file is not a JSON object: %1.").arg(error.errorString());
    m_users.clear();
    m_sites.clear();
    const QStringList roles = {QStringLiteral("issuer"), QStringLiteral("coordinator"),
                               QStringLiteral("admin")};
    for (const QJsonValue &v : doc.object().value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        User u;
        u.username = o.value(QStringLiteral("username")).toString();
        u.password = o.value(QStringLiteral("password")).toString();
        u.passwordHash = o.value(QStringLiteral("password_hash")).toString();
        u.name = o.value(QStringLiteral("name")).toString();
        u.role = o.value(QStringLiteral("role")).toString();
        u.company = o.value(QStringLiteral("company")).toString();
        for (const QJsonValue &t : o.value(QStringLiteral("territories")).toArray())
            u.territories.append(t.toString());
        if (u.username.isEmpty() || (u.password.isEmpty() && u.passwordHash.isEmpty()))
            return tr("Every user needs a username and a password (or password_hash).");
        if (!roles.contains(u.role))
            return tr("User %1: the role must be issuer, coordinator or admin.").arg(u.username);
        if (u.role == QLatin1String("issuer") && u.company.isEmpty())
            return tr("User %1: an issuer needs a company.").arg(u.username);
        for (const QString &t : u.territories) {
            if (!TerritoryCatalog::builtIn().contains(t))
                return tr("User %1: unknown territory %2.").arg(u.username, t);
        }
        m_users.append(u);
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("sites")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString().isEmpty() ||
            o.value(QStringLiteral("company")).toString().isEmpty() ||
            !TerritoryCatalog::builtIn().contains(o.value(QStringLiteral("territory")).toString()))
            return tr("Every site needs an id, a company and a known territory.");
        m_sites.append(o);
    }
    if (m_users.isEmpty())
        return tr("The users file has no users.");
    return {};
}

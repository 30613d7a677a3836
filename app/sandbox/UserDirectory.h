#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The accounts and sites the sandbox serves: from a users file (--users) or the built-in
// training set (training-users.json beside this file; docs/api/README.md lists it).
class UserDirectory
{
public:
    struct User
    {
        QString username;
        QString password;     // clear text from the file: hashed before it is stored
        QString passwordHash; // or already hashed (PasswordHash::encoded())
        QString name;
        QString role; // issuer, coordinator or admin
        QString company;
        QStringList territories;
    };

    static UserDirectory builtIn();
    // Returns an error sentence, or "" when json holds a valid directory.
    QString load(const QByteArray &json);

    const QList<User> &users() const { return m_users; }
    // Each site as {id, company, territory, name, commune[, lat, lon]}.
    const QList<QJsonObject> &sites() const { return m_sites; }

private:
    QList<User> m_users;
    QList<QJsonObject> m_sites;
};

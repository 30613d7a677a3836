#pragma once

#include <QByteArray>
#include <QString>

// Which operation of docs/api/openapi.yaml a method and path name, with the path's parameters.
struct ApiRoute
{
    enum class Operation
    {
        None, // no such route: 404
        Health,
        SignIn,
        Refresh,
        SignOut,
        Me,
        Territories,
        Sites,
        SubmitNotice,
        ListNotices,
        GetNotice,
        ReviseNotice,
        EndNotice,
        CancelNotice,
        ReviewNotice,
        PublicChannel
    };

    Operation operation = Operation::None;
    QString noticeId;  // {id}
    QString territory; // {territory}
    QString channel;   // the public channel: web, hotline, x, mastodon or cap

    static ApiRoute match(const QByteArray &method, const QString &path);
    // The path as openapi.yaml writes it, e.g. "/v1/notices/{id}"; "" for None.
    QString pathTemplate() const;
    // Whether the operation changes something, and so takes an Idempotency-Key.
    bool isMutation() const;
};

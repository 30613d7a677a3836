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
        PutHotlineAudio, // PUT /v1/notices/{id}/revisions/{rev}/hotline-audio
        PublicChannel,
        PublicHotlineAudio // GET /v1/public/notices/{id}/hotline.wav
    };

    Operation operation = Operation::None;
    QString noticeId;  // {id}
    QString territory; // {territory}
    QString channel;   // the public channel: web, hotline, x, mastodon or cap
    int revision = 0;  // {rev}

    static ApiRoute match(const QByteArray &method, const QString &path);
    // The path as openapi.yaml writes it, e.g. "/v1/notices/{id}"; "" for None.
    QString pathTemplate() const;
    // Whether the operation changes something, and so takes an Idempotency-Key.
    bool isMutation() const;
    // The largest body the operation takes: a minute of telephony audio is about 480 KB, every
    // JSON body stays under 64 KiB.
    qsizetype maxBody() const;

    static constexpr qsizetype kMaxJsonBody = qsizetype(64) * 1024;
    static constexpr qsizetype kMaxAudioBody = qsizetype(1024) * 1024;
};

#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

// A post cut down to its channel's limit without losing its meaning (docs/channels.md,
// "Shortened posts"). The opening (the company and the test or exercise mark) and the closing
// (the link) are never dropped. Between them whole sentences are kept by importance: a test or
// exercise mark, what happens (the first other sentence), where, when, the safety advice, then
// the rest in the order written; the kept ones keep their order. A sentence is cut, at a word
// and with "…", only when the most important one cannot fit on its own.
// Whether a post fits is judged on what is published (SocialPost::published: French typography
// on X and Mastodon); the post returned is the plain text, which that typesets again.
class PostShortener
{
public:
    // What a sentence of free text says, recognised by cues (see parts()).
    enum class Part
    {
        Mark = 0x1,
        Where = 0x2,
        When = 0x4,
        Safety = 0x8,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    struct Post
    {
        QString opening; // kept whole, e.g. "Chimie de la Vallée : Test : "
        QString text;    // the sentences, on one line
        QString closing; // kept whole, e.g. " https://…"
    };

    // places: names that say where besides the cues (the site's name, its commune).
    // channel: "x" or "mastodon"; language: the post's, for its typography.
    static QString shorten(const Post &post, const QStringList &places, const QString &channel,
                           const QString &language);
    // The text's sentences, each with its closing punctuation.
    static QStringList sentences(const QString &text);
    // The cues of both languages apply whatever the language: a post in English may fall back
    // to the French text.
    static Parts parts(const QString &sentence, const QStringList &places);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PostShortener::Parts)

#pragma once

#include <QString>

// A text as a telephone voice must say it, for callers who hear it once (the hotline script):
// no markup, emoji or typographic spaces; links with a protocol, web addresses and e-mail
// addresses never read out but replaced by where to find them; phone numbers by groups as
// written (pairs for ten digits in a row), times in words, dd/mm and ISO dates with their
// weekday when the year is known, abbreviations and units spelled out. The tables are in
// docs/channels.md ("Spoken forms").
class SpokenForm
{
public:
    // language: "fr" or "en" (anything else is French). year (0 when unknown) gives "27/03" its
    // weekday. service names the website that links and e-mail addresses are replaced by.
    static QString of(const QString &text, const QString &language, int year = 0,
                      const QString &service = QString());
    // What a link or a web address is replaced by: "le site internet d'Allo Industrie Rouen
    // Métropole" / "the Allo Industrie Rouen Métropole website".
    static QString website(const QString &language, const QString &service);
    // What an e-mail address is replaced by: "l'adresse électronique indiquée sur le site
    // internet d'…" / "the e-mail address given on the … website".
    static QString mailbox(const QString &language, const QString &service);
    // French "de" before a name, elided before a vowel: "d'Allo Industrie", "de Chimie de la
    // Vallée".
    static QString ofName(const QString &name);
};

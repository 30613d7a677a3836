#pragma once

#include "Notice.h"

#include <QString>

// How a notice is named wherever someone decides on it (the end and cancel dialogs, the
// coordinators' decisions and their results, the command line): type, company, site and period,
// so that two notices at one site are told apart.
namespace NoticeName {

// "Torchage — Chimie de la Vallée, Usine (Commune) — le 26 mars de 11 h à 15 h", in the current
// language and the territory's time zone; the notice's identifier when it has no company.
QString of(const Notice &notice);

} // namespace NoticeName

#pragma once

#include "Territory.h"

#include <QCoreApplication>

// When residents see a notice once the platform has it, from the territory's review policy: an
// incident at once (the CCI reviews it afterwards), every other type after a coordinator
// approves it. "Sent" only ever means the platform has it; this says when it is public.
class PublicationMoment
{
    Q_DECLARE_TR_FUNCTIONS(PublicationMoment)

public:
    // update: the notice is public already and this is a new revision of it.
    static QString sentence(const QString &type, const Territory &territory, bool update);
};

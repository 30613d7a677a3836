#include "ClientLog.h"

Q_LOGGING_CATEGORY(lcConnection, "allo.connection")
Q_LOGGING_CATEGORY(lcSession, "allo.session")
Q_LOGGING_CATEGORY(lcOutbox, "allo.outbox")

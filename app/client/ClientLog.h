#pragma once

#include <QLoggingCategory>

// The client's logging categories: what allo.log needs to explain an incident afterwards
// (connection changes, refused certificates, sign-in refreshes, retries). LogFile masks secrets.
Q_DECLARE_LOGGING_CATEGORY(lcConnection) // allo.connection: state, probes, TLS refusals
Q_DECLARE_LOGGING_CATEGORY(lcSession)    // allo.session: 401s, refreshes, sign-in needed
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)     // allo.outbox: sends, retries and their delay

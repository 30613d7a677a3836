#pragma once

class Database;

// Forward-only schema steps. Version N is reached by running every step after the file's
// version, all in one transaction; a file newer than this program is refused, never changed.
class Migrations
{
public:
    static int latest();
    static bool apply(Database &db);
};

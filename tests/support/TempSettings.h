#pragma once

#include "Settings.h"

#include <QTemporaryDir>

// Settings over a user file and a machine file in a temporary folder of their own, so a test
// never reads or changes the settings of whoever runs it. The folder goes with the object.
class TempSettings
{
public:
    TempSettings();

    // False when the folder could not be made: QVERIFY it before using the settings.
    bool isValid() const { return m_dir.isValid(); }
    Settings &settings() { return m_settings; }
    // A path in the same folder, for what a test keeps beside its settings (a profile).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir; // before m_settings: made first, removed after the settings are written
    Settings m_settings;
};

#include "TempSettings.h"

TempSettings::TempSettings()
    : m_settings(m_dir.filePath(QStringLiteral("user.conf")),
                 m_dir.filePath(QStringLiteral("machine.conf")))
{}

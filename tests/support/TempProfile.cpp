#include "TempProfile.h"

TempProfile::TempProfile(const Clock &clock)
    : m_clock(clock)
    , m_store(Profile(m_dir.filePath(QStringLiteral("profile"))), m_clock)
{
    m_open = m_dir.isValid() && m_store.open();
}

#pragma once

#include "Clock.h"
#include "Store.h"

#include <QTemporaryDir>

// A fresh profile in a temporary folder of its own, opened: what a test hands the console's
// window (which requires its store) when it checks something else. The folder goes with it.
class TempProfile
{
public:
    explicit TempProfile(const Clock &clock);

    // False when the folder could not be made or the store not opened: QVERIFY2 it with
    // errorString() before using the store.
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_store.errorString(); }
    Store &store() { return m_store; }

private:
    QTemporaryDir m_dir; // before m_store: made first, removed after the store is closed
    Clock m_clock;       // the store refers to it
    Store m_store;
    bool m_open = false;
};

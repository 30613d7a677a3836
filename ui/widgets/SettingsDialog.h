#pragma once

#include "Settings.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;

// The user's settings. Keys an administrator has set machine-wide are shown with their value,
// read-only, and say so.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *addField(QFormLayout *form, Settings::Key key, const QString &label);

    Settings &m_settings;
    QLabel *m_problem = nullptr;
    QHash<Settings::Key, QWidget *> m_fields;
};

#include "SettingsDialog.h"

#include "PlatformAddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace {

QString objectNameFor(Settings::Key key)
{
    return QLatin1String("setting_") +
           Settings::name(key).replace(QLatin1Char('/'), QLatin1Char('_'));
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout;
    addField(form, Settings::Key::PlatformUrl, tr("Platform &address"));
    addField(form, Settings::Key::PlatformCaFile, tr("Extra &CA certificate file"));
    addField(form, Settings::Key::PlatformPin, tr("Certificate &pin (SPKI SHA-256)"));
    addField(form, Settings::Key::ProxyUrl, tr("Pro&xy (empty: the system's)"));
    addField(form, Settings::Key::Language, tr("&Language"));
    addField(form, Settings::Key::ReminderHours,
             tr("Re&mind me of open-ended notices every (hours)"));
    addField(form, Settings::Key::LargerText, tr("Larger &text"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    form->addRow(buttons);
    setLayout(form);
}

QWidget *SettingsDialog::addField(QFormLayout *form, Settings::Key key, const QString &label)
{
    const QVariant value = m_settings.value(key);
    QWidget *field = nullptr;
    switch (key) {
    case Settings::Key::Language: {
        auto *box = new QComboBox(this);
        box->addItem(tr("As the system"), QString());
        box->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
        box->addItem(QStringLiteral("English"), QStringLiteral("en"));
        box->setCurrentIndex(qMax(0, box->findData(value.toString())));
        field = box;
        break;
    }
    case Settings::Key::ReminderHours: {
        auto *spin = new QSpinBox(this);
        spin->setRange(1, 48);
        spin->setValue(value.toInt());
        field = spin;
        break;
    }
    case Settings::Key::LargerText: {
        auto *check = new QCheckBox(this);
        check->setChecked(value.toBool());
        field = check;
        break;
    }
    default: {
        auto *edit = new QLineEdit(value.toString(), this);
        edit->setClearButtonEnabled(true);
        field = edit;
        break;
    }
    }
    field->setObjectName(objectNameFor(key));
    // The label's Alt+letter is not part of the name a screen reader says.
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    if (m_settings.isLocked(key)) {
        field->setEnabled(false);
        field->setToolTip(tr("Set by your administrator for this computer."));
        form->addRow(tr("%1 (locked)").arg(label), field);
    } else {
        form->addRow(label, field);
    }
    m_fields.insert(key, field);
    return field;
}

void SettingsDialog::accept()
{
    const auto *url = qobject_cast<QLineEdit *>(m_fields.value(Settings::Key::PlatformUrl));
    // The rules the connection applies (https, no user name or password), checked before saving.
    if (url && url->isEnabled() && !url->text().trimmed().isEmpty()) {
        const PlatformAddress address(url->text());
        if (!address.isValid()) {
            m_problem->setText(address.error());
            m_problem->show();
            return;
        }
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (m_settings.isLocked(it.key()))
            continue;
        QVariant value;
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            value = edit->text().trimmed();
        else if (auto *box = qobject_cast<QComboBox *>(it.value()))
            value = box->currentData();
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            value = spin->value();
        else if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            value = check->isChecked();
        m_settings.setValue(it.key(), value);
    }
    QDialog::accept();
}

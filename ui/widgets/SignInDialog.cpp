#include "SignInDialog.h"

#include "PlatformConnection.h"
#include "Session.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

SignInDialog::SignInDialog(Settings &settings, PlatformConnection &connection, Session &session,
                           QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_connection(connection)
    , m_session(session)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the platform"));
    auto *form = new QFormLayout;

    m_url = new QLineEdit(settings.value(Settings::Key::PlatformUrl).toString(), this);
    m_url->setObjectName(QStringLiteral("signInUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://plateforme.allo-industrie.com"));
    m_url->setAccessibleName(tr("Platform address"));
    m_caFile = new QLineEdit(settings.value(Settings::Key::PlatformCaFile).toString(), this);
    m_caFile->setObjectName(QStringLiteral("signInCaFile"));
    m_caFile->setPlaceholderText(tr("None: the system's certificates"));
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    m_browse = new QToolButton(this);
    m_browse->setObjectName(QStringLiteral("signInBrowseCa"));
    m_browse->setText(tr("Choose…"));
    m_browse->setAccessibleName(tr("Choose the CA certificate file"));
    connect(m_browse, &QToolButton::clicked, this, &SignInDialog::pickCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    m_user = new QLineEdit(settings.value(Settings::Key::PlatformUser).toString(), this);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));

    // What the administrator set for this computer is shown, not editable.
    QStringList locked;
    const auto lock = [&](Settings::Key key, QLineEdit *edit, const QString &label) {
        if (!settings.isLocked(key))
            return;
        edit->setReadOnly(true);
        edit->setToolTip(tr("Set by your administrator for this computer."));
        locked.append(label);
    };
    lock(Settings::Key::PlatformUrl, m_url, tr("the platform address"));
    lock(Settings::Key::PlatformCaFile, m_caFile, tr("the CA file"));
    lock(Settings::Key::PlatformUser, m_user, tr("the user name"));
    m_browse->setEnabled(!settings.isLocked(Settings::Key::PlatformCaFile));

    auto *urlLabel = new QLabel(tr("Platform &address:"), this);
    urlLabel->setBuddy(m_url);
    auto *caLabel = new QLabel(tr("Extra &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(urlLabel, m_url);
    form->addRow(caLabel, caRow);
    form->addRow(userLabel, m_user);
    form->addRow(passwordLabel, m_password);
    if (!locked.isEmpty()) {
        auto *note = new QLabel(tr("Set by your administrator and not editable here: %1.")
                                    .arg(locked.join(QLatin1String(", "))),
                                this);
        note->setObjectName(QStringLiteral("signInLockedNote"));
        note->setWordWrap(true);
        form->addRow(note);
    }
    auto *never = new QLabel(tr("The password is never stored; the console keeps the sign-in "
                                "in your system's keychain."),
                             this);
    never->setWordWrap(true);
    never->setStyleSheet(QStringLiteral("color:palette(placeholder-text)"));
    form->addRow(never);

    m_progress = new QLabel(tr("Signing in…"), this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->hide();
    form->addRow(m_progress);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color:#b00020"));
    m_problem->hide();
    form->addRow(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    connect(&m_session, &Session::finished, this, &SignInDialog::finished);

    // Straight to the first field still to fill.
    for (QLineEdit *edit : {m_url, m_user, m_password}) {
        if (edit->text().isEmpty() && !edit->isReadOnly()) {
            edit->setFocus();
            break;
        }
    }
    setMinimumWidth(520);
}

SignInDialog::~SignInDialog()
{
    m_password->clear();
}

QString SignInDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SignInDialog::signIn()
{
    if (m_busy)
        return;
    const QString url = m_url->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (url.isEmpty()) {
        showProblem(tr("Enter the platform's address, for example "
                       "https://plateforme.allo-industrie.com."));
        m_url->setFocus();
        return;
    }
    if (user.isEmpty() || m_password->text().isEmpty()) {
        showProblem(tr("Enter your user name and your password."));
        (user.isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    const QString configured = m_connection.configure(
        url, m_caFile->text().trimmed(), m_settings.value(Settings::Key::PlatformPin).toString());
    if (!configured.isEmpty()) {
        showProblem(configured);
        return;
    }
    m_problem->hide();
    setBusy(true);
    m_session.signIn(user, m_password->text());
}

void SignInDialog::finished(bool ok, const QString &error)
{
    // The session also finishes restores and sign-outs that are none of this dialog's business.
    if (!m_busy)
        return;
    setBusy(false);
    if (!ok) {
        showProblem(error);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_settings.setValue(Settings::Key::PlatformUrl, m_url->text().trimmed());
    m_settings.setValue(Settings::Key::PlatformCaFile, m_caFile->text().trimmed());
    m_settings.setValue(Settings::Key::PlatformUser, m_user->text().trimmed());
    m_password->clear();
    accept();
}

void SignInDialog::reject()
{
    m_password->clear();
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_url, m_caFile, m_browse, m_user, m_password, m_signIn})
        w->setEnabled(!busy);
    if (!busy)
        m_browse->setEnabled(!m_settings.isLocked(Settings::Key::PlatformCaFile));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SignInDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setAccessibleName(text);
    m_problem->show();
    // Grow to show the whole sentence, at the width the user has.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    resize(width(), qMax(height(), needed));
}

void SignInDialog::pickCaFile()
{
    const QString start =
        m_caFile->text().isEmpty() ? QString() : QFileInfo(m_caFile->text()).absolutePath();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The platform's CA certificate"), start,
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

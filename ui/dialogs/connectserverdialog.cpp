#include "connectserverdialog.h"

#include "db/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_sslMode(new QComboBox(this)),
      m_remember(new QCheckBox(tr("&Remember password in the system keychain"), this)),
      m_testButton(new QPushButton(tr("&Test"), this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(QStringLiteral("connectServerDialog"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));

    m_host->setPlaceholderText(tr("db.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setText(QStringLiteral("linedesk"));
    m_user->setText(qEnvironmentVariable("USER"));
    m_password->setEchoMode(QLineEdit::Password);
    const QList<QPair<QString, QString>> modes{
        {QStringLiteral("disable"), tr("Disable: never encrypt")},
        {QStringLiteral("allow"), tr("Allow: encrypt if the server insists")},
        {QStringLiteral("prefer"), tr("Prefer: encrypt when possible (default)")},
        {QStringLiteral("require"), tr("Require: always encrypt")},
        {QStringLiteral("verify-ca"), tr("Verify CA: encrypt, check the certificate authority")},
        {QStringLiteral("verify-full"), tr("Verify full: encrypt, check the certificate and host name")}};
    for (const auto &mode : modes)
        m_sslMode->addItem(mode.second, mode.first);
    m_sslMode->setCurrentIndex(m_sslMode->findData(QStringLiteral("prefer")));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(m_remember);
    auto *note = new QLabel(tr("Unless you tick “Remember password”, the password is used for this session only. "
                               "LineDesk never writes it to its settings or to a file."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    form->addRow(m_status);
    m_buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectServerDialog::testConnection);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::updateButtons);
    updateButtons();
}

void ConnectServerDialog::setLocation(const DatabaseLocation &location)
{
    m_host->setText(location.host());
    m_port->setValue(location.port());
    m_database->setText(location.databaseName());
    m_user->setText(location.user());
    m_password->setText(location.password());
    const int ssl = m_sslMode->findData(location.sslMode());
    if (ssl >= 0)
        m_sslMode->setCurrentIndex(ssl);
}

DatabaseLocation ConnectServerDialog::location() const
{
    DatabaseLocation location = DatabaseLocation::postgres(m_host->text().trimmed(), m_port->value(),
                                                           m_database->text().trimmed(), m_user->text().trimmed(),
                                                           m_sslMode->currentData().toString());
    location.setPassword(m_password->text());
    return location;
}

bool ConnectServerDialog::testConnection()
{
    m_status->setText(tr("Connecting…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Database probe;
    const auto opened = probe.openOnly(location());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QString reason = opened.errorMessage().toHtmlEscaped();
        reason.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        m_status->setText(tr("<b>Connection failed.</b> %1").arg(reason));
        return false;
    }
    const QString schema = probe.schemaVersion() == 0 ? tr("an empty database: LineDesk will create its tables")
                                                      : tr("LineDesk schema version %1").arg(probe.schemaVersion());
    m_status->setText(tr("<b>Connected</b> to %1: %2.").arg(probe.serverVersion().toHtmlEscaped(), schema));
    return true;
}

bool ConnectServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectServerDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ConnectServerDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_testButton->setEnabled(complete);
}

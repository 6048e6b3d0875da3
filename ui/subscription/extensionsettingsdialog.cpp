#include "extensionsettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ExtensionSettingsDialog::ExtensionSettingsDialog(SubscriptionService::Extension extension, SubscriptionService *service, QWidget *parent)
    : QDialog(parent), m_extension(std::move(extension)), m_service(service), m_privateNumber(new QLineEdit(this)),
      m_auth(new QComboBox(this)), m_first(new QComboBox(this)), m_screening(new QCheckBox(tr("Announce who is calling before I take the call"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("extensionSettingsDialog"));
    setWindowTitle(tr("Private phone number settings, extension %1").arg(m_extension.extension));
    m_privateNumber->setObjectName(QStringLiteral("privateNumberEdit"));
    m_privateNumber->setPlaceholderText(tr("+1 917 555 0123"));
    m_privateNumber->setText(m_extension.privateNumber);
    m_auth->setObjectName(QStringLiteral("authMethodCombo"));
    m_auth->addItem(tr("PIN code"), QStringLiteral("pin"));
    m_auth->addItem(tr("Recognise my caller ID"), QStringLiteral("caller-id"));
    m_auth->addItem(tr("No authentication"), QStringLiteral("none"));
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(m_extension.authMethod)));
    m_first->setObjectName(QStringLiteral("firstActionCombo"));
    m_first->addItem(tr("Ring my phones"), QStringLiteral("ring"));
    m_first->addItem(tr("Go to voicemail"), QStringLiteral("voicemail"));
    m_first->addItem(tr("Forward the call"), QStringLiteral("forward"));
    m_first->setCurrentIndex(std::max(0, m_first->findData(m_extension.firstAction)));
    m_screening->setObjectName(QStringLiteral("callScreeningCheck"));
    m_screening->setChecked(m_extension.callScreening);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Private number:"), m_privateNumber);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("&What to do first:"), m_first);
    form->addRow(QString(), m_screening);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExtensionSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void ExtensionSettingsDialog::accept()
{
    SubscriptionService::Extension changed = m_extension;
    changed.privateNumber = m_privateNumber->text();
    changed.authMethod = m_auth->currentData().toString();
    changed.firstAction = m_first->currentData().toString();
    changed.callScreening = m_screening->isChecked();
    auto saved = m_service->saveExtensionSettings(changed);
    if (!saved) {
        m_error->setText(saved.errorMessage());
        return;
    }
    QDialog::accept();
}

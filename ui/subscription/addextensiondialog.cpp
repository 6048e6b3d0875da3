#include "addextensiondialog.h"

#include "core/localization.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

AddExtensionDialog::AddExtensionDialog(const Catalogue &catalogue, QWidget *parent)
    : QDialog(parent), m_extension(new QLineEdit(this)), m_name(new QLineEdit(this)), m_device(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addExtensionDialog"));
    setWindowTitle(tr("Add an Extension"));
    m_extension->setObjectName(QStringLiteral("newExtensionEdit"));
    m_extension->setPlaceholderText(tr("101"));
    m_extension->setMaxLength(6);
    m_extension->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_extension));
    m_name->setObjectName(QStringLiteral("newExtensionName"));
    m_name->setPlaceholderText(tr("Reception"));
    m_name->setMaxLength(100);
    m_device->setObjectName(QStringLiteral("newExtensionDevice"));
    m_device->addItem(tr("No device yet"), QString());
    const QLocale locale = Localization::locale();
    for (const Catalogue::Option &device : catalogue.options(QStringLiteral("device")))
        m_device->addItem(tr("%1 (%2 a month, as a service option)").arg(device.name, device.monthly.format(locale)), device.code);
    m_error->setObjectName(QStringLiteral("newExtensionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("E&xtension:"), m_extension);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Device:"), m_device);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("addExtensionOk"));
    m_ok->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_extension, &QLineEdit::textChanged, this, &AddExtensionDialog::updateOk);
    form->addRow(buttons);
    updateOk();
}

QString AddExtensionDialog::extension() const
{
    return m_extension->text().trimmed();
}

QString AddExtensionDialog::name() const
{
    return m_name->text().trimmed();
}

QString AddExtensionDialog::deviceCode() const
{
    return m_device->currentData().toString();
}

void AddExtensionDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void AddExtensionDialog::updateOk()
{
    m_ok->setEnabled(m_extension->text().size() >= 2);
}

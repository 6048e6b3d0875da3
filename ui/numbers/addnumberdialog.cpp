#include "addnumberdialog.h"

#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

AddNumberDialog::AddNumberDialog(const QString &currency, const QDate &today, QWidget *parent)
    : QDialog(parent), m_currency(currency), m_numberEdit(new QLineEdit(this)), m_statusLabel(new QLabel(this)),
      m_typeCombo(new QComboBox(this)), m_planCombo(new QComboBox(this)), m_feeEdit(new QLineEdit(this)),
      m_orderedEdit(new QDateEdit(today, this)), m_noteEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("addNumberDialog"));
    setWindowTitle(tr("Add a Number"));
    m_numberEdit->setObjectName(QStringLiteral("newNumberEdit"));
    m_numberEdit->setPlaceholderText(tr("+1 514 555 0123"));
    m_statusLabel->setObjectName(QStringLiteral("newNumberStatus"));
    m_statusLabel->setWordWrap(true);
    m_typeCombo->setObjectName(QStringLiteral("newNumberType"));
    m_typeCombo->addItem(tr("Automatic (from the number)"), QString());
    m_typeCombo->addItem(tr("Local"), QStringLiteral("local"));
    m_typeCombo->addItem(tr("Toll-free"), QStringLiteral("toll-free"));
    m_typeCombo->addItem(tr("International"), QStringLiteral("international"));
    m_planCombo->setObjectName(QStringLiteral("newNumberPlan"));
    m_planCombo->addItem(tr("Flat"), QStringLiteral("flat"));
    m_planCombo->addItem(tr("Per-minute"), QStringLiteral("per-minute"));
    m_feeEdit->setObjectName(QStringLiteral("newNumberFee"));
    m_feeEdit->setText(QStringLiteral("0.00"));
    m_orderedEdit->setObjectName(QStringLiteral("newNumberOrdered"));
    m_orderedEdit->setCalendarPopup(true);
    m_noteEdit->setObjectName(QStringLiteral("newNumberNote"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Number:"), m_numberEdit);
    form->addRow(QString(), m_statusLabel);
    form->addRow(tr("&Type:"), m_typeCombo);
    form->addRow(tr("&Plan:"), m_planCombo);
    form->addRow(tr("Monthly &fee (%1):").arg(currency), m_feeEdit);
    form->addRow(tr("&Ordered on:"), m_orderedEdit);
    form->addRow(tr("N&ote:"), m_noteEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("addNumberButtons"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("addNumberOk"));
    m_okButton->setText(tr("Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_numberEdit, &QLineEdit::textChanged, this, &AddNumberDialog::validate);
    connect(m_feeEdit, &QLineEdit::textChanged, this, &AddNumberDialog::validate);
    validate();
}

void AddNumberDialog::validate()
{
    QString problem;
    if (!m_numberEdit->text().trimmed().isEmpty()) {
        auto parsed = PhoneNumber::parse(m_numberEdit->text());
        if (!parsed)
            problem = parsed.errorMessage();
        else
            m_statusLabel->setText(tr("%1 (%2)").arg(parsed->international(), parsed->regionCode()));
    }
    if (problem.isEmpty() && !Money::parseLocalized(m_feeEdit->text(), m_currency, Localization::locale()))
        problem = tr("The monthly fee must be an amount like 4.95");
    if (!problem.isEmpty())
        m_statusLabel->setText(problem);
    else if (m_numberEdit->text().trimmed().isEmpty())
        m_statusLabel->setText(tr("Write the number in international form, with its country code."));
    m_okButton->setEnabled(problem.isEmpty() && !m_numberEdit->text().trimmed().isEmpty());
}

void AddNumberDialog::showError(const QString &message)
{
    m_statusLabel->setText(message);
}

std::optional<NumberRepository::NewNumber> AddNumberDialog::request() const
{
    auto fee = Money::parseLocalized(m_feeEdit->text(), m_currency, Localization::locale());
    if (!fee)
        return std::nullopt;
    NumberRepository::NewNumber request;
    request.number = m_numberEdit->text();
    request.type = m_typeCombo->currentData().toString();
    request.plan = m_planCombo->currentData().toString();
    request.monthlyFeeMinor = fee->minor();
    request.orderedOn = m_orderedEdit->date();
    request.note = m_noteEdit->text();
    return request;
}

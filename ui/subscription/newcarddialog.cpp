#include "newcarddialog.h"

#include "finances/paymentmethods.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

NewCardDialog::NewCardDialog(PaymentGateway *gateway, const QDate &today, QWidget *parent)
    : QDialog(parent), m_gateway(gateway), m_brand(new QComboBox(this)), m_last4(new QLineEdit(this)), m_month(new QSpinBox(this)),
      m_year(new QSpinBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newCardDialog"));
    setWindowTitle(tr("Pay with a new card"));
    m_brand->setObjectName(QStringLiteral("cardBrandCombo"));
    m_brand->addItems(PaymentMethods::brands());
    m_last4->setObjectName(QStringLiteral("cardLast4Edit"));
    m_last4->setMaxLength(4);
    m_last4->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_last4));
    m_month->setObjectName(QStringLiteral("cardMonthSpin"));
    m_month->setRange(1, 12);
    m_month->setValue(today.month());
    m_year->setObjectName(QStringLiteral("cardYearSpin"));
    m_year->setRange(today.year(), today.year() + 20);
    m_year->setValue(today.year() + 2);
    m_error->setObjectName(QStringLiteral("cardErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    auto *form = new QFormLayout(this);
    auto *note = new QLabel(tr("The card is registered with the payment provider, which returns a token for it. LineDesk keeps "
                               "only the token, the brand, the last four digits and the expiry: never a card number or a "
                               "security code."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&Brand:"), m_brand);
    form->addRow(tr("&Last four digits:"), m_last4);
    form->addRow(tr("Expiry &month:"), m_month);
    form->addRow(tr("Expiry &year:"), m_year);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newCardOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register Card"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void NewCardDialog::accept()
{
    if (m_last4->text().size() != 4) {
        m_error->setText(tr("Enter the card's last four digits."));
        return;
    }
    if (!m_gateway) {
        m_error->setText(tr("No payment provider is available."));
        return;
    }
    auto token = m_gateway->registerCard(m_brand->currentText(), m_last4->text(), m_month->value(), m_year->value());
    if (!token) {
        m_error->setText(tr("The payment provider refused the card: %1").arg(token.errorMessage()));
        return;
    }
    m_payment = {};
    m_payment.method = SubscriptionService::Payment::Method::NewCard;
    m_payment.token = token->token;
    m_payment.brand = token->brand;
    m_payment.last4 = token->last4;
    m_payment.expMonth = token->expMonth;
    m_payment.expYear = token->expYear;
    QDialog::accept();
}

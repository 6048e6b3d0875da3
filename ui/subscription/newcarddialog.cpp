#include "newcarddialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

NewCardDialog::NewCardDialog(QWidget *parent)
    : QDialog(parent), m_token(new QLineEdit(this)), m_brand(new QLineEdit(this)), m_last4(new QLineEdit(this)),
      m_month(new QSpinBox(this)), m_year(new QSpinBox(this))
{
    setObjectName(QStringLiteral("newCardDialog"));
    setWindowTitle(tr("Pay with a new card"));
    m_token->setObjectName(QStringLiteral("cardTokenEdit"));
    m_token->setPlaceholderText(tr("pm_… from the payment page"));
    m_brand->setObjectName(QStringLiteral("cardBrandEdit"));
    m_last4->setObjectName(QStringLiteral("cardLast4Edit"));
    m_last4->setMaxLength(4);
    m_last4->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_last4));
    m_month->setObjectName(QStringLiteral("cardMonthSpin"));
    m_month->setRange(1, 12);
    m_year->setObjectName(QStringLiteral("cardYearSpin"));
    m_year->setRange(2000, 2200);
    m_year->setValue(QDate::currentDate().year() + 2);
    auto *form = new QFormLayout(this);
    auto *note = new QLabel(tr("Enter the card on the payment provider's secure page, then copy the token it gives here. "
                               "LineDesk never stores a card number or a security code."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("&Brand:"), m_brand);
    form->addRow(tr("&Last four digits:"), m_last4);
    form->addRow(tr("Expiry &month:"), m_month);
    form->addRow(tr("Expiry &year:"), m_year);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

SubscriptionService::Payment NewCardDialog::payment() const
{
    SubscriptionService::Payment payment;
    payment.method = SubscriptionService::Payment::Method::NewCard;
    payment.token = m_token->text().trimmed();
    payment.brand = m_brand->text().trimmed();
    payment.last4 = m_last4->text();
    payment.expMonth = m_month->value();
    payment.expYear = m_year->value();
    return payment;
}

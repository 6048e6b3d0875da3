#include "billingoptionsdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

BillingOptionsDialog::BillingOptionsDialog(BillingOptions options, bool canChange, QWidget *parent)
    : QDialog(parent), m_options(std::move(options)), m_invoice(new QRadioButton(tr("Monthly &invoices, payable by the due date"), this)),
      m_card(new QRadioButton(tr("&Credit card: invoiced monthly, paid automatically by card"), this)), m_cards(new QComboBox(this)),
      m_company(new QLineEdit(this)), m_line1(new QLineEdit(this)), m_line2(new QLineEdit(this)), m_city(new QLineEdit(this)),
      m_region(new QLineEdit(this)), m_postalCode(new QLineEdit(this)), m_country(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("billingOptionsDialog"));
    setWindowTitle(tr("Billing Options"));
    m_invoice->setObjectName(QStringLiteral("billingInvoiceRadio"));
    m_card->setObjectName(QStringLiteral("billingCardRadio"));
    m_cards->setObjectName(QStringLiteral("billingCardCombo"));
    auto *layout = new QVBoxLayout(this);

    auto *details = new QGroupBox(tr("Billing details"), this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_invoice);
    detailsLayout->addWidget(m_card);
    auto *cardRow = new QFormLayout;
    cardRow->addRow(tr("Card:"), m_cards);
    detailsLayout->addLayout(cardRow);
    layout->addWidget(details);
    auto *group = new QButtonGroup(this);
    group->addButton(m_invoice);
    group->addButton(m_card);

    auto *address = new QGroupBox(tr("Billing address (every field but the second line is mandatory)"), this);
    auto *form = new QFormLayout(address);
    const QList<std::tuple<QLineEdit *, QString, QString>> fields{
        {m_company, tr("&Company:"), QStringLiteral("billingCompanyEdit")},
        {m_line1, tr("&Address:"), QStringLiteral("billingAddress1Edit")},
        {m_line2, tr("Address line &2:"), QStringLiteral("billingAddress2Edit")},
        {m_city, tr("Cit&y:"), QStringLiteral("billingCityEdit")},
        {m_region, tr("&State or province:"), QStringLiteral("billingRegionEdit")},
        {m_postalCode, tr("&Postal code:"), QStringLiteral("billingPostalCodeEdit")},
        {m_country, tr("Co&untry (two letters):"), QStringLiteral("billingCountryEdit")},
        {m_email, tr("Billing &e-mail:"), QStringLiteral("billingEmailEdit")}};
    for (const auto &[edit, label, name] : fields) {
        edit->setObjectName(name);
        edit->setEnabled(canChange);
        form->addRow(label, edit);
    }
    m_country->setMaxLength(2);
    layout->addWidget(address);

    m_error->setObjectName(QStringLiteral("billingOptionsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(canChange ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (QPushButton *save = buttons->button(QDialogButtonBox::Save))
        save->setObjectName(QStringLiteral("saveBillingOptionsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BillingOptionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto loaded = m_options.load();
    if (loaded)
        m_loaded = loaded.value();
    else
        m_error->setText(loaded.errorMessage());
    if (auto cards = m_options.cards()) {
        for (const BillingOptions::Card &card : cards.value()) {
            m_cards->addItem(tr("%1 ending in %2, expires %3/%4").arg(card.brand, card.last4).arg(card.expMonth, 2, 10, QLatin1Char('0')).arg(card.expYear),
                             card.id);
        }
    }
    if (m_loaded.paymentMethodId > 0)
        m_cards->setCurrentIndex(std::max(0, m_cards->findData(m_loaded.paymentMethodId)));
    (m_loaded.method == QLatin1String("card") ? m_card : m_invoice)->setChecked(true);
    m_company->setText(m_loaded.company);
    m_line1->setText(m_loaded.addressLine1);
    m_line2->setText(m_loaded.addressLine2);
    m_city->setText(m_loaded.city);
    m_region->setText(m_loaded.region);
    m_postalCode->setText(m_loaded.postalCode);
    m_country->setText(m_loaded.country);
    m_email->setText(m_loaded.billingEmail);
    m_invoice->setEnabled(canChange);
    m_card->setEnabled(canChange);
    connect(m_card, &QRadioButton::toggled, this, &BillingOptionsDialog::updateMethod);
    updateMethod();
    m_cards->setEnabled(canChange && m_card->isChecked());
}

void BillingOptionsDialog::updateMethod()
{
    m_cards->setEnabled(m_card->isChecked() && m_invoice->isEnabled());
    if (m_card->isChecked() && m_cards->count() == 0)
        m_error->setText(tr("There is no saved card: add one in Finances → Payment methods first."));
}

BillingOptions::Settings BillingOptionsDialog::settings() const
{
    BillingOptions::Settings settings = m_loaded;
    settings.method = m_card->isChecked() ? QStringLiteral("card") : QStringLiteral("invoice");
    settings.paymentMethodId = m_card->isChecked() ? m_cards->currentData().toLongLong() : 0;
    settings.company = m_company->text();
    settings.addressLine1 = m_line1->text();
    settings.addressLine2 = m_line2->text();
    settings.city = m_city->text();
    settings.region = m_region->text();
    settings.postalCode = m_postalCode->text();
    settings.country = m_country->text().trimmed().toUpper();
    settings.billingEmail = m_email->text();
    return settings;
}

void BillingOptionsDialog::accept()
{
    auto saved = m_options.save(settings());
    if (!saved) {
        m_error->setText(saved.errorMessage());
        return;
    }
    QDialog::accept();
}

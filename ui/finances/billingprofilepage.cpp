#include "billingprofilepage.h"

#include "accounts/accountsession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

struct FieldInfo
{
    const char *key;
    const char *label;
};

constexpr FieldInfo kFields[] = {
    {"company", QT_TRANSLATE_NOOP("BillingProfilePage", "&Company:")},
    {"address_line1", QT_TRANSLATE_NOOP("BillingProfilePage", "&Address:")},
    {"address_line2", QT_TRANSLATE_NOOP("BillingProfilePage", "Address (line 2):")},
    {"city", QT_TRANSLATE_NOOP("BillingProfilePage", "C&ity:")},
    {"region", QT_TRANSLATE_NOOP("BillingProfilePage", "State or &province:")},
    {"postal_code", QT_TRANSLATE_NOOP("BillingProfilePage", "&Postal code:")},
    {"country", QT_TRANSLATE_NOOP("BillingProfilePage", "Co&untry (two letters):")},
    {"currency", QT_TRANSLATE_NOOP("BillingProfilePage", "Cu&rrency:")},
    {"timezone", QT_TRANSLATE_NOOP("BillingProfilePage", "&Time zone:")},
    {"billing_email", QT_TRANSLATE_NOOP("BillingProfilePage", "Billing &e-mail:")},
};

} // namespace

BillingProfilePage::BillingProfilePage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_problems(new QLabel(this)), m_save(new QPushButton(tr("&Save Profile"), this))
{
    setObjectName(QStringLiteral("billingProfilePage"));
    m_problems->setObjectName(QStringLiteral("profileProblems"));
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const FieldInfo &info : kFields) {
        auto *edit = new QLineEdit(this);
        const QString key = QString::fromLatin1(info.key);
        edit->setObjectName(QStringLiteral("profile_") + key);
        m_edits.insert(key, edit);
        form->addRow(tr(info.label), edit);
    }
    m_edits.value(QStringLiteral("billing_email"))->setToolTip(tr("Every payment notification goes to this address."));
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &BillingProfilePage::save);
}

void BillingProfilePage::applyRole(bool canChange)
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setReadOnly(!canChange);
    m_save->setEnabled(canChange);
}

void BillingProfilePage::refresh()
{
    auto loaded = BillingProfile(m_session->connection(), m_session->account(), m_session->role()).load();
    if (!loaded) {
        m_problems->setText(loaded.errorMessage());
        return;
    }
    m_loaded = loaded.value();
    const BillingProfile::Fields &f = m_loaded;
    const QHash<QString, QString> values{{QStringLiteral("company"), f.company},           {QStringLiteral("address_line1"), f.addressLine1},
                                         {QStringLiteral("address_line2"), f.addressLine2}, {QStringLiteral("city"), f.city},
                                         {QStringLiteral("region"), f.region},              {QStringLiteral("postal_code"), f.postalCode},
                                         {QStringLiteral("country"), f.country},            {QStringLiteral("currency"), f.currency},
                                         {QStringLiteral("timezone"), f.timezone},          {QStringLiteral("billing_email"), f.billingEmail}};
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        it.value()->setText(values.value(it.key()));
        it.value()->setStyleSheet(QString());
    }
    m_problems->clear();
}

BillingProfile::Fields BillingProfilePage::fields() const
{
    BillingProfile::Fields f = m_loaded;
    auto text = [this](const char *key) { return m_edits.value(QString::fromLatin1(key))->text().trimmed(); };
    f.company = text("company");
    f.addressLine1 = text("address_line1");
    f.addressLine2 = text("address_line2");
    f.city = text("city");
    f.region = text("region");
    f.postalCode = text("postal_code");
    f.country = text("country").toUpper();
    f.currency = text("currency").toUpper();
    f.timezone = text("timezone");
    f.billingEmail = text("billing_email");
    return f;
}

void BillingProfilePage::save()
{
    const BillingProfile::Fields f = fields();
    const auto problems = BillingProfile::problems(f);
    QStringList messages;
    for (const FieldInfo &info : kFields) {
        const QString key = QString::fromLatin1(info.key);
        const bool bad = problems.contains(key);
        m_edits.value(key)->setStyleSheet(bad ? QStringLiteral("border: 1px solid #b00020;") : QString());
        if (bad)
            messages << problems.value(key);
    }
    if (!messages.isEmpty()) {
        m_problems->setText(messages.join(QLatin1Char('\n')));
        return;
    }
    auto saved = BillingProfile(m_session->connection(), m_session->account(), m_session->role()).save(f);
    if (!saved) {
        m_problems->setText(saved.errorMessage());
        return;
    }
    m_loaded = saved.value();
    m_problems->setText(tr("The billing profile was saved."));
    // The account's time zone or currency may have changed: the session re-reads the account.
    if (f.timezone != m_session->account().timezone || f.currency != m_session->account().currency)
        (void)m_session->setAccount(m_session->account().id);
    changed();
}

#include "billingoptions.h"

#include "db/sql.h"
#include "finances/billingprofile.h"
#include "db/transaction.h"


BillingOptions::BillingOptions(QSqlDatabase db, Account account, AccessRole role)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role)
{
}

Result<BillingOptions::Settings> BillingOptions::load() const
{
    Settings settings;
    auto subscription = Sql::exec(m_db, QStringLiteral("SELECT billing_option, payment_method_id, version FROM subscriptions WHERE account_id = ?"),
                                  {m_account.id});
    if (!subscription)
        return subscription.error();
    if (!subscription.value().next())
        return Error{Error::Kind::NotFound, tr("The account %1 has no subscription yet.").arg(m_account.accountNumber)};
    settings.method = subscription->value(0).toString();
    settings.paymentMethodId = subscription->value(1).toLongLong();
    settings.subscriptionVersion = subscription->value(2).toInt();
    // The address is the Finances tab's Billing Profile: one place reads and writes billing_profiles.
    auto profile = BillingProfile(m_db, m_account, m_role).load();
    if (!profile)
        return profile.error();
    settings.company = profile->company;
    settings.addressLine1 = profile->addressLine1;
    settings.addressLine2 = profile->addressLine2;
    settings.city = profile->city;
    settings.region = profile->region;
    settings.postalCode = profile->postalCode;
    settings.country = profile->version == 0 ? QString() : profile->country;
    settings.billingEmail = profile->billingEmail;
    settings.profileVersion = profile->version;
    return settings;
}

Result<QList<BillingOptions::Card>> BillingOptions::cards() const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT id, brand, last4, exp_month, exp_year FROM payment_methods WHERE account_id = ? "
                                                "ORDER BY is_default DESC, id"),
                           {m_account.id});
    if (!query)
        return query.error();
    QList<Card> result;
    while (query.value().next()) {
        result << Card{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString().trimmed(),
                       query->value(3).toInt(), query->value(4).toInt()};
    }
    return result;
}

Result<BillingProfile::Fields> BillingOptions::profileFields(const Settings &settings) const
{
    auto profile = BillingProfile(m_db, m_account, m_role).load();
    if (!profile)
        return profile.error();
    BillingProfile::Fields fields = profile.value(); // currency and time zone stay as they are
    fields.company = settings.company;
    fields.addressLine1 = settings.addressLine1;
    fields.addressLine2 = settings.addressLine2;
    fields.city = settings.city;
    fields.region = settings.region;
    fields.postalCode = settings.postalCode;
    fields.country = settings.country.trimmed();
    fields.billingEmail = settings.billingEmail;
    fields.version = settings.profileVersion;
    return fields;
}

Result<void> BillingOptions::validate(const Settings &settings) const
{
    if (settings.method != QLatin1String("invoice") && settings.method != QLatin1String("card"))
        return invalidInput(tr("The billing method must be monthly invoices or credit card (got “%1”).").arg(settings.method));
    if (settings.method == QLatin1String("card")) {
        if (settings.paymentMethodId <= 0)
            return invalidInput(tr("Credit card billing needs a card: choose a saved card or add one."));
        auto found = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM payment_methods WHERE id = ? AND account_id = ?"),
                                 {settings.paymentMethodId, m_account.id});
        if (!found)
            return found.error();
        if (found->toLongLong() != 1)
            return invalidInput(tr("The chosen card does not belong to this account."));
    }
    // The subscription page asks for every line of the address (only the second street line is
    // optional); how each field must look is the Billing Profile's rule.
    const QList<QPair<QString, QString>> mandatory{{tr("Company"), settings.company},
                                                   {tr("Address"), settings.addressLine1},
                                                   {tr("City"), settings.city},
                                                   {tr("State or province"), settings.region},
                                                   {tr("Postal code"), settings.postalCode},
                                                   {tr("Country"), settings.country},
                                                   {tr("Billing e-mail"), settings.billingEmail}};
    for (const auto &[label, value] : mandatory) {
        if (value.trimmed().isEmpty())
            return invalidInput(tr("Billing address: “%1” is mandatory.").arg(label));
    }
    auto fields = profileFields(settings);
    if (!fields)
        return fields.error();
    const auto problems = BillingProfile::problems(fields.value());
    for (const char *key : {"company", "address_line1", "city", "region", "postal_code", "country", "billing_email"}) {
        if (problems.contains(QLatin1String(key)))
            return invalidInput(tr("Billing address: %1").arg(problems.value(QLatin1String(key))));
    }
    return {};
}

Result<void> BillingOptions::save(const Settings &settings)
{
    if (!::canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("An employee account cannot change the billing options.")};
    if (auto valid = validate(settings); !valid)
        return valid;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    const QVariant card = settings.method == QLatin1String("card") ? QVariant(settings.paymentMethodId)
                                                                   : QVariant(QMetaType(QMetaType::LongLong));
    auto subscription = Sql::exec(m_db, QStringLiteral("UPDATE subscriptions SET billing_option = ?, payment_method_id = ?, "
                                                       "version = version + 1 WHERE account_id = ? AND version = ?"),
                                  {settings.method, card, m_account.id, settings.subscriptionVersion});
    if (!subscription)
        return subscription.error();
    if (subscription->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict, tr("The billing options were changed by someone else; reload and try again.")};
    auto fields = profileFields(settings);
    if (!fields)
        return fields.error();
    // Both rows or neither: the profile joins this transaction.
    if (auto profile = BillingProfile(m_db, m_account, m_role).save(fields.value(), &transaction); !profile)
        return profile.error();
    return transaction.commit();
}

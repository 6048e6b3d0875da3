#include "billingoptions.h"

#include "db/sql.h"
#include "db/transaction.h"

#include <QRegularExpression>

namespace {

// A trimmed text for a NOT NULL column: an empty field is '', never NULL.
QVariant text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QVariant(QStringLiteral("")) : QVariant(trimmed);
}

} // namespace

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
    auto profile = Sql::exec(m_db, QStringLiteral("SELECT company, address_line1, address_line2, city, region, postal_code, country, "
                                                  "billing_email, version FROM billing_profiles WHERE account_id = ?"),
                             {m_account.id});
    if (!profile)
        return profile.error();
    if (profile.value().next()) {
        QSqlQuery &q = profile.value();
        settings.company = q.value(0).toString();
        settings.addressLine1 = q.value(1).toString();
        settings.addressLine2 = q.value(2).toString();
        settings.city = q.value(3).toString();
        settings.region = q.value(4).toString();
        settings.postalCode = q.value(5).toString();
        settings.country = q.value(6).toString().trimmed();
        settings.billingEmail = q.value(7).toString();
        settings.profileVersion = q.value(8).toInt();
    }
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
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!countryCode.match(settings.country.trimmed()).hasMatch())
        return invalidInput(tr("Billing address: the country must be a two-letter code such as US or CA (got “%1”).").arg(settings.country));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(settings.billingEmail.trimmed()).hasMatch())
        return invalidInput(tr("Billing address: “%1” is not an e-mail address.").arg(settings.billingEmail));
    return {};
}

Result<void> BillingOptions::save(const Settings &settings)
{
    if (!::canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("An employee account cannot change the billing options.")};
    if (auto valid = validate(settings); !valid)
        return valid;
    Transaction transaction(m_db);
    const QVariant card = settings.method == QLatin1String("card") ? QVariant(settings.paymentMethodId)
                                                                   : QVariant(QMetaType(QMetaType::LongLong));
    auto subscription = Sql::exec(m_db, QStringLiteral("UPDATE subscriptions SET billing_option = ?, payment_method_id = ?, "
                                                       "version = version + 1 WHERE account_id = ? AND version = ?"),
                                  {settings.method, card, m_account.id, settings.subscriptionVersion});
    if (!subscription)
        return subscription.error();
    if (subscription->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict, tr("The billing options were changed by someone else; reload and try again.")};
    const QVariantList values{text(settings.company), text(settings.addressLine1), text(settings.addressLine2),
                              text(settings.city),    text(settings.region),       text(settings.postalCode),
                              text(settings.country), text(settings.billingEmail)};
    Result<QSqlQuery> profile = settings.profileVersion == 0
        ? Sql::exec(m_db, QStringLiteral("INSERT INTO billing_profiles (company, address_line1, address_line2, city, region, postal_code, "
                                         "country, billing_email, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    values + QVariantList{m_account.id})
        : Sql::exec(m_db, QStringLiteral("UPDATE billing_profiles SET company = ?, address_line1 = ?, address_line2 = ?, city = ?, "
                                         "region = ?, postal_code = ?, country = ?, billing_email = ?, version = version + 1 "
                                         "WHERE account_id = ? AND version = ?"),
                    values + QVariantList{m_account.id, settings.profileVersion});
    if (!profile)
        return profile.error();
    if (profile->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict, tr("The billing address was changed by someone else; reload and try again.")};
    return transaction.commit();
}

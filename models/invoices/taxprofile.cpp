#include "taxprofile.h"

#include "db/sql.h"
#include "db/transaction.h"

TaxProfile::TaxProfile(QSqlDatabase db, Account account, AccessRole role, const TaxTable &table)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role), m_table(table)
{
}

bool TaxProfile::showsProvincialTaxId(const QString &province, const TaxTable &table)
{
    return table.hasProvincialTaxId(province);
}

bool TaxProfile::showsExemptionForm(const QString &province, const TaxTable &table)
{
    return table.province(province).exemptionForm;
}

QHash<QString, QString> TaxProfile::problems(const Fields &fields, const TaxTable &table)
{
    QHash<QString, QString> found;
    const QString province = fields.province.trimmed().toUpper();
    if (!province.isEmpty() && !table.isProvince(province))
        found.insert(QStringLiteral("province"),
                     tr("Province: “%1” is not a Canadian province or territory code (use %2)").arg(fields.province, table.provinces().join(QStringLiteral(", "))));
    const QString taxId = fields.provincialTaxId.trimmed();
    if (!taxId.isEmpty()) {
        if (!table.hasProvincialTaxId(province)) {
            found.insert(QStringLiteral("provincial_tax_id"),
                         tr("Provincial Tax ID: only accounts in British Columbia, Manitoba or Saskatchewan have one"));
        } else if (!table.isValidTaxId(province, taxId)) {
            found.insert(QStringLiteral("provincial_tax_id"),
                         tr("Provincial Tax ID: “%1” is not a valid %2 tax ID (it looks like %3)")
                             .arg(taxId, table.province(province).name, table.province(province).taxIdExample));
        }
    }
    if (fields.exemptionFormOnFile && !table.province(province).exemptionForm)
        found.insert(QStringLiteral("exemption_form"), tr("Exemption form: only accounts in British Columbia can exempt with a form"));
    return found;
}

CanadianTaxes::Exemption TaxProfile::exemption(const Fields &fields, const TaxTable &table)
{
    return CanadianTaxes(table).exemption(fields.province, fields.provincialTaxId, fields.exemptionFormOnFile);
}

Result<TaxProfile::Fields> TaxProfile::load() const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT province, provincial_tax_id, exemption_form_on_file, version FROM tax_profiles "
                                          "WHERE account_id = ?"),
                           {m_account.id});
    if (!query)
        return query.error();
    Fields fields;
    if (query.value().next()) {
        fields.province = query->value(0).toString().trimmed();
        fields.provincialTaxId = query->value(1).toString();
        fields.exemptionFormOnFile = query->value(2).toInt() != 0;
        fields.version = query->value(3).toInt();
    }
    return fields;
}

Result<TaxProfile::Fields> TaxProfile::save(const Fields &input)
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view the tax profile")};
    Fields fields = input;
    fields.province = fields.province.trimmed().toUpper();
    fields.provincialTaxId = fields.provincialTaxId.trimmed().toUpper();
    // The field disappears with a province that has none: so does its value.
    if (!m_table.hasProvincialTaxId(fields.province))
        fields.provincialTaxId.clear();
    if (!m_table.province(fields.province).exemptionForm)
        fields.exemptionFormOnFile = false;
    const auto found = problems(fields, m_table);
    for (const char *key : {"province", "provincial_tax_id", "exemption_form"}) {
        if (found.contains(QLatin1String(key)))
            return invalidInput(found.value(QLatin1String(key)));
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    const QVariant province = fields.province.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(fields.province);
    const QVariant taxId = fields.provincialTaxId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(fields.provincialTaxId);
    const int form = fields.exemptionFormOnFile ? 1 : 0;
    if (fields.version == 0) {
        auto exists = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM tax_profiles WHERE account_id = ?"), {m_account.id});
        if (!exists)
            return exists.error();
        if (exists->toLongLong() > 0)
            return Error{Error::Kind::Conflict, tr("The tax profile was changed by someone else; reload it")};
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO tax_profiles (account_id, province, provincial_tax_id, exemption_form_on_file) "
                                                 "VALUES (?, ?, ?, ?)"),
                                  {m_account.id, province, taxId, form});
        if (!inserted)
            return inserted.error();
    } else {
        auto updated = Sql::exec(m_db,
                                 QStringLiteral("UPDATE tax_profiles SET province = ?, provincial_tax_id = ?, exemption_form_on_file = ?, "
                                                "version = version + 1 WHERE account_id = ? AND version = ?"),
                                 {province, taxId, form, m_account.id, fields.version});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return Error{Error::Kind::Conflict, tr("The tax profile was changed by someone else; reload it")};
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load();
}

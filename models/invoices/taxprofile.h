#pragma once

#include "canadiantaxes.h"

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

// The account's tax profile (seed 001, "Taxes in Canada"): its Canadian province, the Provincial Tax
// ID — a field that exists only for BC, MB and SK — and, in BC, whether an exemption form is on file.
// Saving checks the ID's format and the version, so two people editing at once cannot overwrite
// each other; moving to a province without the field clears the ID.
class TaxProfile final
{
    Q_DECLARE_TR_FUNCTIONS(TaxProfile)

public:
    struct Fields
    {
        QString province;                // "" outside Canada
        QString provincialTaxId;
        bool exemptionFormOnFile = false;
        int version = 0;                 // 0: never saved
    };

    TaxProfile(QSqlDatabase db, Account account, AccessRole role = AccessRole::Owner, const TaxTable &table = TaxTable::canada());

    // "only available if you have the proper province set" (seed 001).
    static bool showsProvincialTaxId(const QString &province, const TaxTable &table = TaxTable::canada());
    static bool showsExemptionForm(const QString &province, const TaxTable &table = TaxTable::canada());
    // Field name ("province", "provincial_tax_id", "exemption_form") → what is wrong; empty when all is well.
    static QHash<QString, QString> problems(const Fields &fields, const TaxTable &table = TaxTable::canada());
    static CanadianTaxes::Exemption exemption(const Fields &fields, const TaxTable &table = TaxTable::canada());

    Result<Fields> load() const;
    Result<Fields> save(const Fields &fields);

private:
    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
    const TaxTable &m_table;
};

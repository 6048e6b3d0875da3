#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// PRODUCT.md rule 10: a number's billing plan switches between per-minute and flat at most once per
// calendar month, and never for toll-free or international numbers. Pure rule, no SQL: the numbers
// tab, the CLI and the DID Billing page all ask it, so the reason can be shown before the user tries.
class PlanSwitchPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(PlanSwitchPolicy)

public:
    struct Decision
    {
        bool allowed = false;
        QString reason; // empty when allowed; a sentence for a tooltip or an error otherwise
    };

    // numberType: "local", "toll-free", "international". lastChangedOn: null when the plan never
    // changed. today: the date now in the account's time zone.
    static Decision evaluate(const QString &numberType, const QDate &lastChangedOn, const QDate &today);

    // The first day on which the plan may switch again (today when it may switch now; null when never).
    static QDate nextAllowedOn(const QString &numberType, const QDate &lastChangedOn, const QDate &today);

    static bool isPlan(const QString &plan);
    static QString otherPlan(const QString &plan);
};

#pragma once

#include "subscriptionservice.h"

#include <QCoreApplication>

// The basket (seed 002): options and packages collected before paying for them together. Quantity
// −/+, remove a product, totals (monthly and charged now, prorated), checkout paying with account
// funds, a saved card or a new card; checkout confirms every line through SubscriptionService in one
// transaction and empties the basket.
class Basket final
{
    Q_DECLARE_TR_FUNCTIONS(Basket)

public:
    struct Line
    {
        qint64 id = 0;
        QString code;
        QString name;
        bool isPackage = false;
        int quantity = 1;
        Money unitMonthly;
        Money monthly;     // unit × quantity
        int version = 1;
    };

    struct Totals
    {
        Money monthly;     // what the lines add to the monthly price
        Money chargedNow;  // what checkout charges today (prorated, prepaid month included)
        int items = 0;     // quantities summed
    };

    // The gateway charges a checkout paid by card (saved or new); without one, only account funds pay.
    Basket(QSqlDatabase db, Account account, AccessRole role, Clock clock, PaymentGateway *gateway = nullptr);

    Result<QList<Line>> lines() const;
    Result<Totals> totals() const;
    // The totals of lines already read, priced against a subscription state already read (no statement).
    Result<Totals> totals(const QList<Line> &lines, const SubscriptionService::State &state) const;
    // Adds a catalogue option or package; the same code again raises its quantity.
    Result<void> add(const QString &code, int quantity = 1);
    Result<void> setQuantity(qint64 lineId, int quantity);
    Result<void> increment(qint64 lineId) { return changeQuantity(lineId, +1); }
    Result<void> decrement(qint64 lineId) { return changeQuantity(lineId, -1); }
    Result<void> remove(qint64 lineId);
    Result<void> clear();

    // The changes checkout would confirm, for the review.
    Result<QList<SubscriptionService::Change>> changes() const;
    static QList<SubscriptionService::Change> changesOf(const QList<Line> &lines);
    Result<SubscriptionService::Review> checkout(const SubscriptionService::Payment &payment, const QString &requestId,
                                                 bool informCustomer);

private:
    Result<void> changeQuantity(qint64 lineId, int delta);
    Result<void> refuseEmployee() const;

    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
    Clock m_clock;
    PaymentGateway *m_gateway;
};
